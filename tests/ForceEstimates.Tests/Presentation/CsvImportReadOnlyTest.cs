using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Presentation;
using Xunit;

namespace ForceEstimates.Tests.Presentation;

/// <summary>A CSV import is immutable: its list of bad rows (and a failed import's errors) cannot be changed through a cast.</summary>
public class CsvImportReadOnlyTest
{
    private static string CsvWithABadRow()
    {
        var lines = CsvFormat.Write(Samples.NorthKoreanTroops).ReplaceLineEndings("\n").Split('\n').ToList();
        lines[2] = lines[2].Replace("\"12,000\"", "lots and lots", System.StringComparison.Ordinal);
        return string.Join("\n", lines);
    }

    [Fact]
    public void TheBadRowsCannotBeChanged()
    {
        var import = CsvFormat.ReadReportsSkippingBadRows(CsvWithABadRow());

        import.BadRows.Should().NotBeEmpty();
        import.BadRows.Should().NotBeAssignableTo<List<CsvRowError>>();
        ((ICollection<CsvRowError>)import.BadRows).IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void AFailedImportsErrorsCannotBeChanged()
    {
        var failure = FluentActions.Invoking(() => CsvFormat.ReadReports(CsvWithABadRow())).Should().Throw<CsvImportException>().Which;

        failure.Errors.Should().NotBeEmpty();
        ((ICollection<CsvRowError>)failure.Errors).IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void TheErrorsOfAMissingColumnCannotBeChanged()
    {
        var failure = FluentActions.Invoking(() => CsvFormat.ReadReports("id,figure\na,12\n")).Should().Throw<CsvImportException>().Which;

        failure.Errors.Should().NotBeEmpty();
        FluentActions.Invoking(() => ((IList<CsvRowError>)failure.Errors)[0] = failure.Errors[^1]).Should().Throw<System.NotSupportedException>();
    }
}
