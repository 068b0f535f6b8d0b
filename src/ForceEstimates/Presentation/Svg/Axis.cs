using System;
using System.Collections.Generic;
using System.Globalization;

namespace ForceEstimates.Presentation;

/// <summary>
/// Maps data values to pixel positions along one direction, on a linear or a logarithmic
/// scale, and proposes readable tick values (1, 2, 5 × 10^k steps). Immutable.
/// </summary>
internal sealed class Axis
{
    private readonly double _lo;
    private readonly double _hi;

    private Axis(double min, double max, double pixelStart, double pixelEnd, bool logarithmic)
    {
        Min = min;
        Max = max;
        PixelStart = pixelStart;
        PixelEnd = pixelEnd;
        Logarithmic = logarithmic;
        _lo = logarithmic ? Math.Log10(min) : min;
        _hi = logarithmic ? Math.Log10(max) : max;
    }

    internal double Min { get; }

    internal double Max { get; }

    internal double PixelStart { get; }

    internal double PixelEnd { get; }

    internal bool Logarithmic { get; }

    /// <summary>An axis covering [min, max] padded by 5% on each side (on the axis' own scale).</summary>
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
            return new Axis(Math.Pow(10, lo - pad), Math.Pow(10, hi + pad), pixelStart, pixelEnd, true);
        }
        double span = max - min;
        double padding = span > 0 ? 0.05 * span : Math.Max(Math.Abs(min) * 0.05, 1);
        return new Axis(min - padding, max + padding, pixelStart, pixelEnd, false);
    }

    /// <summary>The pixel position of <paramref name="value"/>, clamped to the axis.</summary>
    internal double Map(double value)
    {
        double v = Logarithmic ? Math.Log10(Math.Max(value, Min)) : value;
        if (double.IsNaN(v))
        {
            v = _lo;
        }
        double t = Math.Clamp((v - _lo) / (_hi - _lo), 0, 1);
        return PixelStart + t * (PixelEnd - PixelStart);
    }

    /// <summary>About <paramref name="wanted"/> tick values inside the axis.</summary>
    internal IReadOnlyList<double> Ticks(int wanted = 5)
    {
        var ticks = new List<double>();
        double lo = Min, hi = Max;
        double step = NiceStep((hi - lo) / Math.Max(1, wanted));
        if (Logarithmic && hi / lo > 20)
        {
            for (double decade = Math.Pow(10, Math.Floor(Math.Log10(lo))); decade <= hi; decade *= 10)
            {
                foreach (double m in new[] { 1.0, 2.0, 5.0 })
                {
                    double t = decade * m;
                    if (t >= lo && t <= hi)
                    {
                        ticks.Add(t);
                    }
                }
            }
            return ticks;
        }
        for (double t = Math.Ceiling(lo / step) * step; t <= hi + step * 1e-9; t += step)
        {
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

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

    /// <summary>A short label: 12,000 → "12,000"; 1,250,000 → "1.25M"; 0.5 → "0.5".</summary>
    internal static string Label(double value)
    {
        double a = Math.Abs(value);
        if (a >= 1e6)
        {
            return (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M";
        }
        if (a >= 1000)
        {
            return value.ToString("#,0.##", CultureInfo.InvariantCulture);
        }
        return value.ToString("0.###", CultureInfo.InvariantCulture);
    }
}
