using System;
using System.IO;
using ForceEstimates.Extraction;
using ForceEstimates.Tests.Extraction;

// Scores ReportExtractor.Default on labelled files (the format of tests/ForceEstimates.Tests/Extraction/Data/news-heldout.txt):
//   dotnet run --project tools/ExtractionScore -- [--log] file...
// Prints one summary line per file; with --log, every figure found, missed or wrong.
bool withLog = false;
int scored = 0;
foreach (string arg in args)
{
    if (arg == "--log")
    {
        withLog = true;
        continue;
    }
    if (!File.Exists(arg))
    {
        Console.Error.WriteLine($"No such file: {arg}");
        return 2;
    }
    var evaluation = ExtractionEvaluation.Run(LabelledSet.Parse(File.ReadAllText(arg)), block => ExtractorReading.Read(ReportExtractor.Default, block));
    Console.WriteLine($"{Path.GetFileName(arg)}: {evaluation.Summary()}");
    if (withLog)
    {
        Console.WriteLine(evaluation.Log);
    }
    scored++;
}
if (scored == 0)
{
    Console.Error.WriteLine("Usage: ExtractionScore [--log] labelled-file...");
    return 2;
}
return 0;
