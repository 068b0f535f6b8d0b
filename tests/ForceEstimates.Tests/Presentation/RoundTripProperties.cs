using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Xunit;
using ForceEstimates.Presentation;

namespace ForceEstimates.Tests.Presentation;

/// <summary>Any quoted text survives JSON, CSV and HTML, and any positive figure draws a well-formed picture.</summary>
public class RoundTripProperties
{
    private static bool IsXmlCharacter(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');

    private static Report WithQuote(string quote) => Samples.Kursk2024[3].WithQuote(quote);

    [Property(MaxTest = 200)]
    public bool QuotesSurviveJsonAndCsv(NonEmptyString text)
    {
        var quote = text.Get;
        if (quote.Trim().Length == 0)
        {
            return true; // a blank quote is not a quote
        }
        var report = WithQuote(quote);
        return JsonFormat.ReadReport(JsonFormat.Write(report)).Quote == quote
            && CsvFormat.ReadReports(new StringReader(CsvFormat.Write([report]))).Single().Quote == quote;
    }

    [Property(MaxTest = 200)]
    public bool QuotesShowInHtmlAsWritten(NonEmptyString text)
    {
        var quote = text.Get;
        if (quote.Trim().Length == 0)
        {
            return true;
        }
        var visible = new string(quote.Where(IsXmlCharacter).ToArray());
        // XML reading normalises line ends, as browsers do.
        return XElement.Parse(Html.Of(WithQuote(quote)), LoadOptions.PreserveWhitespace).Descendants("td").Any(td => td.Value == visible.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
    }

    [Property(MaxTest = 100)]
    public bool DistributionPicturesAreWellFormedForAnyFigure(PositiveInt number, bool hedged)
    {
        var estimate = hedged ? Estimate.About(number.Get) : Estimate.Bare(number.Get);
        return SvgTest.Parse(Svg.Distribution(estimate)).Descendants().Any(e => e.Name.LocalName == "polygon");
    }
}
