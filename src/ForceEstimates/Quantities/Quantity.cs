using System;
using System.Text;

namespace ForceEstimates;

/// <summary>
/// What a figure estimates: a <see cref="Metric"/> (personnel, territory held) of a
/// <see cref="Subject"/> ("North Korean troops") in a <see cref="Place"/> ("Kursk Oblast"),
/// in a <see cref="Unit"/>, as a <see cref="Statistic"/> (level, peak, cumulative, change).
/// Reports about different quantities never mix.
/// </summary>
/// <remarks>
/// <para>Equality is strict: every part must match, the unit included, so 800 km² and 309 mi²
/// are figures for different (if compatible) quantities. To group figures in compatible units,
/// use <see cref="Key"/>, which keeps the dimension but not the unit.</para>
/// <para>Subject and place are tidied (trimmed, runs of white space made one space) and compared
/// ordinally ignoring case; the casing first given is kept for display. A quantity with no place
/// (null) differs from every quantity with one.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Quantity : IEquatable<Quantity>
{
    private Quantity(Metric metric, string subject, string? place, Unit unit, Statistic statistic)
    {
        Metric = metric;
        Subject = subject;
        Place = place;
        Unit = unit;
        Statistic = statistic;
        Key = new QuantityKey(metric, subject, place, statistic, unit.Canonical);
    }

    /// <summary>Makes a quantity; <c>Quantity.Of(Metric.Personnel, "North Korean troops")</c> is a level in persons, with no place.</summary>
    /// <param name="metric">What is measured.</param>
    /// <param name="subject">Of whom or what, e.g. "North Korean troops"; not blank.</param>
    /// <param name="place">Where, e.g. "Kursk Oblast"; null (the default) when the figure names no place, otherwise not blank.</param>
    /// <param name="unit">The unit the figure is stated in; null (the default) for the metric's usual unit: persons for
    /// <see cref="Metric.Personnel"/>, km² for <see cref="Metric.TerritoryHeld"/>. Other metrics need a unit: losses
    /// may be persons or equipment, territory lost an area or a share.</param>
    /// <param name="statistic">Level at a time (the default), peak over a period, cumulative total or change.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> or <paramref name="subject"/> is null, or <paramref name="unit"/> is null for a metric with no usual unit.</exception>
    /// <exception cref="ArgumentException">A name is blank, or <paramref name="statistic"/> is not a defined value.</exception>
    public static Quantity Of(Metric metric, string subject, string? place = null, Unit? unit = null, Statistic statistic = Statistic.Level)
    {
        Preconditions.CheckNotNull(metric);
        var tidySubject = Names.CheckName(subject, nameof(subject));
        var tidyPlace = place is null ? null : Names.CheckName(place, nameof(place));
        var chosen = unit ?? UsualUnit(metric)
            ?? throw new ArgumentNullException(nameof(unit), $"Expected a unit: the metric \"{metric.Name}\" has no usual unit.");
        CheckStatistic(statistic);
        return new Quantity(metric, tidySubject, tidyPlace, chosen, statistic);
    }

    private static Unit? UsualUnit(Metric metric)
        => metric == Metric.Personnel ? Unit.Persons
            : metric == Metric.TerritoryHeld ? Unit.SquareKilometres
            : null;

    /// <summary>What is measured.</summary>
    public Metric Metric { get; }

    /// <summary>Of whom or what, tidied.</summary>
    public string Subject { get; }

    /// <summary>Where, tidied; null when no place is named.</summary>
    public string? Place { get; }

    /// <summary>The unit figures for this quantity are stated in.</summary>
    public Unit Unit { get; }

    /// <summary>Which summary over time the figure states.</summary>
    public Statistic Statistic { get; }

    /// <summary>The grouping key: this quantity without its unit (but with its dimension), so that figures in km² and mi² group together.</summary>
    public QuantityKey Key { get; }

    /// <summary>The same quantity stated in another, compatible unit.</summary>
    /// <param name="unit">The unit; compatible with <see cref="Unit"/>.</param>
    /// <returns>The quantity in <paramref name="unit"/> (this instance when the unit is equal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException">The unit is not compatible.</exception>
    public Quantity InUnit(Unit unit)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgument(Unit.IsCompatibleWith(unit), nameof(unit),
            $"Expected a unit compatible with {Unit.Symbol} ({Unit.Dimension}), but got {unit.Symbol} ({unit.Dimension}).");
        return unit == Unit ? this : new Quantity(Metric, Subject, Place, unit, Statistic);
    }

    /// <summary>The same quantity as another statistic (e.g. the peak rather than the level).</summary>
    /// <param name="statistic">The statistic; a defined value.</param>
    /// <returns>The quantity with <paramref name="statistic"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="statistic"/> is not a defined value.</exception>
    public Quantity WithStatistic(Statistic statistic)
    {
        CheckStatistic(statistic);
        return statistic == Statistic ? this : new Quantity(Metric, Subject, Place, Unit, statistic);
    }

    /// <inheritdoc />
    public bool Equals(Quantity? other)
        => other is not null && Unit.Equals(other.Unit) && Key.Equals(other.Key);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Quantity);

    /// <inheritdoc />
    // The key already compares and hashes every part but the unit (names once, at construction).
    public override int GetHashCode() => HashCode.Combine(Key, Unit);

    /// <summary>Whether two quantities are equal (both null counts as equal).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator ==(Quantity? left, Quantity? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two quantities differ.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator !=(Quantity? left, Quantity? right) => !(left == right);

    /// <summary>A readable form, e.g. "personnel of North Korean troops in Kursk Oblast (level, persons)".</summary>
    public override string ToString() => Describe(Metric, Subject, Place, Statistic, Unit);

    internal static string Describe(Metric? metric, string? subject, string? place, Statistic statistic, Unit? unit)
    {
        var text = new StringBuilder();
        text.Append(metric?.Name ?? "?").Append(" of ").Append(subject ?? "?");
        if (place is not null)
        {
            text.Append(" in ").Append(place);
        }
        text.Append(" (").Append(StatisticName(statistic)).Append(", ").Append(unit?.Symbol ?? "?").Append(')');
        return text.ToString();
    }

    internal static string StatisticName(Statistic statistic) => statistic switch
    {
        Statistic.Level => "level",
        Statistic.Peak => "peak",
        Statistic.Cumulative => "cumulative",
        Statistic.Change => "change",
        _ => "?",
    };

    private static void CheckStatistic(Statistic statistic)
        => Preconditions.CheckArgument(statistic is >= Statistic.Level and <= Statistic.Change, nameof(statistic),
            $"Expected a defined Statistic (Level, Peak, Cumulative or Change), but got {(int)statistic}.");
}
