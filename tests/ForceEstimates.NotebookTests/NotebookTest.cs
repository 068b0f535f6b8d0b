using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using Xunit;

namespace ForceEstimates.NotebookTests;

/// <summary>
/// Runs every C# cell of each sample notebook, top to bottom, in one C# kernel, with the freshly
/// built library referenced in place of the notebook's <c>#r "nuget: ForceEstimates"</c> line
/// (the package is on no feed here).
/// </summary>
public class NotebookTest
{
    public static TheoryData<string> Notebooks() => new(Directory.GetFiles(NotebookFolder(), "*.ipynb").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task EveryCellRunsAndTheReportsDisplayAsHtml(string name)
    {
        var document = Notebook.Parse(await File.ReadAllTextAsync(Path.Combine(NotebookFolder(), name), TestContext.Current.CancellationToken), Kernels());
        var cells = document.Elements.Where(e => e.KernelName == "csharp").ToList();
        cells.Should().NotBeEmpty();
        cells[0].Contents.Should().StartWith("#i \"nuget: ../../out/packages\"").And.Contain("#r \"nuget: ForceEstimates, ").And.Contain(typeof(Estimate).Assembly.GetName().Version!.ToString(3));

        using var kernel = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        var html = new List<string>();
        for (int i = 0; i < cells.Count; i++)
        {
            var code = i == 0 ? ReferenceTheBuiltLibrary() : cells[i].Contents;
            var result = await kernel.SendAsync(new SubmitCode(code), TestContext.Current.CancellationToken);
            var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
            failure.Should().BeNull($"cell {i + 1} of {name} should run:\n{cells[i].Contents}\n{failure?.Message}");
            html.AddRange(result.Events.OfType<DisplayEvent>()
                .SelectMany(e => e.FormattedValues)
                .Where(v => v.MimeType == "text/html")
                .Select(v => v.Value));
        }
        // Our formatters, not the generic object table: each is a div of our class with a table or a picture.
        html.Should().Contain(h => h.Contains("class=\"force-estimates", StringComparison.Ordinal) && h.Contains("<table", StringComparison.Ordinal));
        html.Should().Contain(h => h.Contains("<svg", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryCellHasAnId_AsNbformat45Requires(string name)
    {
        // nbformat 4.5's schema: each cell has an "id" of 1 to 64 letters, digits, '-' or '_', unique in the notebook.
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(NotebookFolder(), name)));
        var root = document.RootElement;
        (root.GetProperty("nbformat").GetInt32(), root.GetProperty("nbformat_minor").GetInt32()).Should().Match<(int Major, int Minor)>(v => v.Major == 4 && v.Minor >= 5);
        var ids = root.GetProperty("cells").EnumerateArray()
            .Select(cell => cell.TryGetProperty("id", out var id) ? id.GetString() : null)
            .ToList();
        ids.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        ids.Should().AllSatisfy(id => id.Should().MatchRegex("^[a-zA-Z0-9_-]{1,64}$"));
    }

    [Fact]
    public async Task TheLibraryTypesDisplayWithOurFormatters()
    {
        using var kernel = new CSharpKernel().UseKernelHelpers();
        (await kernel.SendAsync(new SubmitCode(ReferenceTheBuiltLibrary()), TestContext.Current.CancellationToken)).Events.OfType<CommandFailed>().Should().BeEmpty();
        foreach (var (expression, cssClass) in new[]
        {
            ("ForceEstimates.Samples.Kursk2024", "reports"),
            ("ForceEstimates.Samples.Kursk2024[0]", "report"),
            ("ForceEstimates.Aggregation.Aggregate.Of(ForceEstimates.Samples.NorthKoreanTroops, new NodaTime.LocalDate(2025, 3, 31))", "aggregate"),
            ("ForceEstimates.Consistency.ConsistencyCheck.Run(ForceEstimates.Samples.Kursk2024)", "findings"),
            ("ForceEstimates.Consistency.ConsistencyCheck.Run(ForceEstimates.Samples.Kursk2024)[0]", "findings"),
        })
        {
            var result = await kernel.SendAsync(new SubmitCode(expression), TestContext.Current.CancellationToken);
            result.Events.OfType<CommandFailed>().Should().BeEmpty();
            var value = result.Events.OfType<ReturnValueProduced>().Single().FormattedValues.Single(v => v.MimeType == "text/html").Value;
            value.Should().StartWith($"<div class=\"force-estimates {cssClass}\">", expression);
        }
    }

    private static KernelInfoCollection Kernels() => [new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", languageName: "C#", aliases: ["c#", "C#"])];

    // The built library and the packages it uses, from this test's output folder.
    private static string ReferenceTheBuiltLibrary()
    {
        var code = new StringBuilder();
        foreach (var assembly in new[] { typeof(Estimate).Assembly, typeof(NodaTime.LocalDate).Assembly })
        {
            code.Append("#r \"").Append(assembly.Location.Replace("\\", "/", StringComparison.Ordinal)).Append("\"\n");
        }
        return code.ToString();
    }

    private static string NotebookFolder()
    {
        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "ForceEstimates.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }
        return Path.Combine(folder ?? throw new InvalidOperationException("The tests run inside the repository."), "samples", "notebooks");
    }
}
