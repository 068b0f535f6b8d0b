using System;
using NodaTime;
using NodaTime.Text;

namespace ForceEstimates.Trends;

/// <summary>
/// One day of a <see cref="TrendSeries"/> path, for plotting: the median of the latent value and
/// its central 95% band, in the series quantity's unit. Immutable and thread-safe.
/// </summary>
public readonly struct TrendPoint : IEquatable<TrendPoint>
{
    internal TrendPoint(LocalDate date, double median, double lower, double upper, bool isExtrapolated)
    {
        Date = date;
        Median = median;
        Lower = lower;
        Upper = upper;
        IsExtrapolated = isExtrapolated;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>The median of the latent value that day.</summary>
    public double Median { get; }

    /// <summary>The lower end of the central 95% band.</summary>
    public double Lower { get; }

    /// <summary>The upper end of the central 95% band.</summary>
    public double Upper { get; }

    /// <summary>Whether the day is after the series' last report (a forecast, not a reading).</summary>
    public bool IsExtrapolated { get; }

    /// <inheritdoc />
    public bool Equals(TrendPoint other)
        => Date == other.Date && Median.Equals(other.Median) && Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && IsExtrapolated == other.IsExtrapolated;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TrendPoint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Median, Lower, Upper, IsExtrapolated);

    /// <summary>Equality of every part.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    public static bool operator ==(TrendPoint left, TrendPoint right) => left.Equals(right);

    /// <summary>Inequality of some part.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    public static bool operator !=(TrendPoint left, TrendPoint right) => !left.Equals(right);

    /// <summary>
    /// Culture-invariant, in the library's number format, e.g. <c>2023-02-23: 85,100 (95% 45,600–159,000)</c>, with
    /// "(extrapolated)" when it is.
    /// </summary>
    public override string ToString()
    {
        int digits = NumberText.Digits(Median, Lower, Upper);
        return string.Concat(LocalDatePattern.Iso.Format(Date), ": ", NumberText.Of(Median, digits), " (95% ", NumberText.Range(Lower, Upper, digits), ")",
            IsExtrapolated ? " (extrapolated)" : string.Empty);
    }
}
