using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ForceEstimates.Aggregation;

/// <summary>
/// The smallest uncertainty a report is allowed, as a relative standard deviation by the kind of
/// its origin: stated precision is not knowledge, so a bare "12,000" never enters with (almost) zero
/// variance. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The defaults are 10% for governments, militaries, intelligence services, officials, news
/// agencies, outlets and analysts, and 15% for unknown origins (<see cref="SourceKind.Unknown"/>, as an unattributed
/// figure is). The floor goes by the kind alone: an anonymous speaker of a known kind ("a source in Ukraine's General
/// Staff", <see cref="SourceKind.Military"/>) gets that kind's floor. Why 10%: the figures
/// intelligence services gave for the same force within a month are that far apart — US 10,000,
/// South Korea's NIS 10,900 and Ukraine 12,000 North Korean troops (late October to November 2024)
/// lie within about ±9% of their middle. On the log scale a relative standard deviation f is a
/// standard deviation of about f; on the natural scale it is f·|value|; on the logit scale of a
/// share p (in percent) it is f·100/(100 − p), the delta-method image of f·p.
/// </remarks>
public sealed class ReportingFloor
{
    // Declared before Default: static fields initialise in text order.
    private static readonly int KindCount = Enum.GetValues<SourceKind>().Length;

    private readonly double[] byKind;

    private ReportingFloor(double[] byKind) => this.byKind = byKind;

    /// <summary>The default floors described in the remarks.</summary>
    public static ReportingFloor Default { get; } = Uniform(0.10)
        .With(SourceKind.Unknown, 0.15);

    /// <summary>The same relative floor for every kind of source.</summary>
    /// <param name="relativeStandardDeviation">The floor, finite, in (0, 10].</param>
    /// <returns>The floor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 10] or NaN.</exception>
    public static ReportingFloor Uniform(double relativeStandardDeviation)
    {
        Check(relativeStandardDeviation, nameof(relativeStandardDeviation));
        var values = new double[KindCount];
        Array.Fill(values, relativeStandardDeviation);
        return new ReportingFloor(values);
    }

    /// <summary>This floor with another value for one kind of source.</summary>
    /// <param name="kind">The kind of the report's origin (the obsolete <c>SourceKind.Anonymous</c> is <see cref="SourceKind.Unknown"/>).</param>
    /// <param name="relativeStandardDeviation">The floor, finite, in (0, 10].</param>
    /// <returns>A new floor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 10] or NaN, or the kind is not defined.</exception>
    public ReportingFloor With(SourceKind kind, double relativeStandardDeviation)
    {
        Check(relativeStandardDeviation, nameof(relativeStandardDeviation));
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected a defined source kind.");
        }
        var values = (double[])byKind.Clone();
        values[(int)Current(kind)] = relativeStandardDeviation;
        return new ReportingFloor(values);
    }

    /// <summary>The relative standard deviation floor for reports from an origin of this kind.</summary>
    /// <param name="kind">The kind of the report's origin (the obsolete <c>SourceKind.Anonymous</c> is <see cref="SourceKind.Unknown"/>).</param>
    /// <returns>The floor.</returns>
    public double For(SourceKind kind) => (int)kind >= 0 && (int)kind < byKind.Length ? byKind[(int)Current(kind)] : byKind[(int)SourceKind.Unknown];

    /// <summary>The floors by kind, for display.</summary>
    public IReadOnlyDictionary<SourceKind, double> ByKind
    {
        get
        {
            var map = new Dictionary<SourceKind, double>();
            foreach (var kind in Enum.GetValues<SourceKind>())
            {
                if (kind != Current(kind))
                {
                    continue;
                }
                map[kind] = For(kind);
            }
            return map;
        }
    }

    /// <summary>
    /// The floors as percentages: the value most kinds have, then the kinds with another in the order of
    /// <see cref="SourceKind"/>, e.g. <c>±10% (Unknown ±15%)</c>
    /// for <see cref="Default"/>.
    /// </summary>
    public override string ToString()
    {
        var floors = ByKind;
        var common = floors.Values.GroupBy(value => value).OrderByDescending(group => group.Count()).First().Key;
        var others = floors.Where(pair => pair.Value != common).OrderBy(pair => pair.Key).Select(pair => pair.Key + " " + Percent(pair.Value)).ToList();
        return others.Count == 0 ? Percent(common) : string.Concat(Percent(common), " (", string.Join(", ", others), ")");
    }

    private static string Percent(double relative) => "±" + NumberText.Of(relative * 100) + "%";

    // The obsolete SourceKind.Anonymous is what Source.Of reads it as: Unknown (and anonymous).
#pragma warning disable CS0618
    private static SourceKind Current(SourceKind kind) => kind == SourceKind.Anonymous ? SourceKind.Unknown : kind;
#pragma warning restore CS0618

    private static void Check(double value, string paramName)
    {
        if (!(value > 0 && value <= 10))
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Create(CultureInfo.InvariantCulture, $"Expected a relative standard deviation in (0, 10], but got {value}."));
        }
    }
}
