using System.IO;

namespace ForceEstimates.Tests.Extraction;

/// <summary>The extraction test data embedded in the test assembly: the seed article, the development and evaluation sets.</summary>
internal static class ExtractionData
{
    internal const string SeedArticle = "kursk-2024-11-23.txt";

    internal static string Read(string fileName)
    {
        using var stream = typeof(ExtractionData).Assembly.GetManifestResourceStream("Extraction.Data." + fileName)
            ?? throw new FileNotFoundException("Embedded test data not found.", fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
