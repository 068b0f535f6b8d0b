using System;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.Cli;

/// <summary>
/// What an article file says about itself before its text: lines such as <c>Published: 2024-11-23</c> and
/// <c>Outlet: Kyiv Independent</c> at its very top (keys <c>Published</c> or <c>Date</c>, and <c>Outlet</c>, in any
/// case and order), and a date written yyyy-MM-dd in its file name ("kursk-2024-11-23.txt"). A folder of articles of
/// different days is read in one run this way, each article against its own date.
/// </summary>
/// <param name="Published">The date a header line gives, or null.</param>
/// <param name="Outlet">The outlet a header line gives, or null.</param>
/// <param name="NamedDate">The date the file name holds, or null.</param>
/// <param name="Body">The text after the header lines (the whole text when there are none).</param>
internal sealed record ArticleHeader(LocalDate? Published, string? Outlet, LocalDate? NamedDate, string Body)
{
    /// <summary>How a header may write its date: ISO first, then the forms a web page's byline uses.</summary>
    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("MMMM d, uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("d MMM uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("MMM d, uuuu", CultureInfo.InvariantCulture),
    ];

    /// <summary>
    /// Splits <paramref name="text"/> into its header and its body. A header is the run of <c>key: value</c> lines
    /// with a known key at the top (one blank line after it belongs to it); the first other line ends it.
    /// </summary>
    /// <param name="text">The article file's whole text.</param>
    /// <param name="file">The file's path or name as the user wrote it (its name may hold a date); "-" for standard input.</param>
    /// <exception cref="InputException">A header line names a key twice, has no value, or gives a date that is not one.</exception>
    public static ArticleHeader Read(string text, string file)
    {
        LocalDate? published = null;
        string? outlet = null;
        int start = 0;
        int line = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            int next = end < 0 ? text.Length : end + 1;
            var content = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
            int colon = content.IndexOf(':');
            if (colon <= 0)
            {
                break;
            }
            var key = content[..colon].Trim();
            var value = content[(colon + 1)..].Trim().ToString();
            bool isDate = key.Equals("Published", StringComparison.OrdinalIgnoreCase) || key.Equals("Date", StringComparison.OrdinalIgnoreCase);
            bool isOutlet = key.Equals("Outlet", StringComparison.OrdinalIgnoreCase);
            if (!isDate && !isOutlet)
            {
                break;
            }
            line++;
            string where = $"{file}:{line}";
            if (value.Length == 0)
            {
                throw new InputException($"{where}: the header line \"{key}:\" has no value; expected {(isDate ? "a date such as 2024-11-23" : "the outlet's name")}.");
            }
            if (isDate)
            {
                if (published is not null)
                {
                    throw new InputException($"{where}: a second date line in the header; an article has one publication date.");
                }
                published = ParseDate(value) ?? throw new InputException(
                    $"{where}: \"{value}\" is not a date; expected yyyy-MM-dd (2024-11-23), \"23 November 2024\" or \"November 23, 2024\".");
            }
            else
            {
                if (outlet is not null)
                {
                    throw new InputException($"{where}: a second outlet line in the header; an article has one outlet.");
                }
                outlet = value;
            }
            start = next;
        }
        if (line > 0 && start < text.Length)
        {
            // One blank line after the header belongs to it.
            int end = text.IndexOf('\n', start);
            if (text.AsSpan(start, (end < 0 ? text.Length : end) - start).IsWhiteSpace())
            {
                start = end < 0 ? text.Length : end + 1;
            }
        }
        return new ArticleHeader(published, outlet, DateInName(file), line == 0 ? text : text[start..]);
    }

    /// <summary>The date of the article: its header's, else <paramref name="given"/> (the command line's), else its file name's.</summary>
    public LocalDate? DateOr(LocalDate? given) => Published ?? given ?? NamedDate;

    /// <summary>
    /// A header's date in one of <see cref="DatePatterns"/>, as a web page's byline writes it: "Nov. 23, 2024" is read as
    /// "Nov 23, 2024", a weekday before it ("Saturday, 23 November 2024") and a time after it ("23 Nov 2024 14:05 GMT")
    /// are left out.
    /// </summary>
    private static LocalDate? ParseDate(string value)
    {
        var words = value.Replace(".", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = words.Length > 1 && words[0].EndsWith(',') && char.IsAsciiLetter(words[0][0]) && Enum.TryParse<IsoDayOfWeek>(words[0][..^1], ignoreCase: true, out _) ? 1 : 0;
        for (int last = words.Length; last > first && last >= words.Length - 3; last--)
        {
            var candidate = string.Join(' ', words, first, last - first);
            foreach (var pattern in DatePatterns)
            {
                var parsed = pattern.Parse(candidate);
                if (parsed.Success)
                {
                    return parsed.Value;
                }
            }
        }
        return null;
    }

    /// <summary>The first yyyy-MM-dd in the file's name (not its folders') that is a real date, or null.</summary>
    private static LocalDate? DateInName(string file)
    {
        if (file == ReportFiles.StandardInput)
        {
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(file);
        for (int i = 0; i + 10 <= name.Length; i++)
        {
            bool bounded = (i == 0 || !char.IsAsciiDigit(name[i - 1])) && (i + 10 == name.Length || !char.IsAsciiDigit(name[i + 10]));
            if (bounded && name[i + 4] == '-' && name[i + 7] == '-')
            {
                var parsed = LocalDatePattern.Iso.Parse(name.Substring(i, 10));
                if (parsed.Success)
                {
                    return parsed.Value;
                }
            }
        }
        return null;
    }
}
