using System;
using System.Globalization;
using System.Text;

namespace ForceEstimates.Presentation;

/// <summary>
/// Writes a standalone SVG document element by element. Every attribute value and text is
/// escaped, numbers are written culture-invariant with two decimals, and nothing needs a script
/// to display. Not thread-safe: one writer per picture.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder svg = new();
    private int openGroups;

    internal SvgWriter(double width, double height, string title)
    {
        Width = width;
        Height = height;
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.Append("<title>").Append(Escape(title)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"white\"/>");
    }

    internal double Width { get; }

    internal double Height { get; }

    internal SvgWriter Line(double x1, double y1, double x2, double y2, string stroke = "black", double strokeWidth = 1, string? dash = null)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{Escape(stroke)}\" stroke-width=\"{N(strokeWidth)}\"");
        if (dash is not null)
        {
            svg.Append(" stroke-dasharray=\"").Append(Escape(dash)).Append('"');
        }
        svg.Append("/>");
        return this;
    }

    internal SvgWriter Rect(double x, double y, double width, double height, string fill, string? stroke = null, double opacity = 1)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(Math.Max(0, height))}\" fill=\"{Escape(fill)}\"");
        if (stroke is not null)
        {
            svg.Append(" stroke=\"").Append(Escape(stroke)).Append('"');
        }
        if (opacity < 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $" fill-opacity=\"{N(opacity)}\"");
        }
        svg.Append("/>");
        return this;
    }

    internal SvgWriter Circle(double cx, double cy, double r, string fill)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{Escape(fill)}\"/>");
        return this;
    }

    /// <summary>A closed polygon, or an open polyline when <paramref name="fill"/> is null.</summary>
    internal SvgWriter Polygon(ReadOnlySpan<(double X, double Y)> points, string? fill, string? stroke = null, double opacity = 1)
    {
        svg.Append(fill is null ? "<polyline points=\"" : "<polygon points=\"");
        for (int i = 0; i < points.Length; i++)
        {
            if (i > 0)
            {
                svg.Append(' ');
            }
            svg.Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
        }
        svg.Append("\" fill=\"").Append(fill is null ? "none" : Escape(fill)).Append('"');
        if (stroke is not null)
        {
            svg.Append(" stroke=\"").Append(Escape(stroke)).Append('"');
        }
        if (opacity < 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $" fill-opacity=\"{N(opacity)}\"");
        }
        svg.Append("/>");
        return this;
    }

    internal SvgWriter Text(double x, double y, string text, string anchor = "start", string? weight = null, double? size = null, string fill = "black")
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{Escape(anchor)}\" fill=\"{Escape(fill)}\"");
        if (weight is not null)
        {
            svg.Append(" font-weight=\"").Append(Escape(weight)).Append('"');
        }
        if (size is double s)
        {
            svg.Append(" font-size=\"").Append(N(s)).Append('"');
        }
        svg.Append('>').Append(Escape(text)).Append("</text>");
        return this;
    }

    /// <summary>Opens a group whose <c>title</c> shows as a tooltip in browsers and is read by screen readers.</summary>
    internal SvgWriter BeginGroup(string? title = null)
    {
        svg.Append("<g>");
        if (title is not null)
        {
            svg.Append("<title>").Append(Escape(title)).Append("</title>");
        }
        openGroups++;
        return this;
    }

    internal SvgWriter EndGroup()
    {
        if (openGroups == 0)
        {
            throw new InvalidOperationException("No group is open.");
        }
        svg.Append("</g>");
        openGroups--;
        return this;
    }

    /// <summary>Closes any open groups and the document, and returns the SVG text.</summary>
    internal string Finish()
    {
        while (openGroups > 0)
        {
            EndGroup();
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A coordinate or length with two decimals (−0 written as 0).</summary>
    /// <exception cref="InvalidOperationException">The value is NaN or infinite: a picture's arithmetic went wrong, and
    /// drawing the shape at 0 would hide it.</exception>
    internal static string N(double value)
        => double.IsFinite(value)
            ? (Math.Round(value, 2) + 0.0).ToString("0.##", CultureInfo.InvariantCulture)
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Expected a finite coordinate, but got {value}."));

    /// <summary>Escapes text for XML content and attribute values; drops characters XML 1.0 forbids.</summary>
    internal static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? escaped = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ when c < 0x20 && c != '\t' && c != '\n' && c != '\r' => "",
                _ when char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])) => "",
                '\uFFFE' or '\uFFFF' => "",
                _ => null,
            };
            if (replacement is null)
            {
                escaped?.Append(c);
                continue;
            }
            escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
            escaped.Append(replacement);
        }
        return escaped?.ToString() ?? text;
    }
}
