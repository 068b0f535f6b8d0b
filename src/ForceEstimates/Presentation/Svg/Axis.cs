using System;
using System.Collections.Generic;

namespace ForceEstimates.Presentation;

/// <summary>
/// Maps data values to pixel positions along one direction, on a linear or a logarithmic
/// scale, and proposes readable tick values (1, 2, 5 × 10^k steps). Immutable.
/// </summary>
/// <remarks>
/// Any finite data range gives a finite axis and a bounded list of ticks: the padded ends are kept inside the
/// range of doubles (a log axis up to 10^308), a linear axis is never narrower than what its values can resolve
/// (1e-9 of their magnitude: "1e15 ± 0.05" is drawn as a spike, not as ticks the step cannot reach), and
/// <see cref="Ticks"/> counts its ticks instead of stepping until it passes the end.
/// </remarks>
internal sealed class Axis
{
    /// <summary>No axis gets more ticks than this, whatever is asked.</summary>
    internal const int MaxTicks = 50;

    // Ends on the axis' own scale (log10 of the value on a log axis).
    private readonly double scaledMin;
    private readonly double scaledMax;

    private Axis(double min, double max, double pixelStart, double pixelEnd, bool logarithmic)
    {
        Min = min;
        Max = max;
        PixelStart = pixelStart;
        PixelEnd = pixelEnd;
        Logarithmic = logarithmic;
        scaledMin = logarithmic ? Math.Log10(min) : min;
        scaledMax = logarithmic ? Math.Log10(max) : max;
    }

    internal double Min { get; }

    internal double Max { get; }

    internal double PixelStart { get; }

    internal double PixelEnd { get; }

    internal bool Logarithmic { get; }

    /// <summary>An axis covering [min, max] padded by 5% on each side (on the axis' own scale).</summary>
    /// <exception cref="ArgumentException">An end is not finite.</exception>
    internal static Axis Covering(double min, double max, double pixelStart, double pixelEnd, bool logarithmic)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException("Expected finite data bounds.", nameof(min));
        }
        if (logarithmic && !(min > 0))
        {
            logarithmic = false;
        }
        if (min > max)
        {
            (min, max) = (max, min);
        }
        if (logarithmic)
        {
            double lo = Math.Log10(min), hi = Math.Log10(max);
            double pad = hi > lo ? 0.05 * (hi - lo) : 0.05;
            // 10^308 is the largest power of ten a double holds; 10^-323 the smallest above 0.
            return new Axis(Math.Pow(10, Math.Max(lo - pad, -323)), Math.Pow(10, Math.Min(hi + pad, 308)), pixelStart, pixelEnd, true);
        }
        double magnitude = Math.Max(Math.Abs(min), Math.Abs(max));
        double span = max - min;
        double padding = span > 0 ? 0.05 * span : Math.Max(magnitude * 0.05, 1);
        padding = Math.Max(padding, magnitude * 1e-9);
        return new Axis(Math.Max(min - padding, -double.MaxValue), Math.Min(max + padding, double.MaxValue), pixelStart, pixelEnd, false);
    }

    /// <summary>The pixel position of <paramref name="value"/>, clamped to the axis; always finite.</summary>
    internal double Map(double value)
    {
        double v = Logarithmic ? Math.Log10(Math.Max(value, Min)) : value;
        if (double.IsNaN(v))
        {
            v = scaledMin;
        }
        // Halved before subtracting, so that ends near ±double.MaxValue do not overflow the span.
        double t = Math.Clamp(((v / 2) - (scaledMin / 2)) / ((scaledMax / 2) - (scaledMin / 2)), 0, 1);
        return PixelStart + (t * (PixelEnd - PixelStart));
    }

    /// <summary>
    /// About <paramref name="wanted"/> tick values inside the axis, in ascending order, never more than
    /// <see cref="MaxTicks"/>. A log axis over more than a factor of 20 ticks at 1, 2 and 5 × 10^k, or at every
    /// n-th power of ten when there are many decades.
    /// </summary>
    internal IReadOnlyList<double> Ticks(int wanted = 5)
    {
        wanted = Math.Clamp(wanted, 1, MaxTicks);
        var ticks = new List<double>();
        if (Logarithmic && Max / Min > 20)
        {
            int first = (int)Math.Floor(scaledMin), last = (int)Math.Ceiling(scaledMax);
            int decades = last - first;
            // Few decades: 1, 2, 5 in each; many: one power of ten every few decades.
            int every = decades <= wanted ? 1 : (int)Math.Ceiling(decades / (double)wanted);
            double[] multipliers = every == 1 ? [1.0, 2.0, 5.0] : [1.0];
            for (int exponent = first; exponent <= last; exponent += every)
            {
                double decade = Math.Pow(10, exponent);
                foreach (double m in multipliers)
                {
                    double t = decade * m;
                    if (t >= Min && t <= Max && ticks.Count < MaxTicks)
                    {
                        ticks.Add(t);
                    }
                }
            }
            return ticks;
        }
        double step = Step(wanted);
        double start = Math.Ceiling(Min / step);
        // Counted, not accumulated: t += step stops advancing when the step is below the values' resolution.
        int count = (int)Math.Min(MaxTicks, Math.Floor((Max / step) - start + 1e-9) + 1);
        for (int i = 0; i < count; i++)
        {
            double t = (start + i) * step;
            if (t > Max + (step * 1e-9) || (ticks.Count > 0 && t <= ticks[^1]))
            {
                break;
            }
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /// <summary>The distance between linear ticks when about <paramref name="wanted"/> are asked for.</summary>
    internal double Step(int wanted) => NiceStep(((Max / 2) - (Min / 2)) / Math.Max(1, wanted) * 2);

    /// <summary>The nearest of 1, 2, 5 × 10^k at or above <paramref name="rough"/>.</summary>
    internal static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            return 1;
        }
        double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /// <summary>The label of a tick from <see cref="Ticks"/> with <paramref name="wanted"/>.</summary>
    internal string Label(double tick, int wanted)
        => Label(tick, Logarithmic && Max / Min > 20 ? tick : Step(Math.Clamp(wanted, 1, MaxTicks)));

    /// <summary>
    /// A tick's label in the library's number format (<see cref="NumberText"/>), with as many significant figures
    /// as the tick has above <paramref name="step"/> (the distance to the next tick), so neighbours read differently.
    /// </summary>
    internal static string Label(double value, double step)
    {
        if (value == 0 || !double.IsFinite(step) || !(step > 0))
        {
            return NumberText.Of(value);
        }
        int digits = (int)Math.Floor(Math.Log10(Math.Abs(value))) - (int)Math.Floor(Math.Log10(step)) + 1;
        return NumberText.Of(value, Math.Clamp(digits, 1, 15));
    }
}
