using System;
using System.Globalization;
using System.Linq;
using MathNet.Numerics.Distributions;

namespace ForceEstimates;

/// <summary>
/// Turns a stated figure (hedge, number, roundness) into a probability distribution over the value
/// that was meant.
/// <para>
/// The rules of the default model (<see cref="Default"/>), calibrated on the responses in Ferson,
/// O'Rawe, Antonenko et al. (2015), "Natural language of uncertainty: numeric hedge words",
/// International Journal of Approximate Reasoning 57, 19–39 (see tools/HedgeCalibration/README.md):
/// </para>
/// <list type="bullet">
/// <item><description>Two-sided hedges (<see cref="HedgeKind.Approximate"/>, <see cref="HedgeKind.Bare"/>,
/// <see cref="HedgeKind.Exact"/>): a log-normal whose median is the stated number and whose central
/// 90% interval has the log half-width of the hedge's <see cref="HedgeSpread"/> for the number's
/// <see cref="Roundness"/> (participants' smallest and largest reading is taken as a central 90% interval;
/// the log-normal is made symmetric on the log scale so that the median stays at the stated number).</description></item>
/// <item><description>One-sided hedges: a <see cref="OneSidedDistribution"/> wholly on the open side of the
/// stated bound, its log-scale distance from the bound gamma-distributed with shape
/// <see cref="OneSidedShape"/> and scaled so that 95% of the probability lies within the spread's open
/// side: "over 100" with spread +11% puts 95% in [100, 111] and nothing below 100.</description></item>
/// <item><description>Ranges ("between 10,000 and 12,000") and vague amounts: the two numbers are taken
/// as a central interval at <see cref="RangeLevel"/> (90%) of a log-normal (a uniform when the range
/// starts at zero). Vague amounts use these ends: a plural of a unit U ("dozens", "hundreds",
/// "tens of thousands") is [2U, 10U]; "several U" is [3U, 9U]; "a few U" is [2U, 5U] (U may be the unit of a plural:
/// "a few tens of thousands" is [20,000, 50,000]). This models the whole
/// plausible range, unlike the single conservative codes of conflict-event data (ACLED codes "tens" as 10,
/// "dozens" as 12, "hundreds" as 100: ACLED, "Fatalities", Uses and limitations of ACLED data, 2023).</description></item>
/// <item><description>A stated zero ("exactly 0", "under 0%") is a point at zero. The bound of "over"/"at least" must be positive.</description></item>
/// </list>
/// <para>
/// To supply your own model, either adjust the table with <see cref="WithSpread"/> and
/// <see cref="WithOneSidedShape"/>, or derive from this class and override <see cref="Interpret"/>.
/// Instances are immutable and thread-safe; subclasses must keep <see cref="Interpret"/> thread-safe.
/// </para>
/// <para>
/// A model has a <see cref="Name"/> and <see cref="Version"/>, which JSON documents record so that a
/// reader can tell which model turned their figures into distributions. A model made from a table
/// (the default, or a copy made by <see cref="WithSpread"/> or <see cref="WithOneSidedShape"/>) is
/// versioned by a fingerprint of its table, so any change to the table gives another version.
/// </para>
/// </summary>
public class HedgeModel
{
    private const int KindsWithSpread = (int)HedgeKind.Below + 1;
    private const int RoundnessClasses = 3;

    // Participants' [min, max] read as a central 90% interval; a one-sided open side as the 95% quantile.
    private const double TwoSidedLevel = 0.9;
    private const double OneSidedLevel = 0.95;

    private static readonly double TwoSidedZ = StandardNormal.Quantile((1 + TwoSidedLevel) / 2);

    private readonly HedgeSpread[] spreads;

    // Per entry: σ of ln X for two-sided kinds, gamma scale of the distance for one-sided kinds.
    private readonly double[] parameters;

    /// <summary>
    /// Creates a model with the same rules and table as <paramref name="basis"/>, for subclasses that override
    /// <see cref="Interpret"/>; its <see cref="Name"/> is the subclass's full type name and its <see cref="Version"/>
    /// "unversioned". Prefer <see cref="HedgeModel(HedgeModel, string, string)"/>, so that documents can tell
    /// versions of your model apart.
    /// </summary>
    /// <param name="basis">The model whose table to copy, e.g. <see cref="Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    protected HedgeModel(HedgeModel basis)
    {
        Preconditions.CheckNotNull(basis);
        spreads = basis.spreads;
        parameters = basis.parameters;
        OneSidedShape = basis.OneSidedShape;
        Name = GetType().FullName ?? GetType().Name;
        Version = "unversioned";
    }

    /// <summary>Creates a model with the same rules and table as <paramref name="basis"/>, for subclasses that override <see cref="Interpret"/>, with a name and version of their own.</summary>
    /// <param name="basis">The model whose table to copy, e.g. <see cref="Default"/>.</param>
    /// <param name="name">The model's name, recorded in documents; not blank, at most 200 characters, no control characters.</param>
    /// <param name="version">Its version; change it whenever <see cref="Interpret"/> gives other distributions. Not blank, at most 200 characters, no control characters.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="version"/> is blank, longer than 200 characters or has a control character.</exception>
    protected HedgeModel(HedgeModel basis, string name, string version)
        : this(basis)
    {
        Name = CheckLabel(name, nameof(name));
        Version = CheckLabel(version, nameof(version));
    }

    private HedgeModel(HedgeSpread[] spreads, double oneSidedShape, string name)
    {
        this.spreads = spreads;
        OneSidedShape = oneSidedShape;
        Name = name;
        Version = Fingerprint(spreads, oneSidedShape);
        parameters = new double[spreads.Length];
        var oneSidedQuantile = Gamma.InvCDF(oneSidedShape, 1, OneSidedLevel);
        for (var kind = 0; kind < KindsWithSpread; kind++)
        {
            for (var roundness = 0; roundness < RoundnessClasses; roundness++)
            {
                var index = (kind * RoundnessClasses) + roundness;
                var spread = spreads[index];
                parameters[index] = (HedgeKind)kind switch
                {
                    HedgeKind.Above or HedgeKind.AtLeast => Math.Max(Math.Log(1 + spread.Upper), MinimumLogHalfWidth) / oneSidedQuantile,
                    HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below => Math.Max(-Math.Log(1 + spread.Lower), MinimumLogHalfWidth) / oneSidedQuantile,
                    _ => Math.Max((Math.Log(1 + spread.Upper) - Math.Log(1 + spread.Lower)) / 2, MinimumLogHalfWidth) / TwoSidedZ,
                };
            }
        }
    }

    /// <summary>The default model, calibrated on Ferson et al. (2015); see the class remarks. Its <see cref="Name"/> is "Ferson2015".</summary>
    public static HedgeModel Default { get; } = new(HedgeCalibrationTable.Spreads(), HedgeCalibrationTable.OneSidedShape, DefaultName);

    private const string DefaultName = "Ferson2015";
    private const string AdjustedSuffix = " (adjusted)";

    /// <summary>
    /// The model's name, as documents record it: "Ferson2015" for <see cref="Default"/>, the same name with
    /// " (adjusted)" for a copy with another table, the name a subclass gives (its type name when it gives none).
    /// </summary>
    public string Name { get; }

    /// <summary>
    /// The model's version, as documents record it. For a model made from a table (<see cref="Default"/> and the
    /// copies of <see cref="WithSpread"/> and <see cref="WithOneSidedShape"/>), 8 hexadecimal digits fingerprinting
    /// the table, so that two tables never share a name and version unless they agree; a subclass gives its own.
    /// </summary>
    public string Version { get; }

    /// <summary>A copy of this model's table under another name (the version stays the table's fingerprint); the result is a plain <see cref="HedgeModel"/>.</summary>
    /// <param name="name">The name; not blank, at most 200 characters, no control characters.</param>
    /// <returns>The new model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, longer than 200 characters or has a control character.</exception>
    public HedgeModel WithName(string name) => new(spreads, OneSidedShape, CheckLabel(name, nameof(name)));

    /// <summary>The name and version, e.g. "Ferson2015 (version 1a2b3c4d)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} (version {Version})");

    private string AdjustedName => Name.EndsWith(AdjustedSuffix, StringComparison.Ordinal) ? Name : Name + AdjustedSuffix;

    private static string CheckLabel(string label, string paramName)
    {
        Preconditions.CheckNotNull(label, paramName);
        var trimmed = label.Trim();
        Preconditions.CheckArgument(trimmed.Length is > 0 and <= 200 && !trimmed.Any(char.IsControl), paramName,
            "Expected a name or version of 1 to 200 characters without control characters.");
        return trimmed;
    }

    // FNV-1a (64-bit) over the bits of every number of the table, folded to 32 bits: the same on every platform and
    // run, unlike string.GetHashCode.
    private static string Fingerprint(HedgeSpread[] spreads, double oneSidedShape)
    {
        const ulong prime = 1099511628211;
        ulong hash = 14695981039346656037;
        void Add(double value)
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
            for (int i = 0; i < 8; i++)
            {
                hash = (hash ^ ((bits >> (8 * i)) & 0xFF)) * prime;
            }
        }
        foreach (var spread in spreads)
        {
            Add(spread.Lower);
            Add(spread.Upper);
        }
        Add(oneSidedShape);
        return ((uint)(hash ^ (hash >> 32))).ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The smallest log half-width any reading gets (0.001, about ±0.1% at 90%): a stated figure
    /// is never taken as knowledge without error, and zero width would break the log scale.
    /// </summary>
    public static double MinimumLogHalfWidth => 0.001;

    /// <summary>The probability (0.9) of the central interval that a stated range or vague amount is read as.</summary>
    public static double RangeLevel => TwoSidedLevel;

    /// <summary>The gamma shape of the log-scale distance from the bound for one-sided hedges (2 by default: zero density at the bound, mode inside).</summary>
    public double OneSidedShape { get; }

    /// <summary>The spread the model uses for a hedge kind at a roundness.</summary>
    /// <param name="hedge">A kind from <see cref="HedgeKind.Bare"/> to <see cref="HedgeKind.Below"/> (ranges and vague amounts have no spread).</param>
    /// <param name="roundness">The roundness of the number.</param>
    /// <returns>The spread.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind has no spread, or the roundness is undefined.</exception>
    public HedgeSpread Spread(HedgeKind hedge, Roundness roundness) => spreads[Index(hedge, roundness)];

    /// <summary>A copy of this model's table with one spread replaced; the result is a plain <see cref="HedgeModel"/> (overrides of a subclass are not carried over).</summary>
    /// <param name="hedge">A kind from <see cref="HedgeKind.Bare"/> to <see cref="HedgeKind.Below"/>.</param>
    /// <param name="roundness">The roundness the spread applies to.</param>
    /// <param name="spread">The new spread.</param>
    /// <returns>The new model.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind has no spread, or the roundness is undefined.</exception>
    public HedgeModel WithSpread(HedgeKind hedge, Roundness roundness, HedgeSpread spread)
    {
        var copy = (HedgeSpread[])spreads.Clone();
        copy[Index(hedge, roundness)] = spread;
        return new HedgeModel(copy, OneSidedShape, AdjustedName);
    }

    /// <summary>The smallest one-sided shape a model takes: below it nearly all the probability sits on the bound itself and the gamma quantiles lose their accuracy.</summary>
    public static double MinimumOneSidedShape => 0.1;

    /// <summary>The largest one-sided shape a model takes: above it the distance from the bound is, in effect, a constant.</summary>
    public static double MaximumOneSidedShape => 1000;

    /// <summary>A copy of this model's table with another gamma shape for one-sided hedges.</summary>
    /// <param name="shape">
    /// The shape, from <see cref="MinimumOneSidedShape"/> (0.1) to <see cref="MaximumOneSidedShape"/> (1,000):
    /// 1 puts the highest density at the bound, larger shapes move it inside.
    /// </param>
    /// <returns>The new model.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shape"/> is NaN or outside [0.1, 1000].</exception>
    public HedgeModel WithOneSidedShape(double shape)
    {
        if (!(shape >= MinimumOneSidedShape && shape <= MaximumOneSidedShape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "Expected a one-sided shape from 0.1 to 1,000.");
        }
        return new HedgeModel(spreads, shape, AdjustedName);
    }

    /// <summary>
    /// <see cref="Interpret"/>, with what a subclass returns checked: a distribution whose 5%, 50% and
    /// 95% quantiles are numbers in order. The built-in rules are trusted (their tests check them), so
    /// the default model pays nothing for the check.
    /// </summary>
    /// <exception cref="InvalidOperationException">A subclass returned null, or a distribution with NaN or disordered quantiles or an infinite median.</exception>
    internal EstimateDistribution InterpretChecked(StatedFigure stated)
    {
        var distribution = Interpret(stated);
        if (GetType() == typeof(HedgeModel))
        {
            return distribution;
        }
        if (distribution is null)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The hedge model {GetType().Name} returned no distribution for {Excerpt.Quote(stated.Text)}; Interpret must return one."));
        }
        double lower = distribution.Quantile(0.05), median = distribution.Quantile(0.5), upper = distribution.Quantile(0.95);
        if (!(lower <= median && median <= upper && double.IsFinite(median)))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The hedge model {GetType().Name} returned {distribution} for {Excerpt.Quote(stated.Text)}, whose 5%, 50% and 95% quantiles ({lower}, {median}, {upper}) are not numbers in order with a finite median."));
        }
        return distribution;
    }

    /// <summary>Interprets a stated figure as a distribution, by the rules in the class remarks.</summary>
    /// <param name="stated">The figure as stated.</param>
    /// <returns>The distribution of the value meant, in the stated unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stated"/> is null.</exception>
    /// <exception cref="ArgumentException">The hedge is <see cref="HedgeKind.Distribution"/>, or the bound of "over"/"at least" is zero.</exception>
    public virtual EstimateDistribution Interpret(StatedFigure stated)
    {
        Preconditions.CheckNotNull(stated);
        var value = stated.Value;
        switch (stated.Hedge)
        {
            case HedgeKind.Bare or HedgeKind.Exact or HedgeKind.Approximate:
                return value == 0
                    ? PointDistribution.Of(0)
                    : LogNormalDistribution.Create(Math.Log(value), parameters[Index(stated.Hedge, stated.Roundness)]);
            case HedgeKind.Above or HedgeKind.AtLeast:
                Preconditions.CheckArgument(value > 0, nameof(stated), "Expected a positive lower bound for a one-sided hedge.");
                return OneSidedDistribution.CreateTrusted(value, OneSidedDirection.Above, OneSidedShape, parameters[Index(stated.Hedge, stated.Roundness)]);
            case HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below:
                return value == 0
                    ? PointDistribution.Of(0)
                    : OneSidedDistribution.CreateTrusted(value, OneSidedDirection.Below, OneSidedShape, parameters[Index(stated.Hedge, stated.Roundness)]);
            case HedgeKind.Range or HedgeKind.Vague:
                var upper = stated.Values[stated.Values.Count - 1];
                if (upper == value)
                {
                    return value == 0
                        ? PointDistribution.Of(0)
                        : LogNormalDistribution.Create(Math.Log(value), parameters[Index(HedgeKind.Bare, stated.Roundness)]);
                }
                return value == 0
                    ? UniformDistribution.Of(0, upper)
                    : LogNormalDistribution.CreateCentral(value, upper, TwoSidedZ);
            default:
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Cannot interpret a figure with hedge {stated.Hedge}."), nameof(stated));
        }
    }

    private static int Index(HedgeKind hedge, Roundness roundness)
    {
        if ((uint)hedge >= KindsWithSpread)
        {
            throw new ArgumentOutOfRangeException(nameof(hedge), hedge, "Expected a hedge kind from Bare to Below; ranges and vague amounts have no spread.");
        }
        if ((uint)roundness >= RoundnessClasses)
        {
            throw new ArgumentOutOfRangeException(nameof(roundness), roundness, "Expected a defined roundness.");
        }
        return ((int)hedge * RoundnessClasses) + (int)roundness;
    }
}
