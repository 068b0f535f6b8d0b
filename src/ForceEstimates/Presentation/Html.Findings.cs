using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ForceEstimates.Consistency;

namespace ForceEstimates.Presentation;

/// <summary>The HTML of consistency findings.</summary>
public static partial class Html
{
    /// <summary>
    /// Consistency findings: how many are violated, inconclusive and consistent, then one row per
    /// finding with its verdict (coloured), rule, probability, the reports involved (id and figure as
    /// written), the recomputed figure of a derived report, and the explanation.
    /// </summary>
    /// <param name="findings">The findings, e.g. from <see cref="ConsistencyCheck.Run"/>.</param>
    /// <returns>An HTML fragment (a <c>div</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or one of them is null.</exception>
    public static string Of(IEnumerable<ConsistencyFinding> findings)
    {
        var all = Preconditions.CheckNotNull(findings).ToArray();
        if (!Array.TrueForAll(all, f => f is not null))
        {
            throw new ArgumentNullException(nameof(findings), "Expected no null finding.");
        }
        var html = new StringBuilder("<div class=\"force-estimates findings\">");
        html.Append("<p style=\"font-family:sans-serif\">")
            .Append(Encode(string.Join(", ", Enum.GetValues<Verdict>().Select(v => Count(all.Count(f => f.Verdict == v), v)))));
        var notChecked = all.Count(f => !f.IsChecked);
        if (notChecked > 0)
        {
            html.Append(Encode(string.Create(CultureInfo.InvariantCulture, $" ({notChecked} could not be checked)")));
        }
        html.Append("</p>");
        html.Append(Table).Append("<tr>");
        foreach (var head in new[] { "verdict", "rule", "probability", "reports", "recomputed", "explanation" })
        {
            html.Append(Head).Append(head).Append("</th>");
        }
        html.Append("</tr>");
        foreach (var finding in all)
        {
            html.Append("<tr>").Append(Cell).Append("<span style=\"font-weight:bold;color:").Append(VerdictColour(finding.Verdict)).Append("\">")
                .Append(Encode(finding.Verdict.ToString())).Append("</span></td>");
            var recomputed = finding.Recomputed is { } r
                ? Number(r.Median, r.Interval(0.9)) + " " + finding.Reports[0].Quantity.Unit.Symbol + " (90% " + Interval(r.Interval(0.9), r.Median) + ")"
                : string.Empty;
            Cells(html, finding.Rule.ToString(), finding.IsChecked ? NumberText.Of(finding.Probability, 2) : "not checked");
            html.Append(Cell).Append(string.Join("<br/>", finding.Reports.Select(report => Encode(report.Id + ": " + report.Estimate.Stated.Text)))).Append("</td>");
            Cells(html, recomputed, finding.Explanation);
            html.Append("</tr>");
        }
        return html.Append("</table></div>").ToString();
    }

    private static string Count(int count, Verdict verdict)
        => string.Create(CultureInfo.InvariantCulture, $"{count} {verdict.ToString().ToLowerInvariant()}");

    private static string VerdictColour(Verdict verdict) => verdict switch
    {
        Verdict.Violated => "#b91c1c",
        Verdict.Consistent => "#15803d",
        _ => "#b45309",
    };
}
