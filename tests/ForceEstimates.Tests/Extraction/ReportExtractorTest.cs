using Xunit;

namespace ForceEstimates.Tests.Extraction;

/// <summary>Tests of <see cref="ForceEstimates.Extraction.ReportExtractor"/>, one file per concern.</summary>
public partial class ReportExtractorTest(ITestOutputHelper output)
{
    private readonly ITestOutputHelper output = output;
}
