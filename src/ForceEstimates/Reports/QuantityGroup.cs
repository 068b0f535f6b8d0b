using System;

namespace ForceEstimates;

/// <summary>
/// The reports about one quantity, whatever compatible unit each is stated in: a result of
/// <see cref="ReportCollection.GroupByQuantity"/>. Values convert to the key's canonical unit with
/// <see cref="ToCanonical(Report, double)"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class QuantityGroup
{
    internal QuantityGroup(QuantityKey key, ReportCollection reports)
    {
        Key = key;
        Reports = reports;
    }

    /// <summary>The quantity without its unit; <see cref="QuantityKey.CanonicalUnit"/> is the unit the group's figures convert to.</summary>
    public QuantityKey Key { get; }

    /// <summary>The reports, in their original order; at least one.</summary>
    public ReportCollection Reports { get; }

    /// <summary>Converts a value stated in <paramref name="report"/>'s unit to the key's canonical unit.</summary>
    /// <param name="report">A report of this group.</param>
    /// <param name="value">A value in the report's unit (a median, a bound); not NaN.</param>
    /// <returns>The value in <see cref="QuantityKey.CanonicalUnit"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report is about another quantity, or <paramref name="value"/> is NaN.</exception>
    public double ToCanonical(Report report, double value)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckArgument(report.Quantity.Key == Key, nameof(report), $"Expected a report about {Key}, but \"{report.Id}\" is about {report.Quantity}.");
        return Key.ToCanonical(value, report.Quantity.Unit);
    }

    /// <summary>The key and the number of reports.</summary>
    public override string ToString() => $"{Key}: {Reports}";
}
