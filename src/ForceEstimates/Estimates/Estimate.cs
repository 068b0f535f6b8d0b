using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// An uncertain number as a report stated it ("nearly 60,000", "about 1,376 square kilometres",
/// "between 11,000 and 20,000") and as it is interpreted: a probability distribution over the value
/// the source meant. The stated form (<see cref="Stated"/>: text, hedge, number(s), unit as written,
/// roundness) is kept beside the interpreted form (<see cref="Distribution"/>: median, mean,
/// quantiles, intervals). One-sided hedges stay one-sided: for "over 40%" the number is a lower
/// bound (<see cref="LowerBound"/>), not a centre, and no probability lies below it.
/// <para>Immutable and thread-safe. Equality compares the stated form (text ordinally) and the distribution.</para>
/// </summary>
[Presentation.TypeFormatterSource(typeof(Presentation.NotebookFormatterSource))]
public sealed class Estimate : IEquatable<Estimate>
{
    // Null only for an estimate made from a distribution until its stated form is first read (see FromDistribution).
    private StatedFigure? stated;

    private Estimate(StatedFigure? stated, EstimateDistribution distribution)
    {
        this.stated = stated;
        Distribution = distribution;
    }

    internal static Estimate FromStated(StatedFigure stated, EstimateDistribution distribution) => new(stated, distribution);

    /// <summary>
    /// Reads a figure as newspapers write it, interpreted by <see cref="HedgeModel.Default"/>.
    /// Culture-invariant: digits grouped by commas or spaces (plain, no-break, figure, thin or narrow
    /// no-break: "1,376", "60 000"), decimals, multipliers ("1.2 million", "580 thousand", "60k"; joined by hyphens,
    /// "3-million", "36-thousand-500" and "74-hundred" are 3 million, 36,500 and 7,400), number
    /// words ("eleven thousand", "a dozen", "half a dozen"), percentages ("40%", "40 per cent", "40 percent", "40 pct", "40pc"), an
    /// optional unit ("square kilometres", "sq km", "km²", "square miles", "hectares", ...; joined by a hyphen as an adjective,
    /// "2,700-kilometre" is 2,700 km), hedge words
    /// (see <see cref="HedgeKind"/>) before the number ("about 800", "c. 800", "north of 800") or after it: "800+",
    /// "800-plus" and "800-odd" against the number, before its unit ("1,000-plus km²"); "or more", "or so", "or fewer",
    /// "plus" and the like after the unit ("40% or more", "2 million or so", "2,000 plus"). Two hedges make one figure when
    /// they say one thing: "about" (or "some", "an estimated", "perhaps", ...) with a bound is the bound ("some 800-odd",
    /// "an estimated 800+", "up to around 270", "perhaps more than 2,000", "maybe even more than 2,000"), two of one kind are that kind ("about 800 or
    /// so"), "between about 800 and 1,000" is the range; bounds of two kinds ("nearly 800+") are refused. Ranges ("between
    /// 10,000 and 12,000", "10,000–12,000", "10,000 to 12,000", "10-12 thousand", two figures given as alternatives ("20,000 or 30,000", "70 or 80,000"), and a lower bound with an upper one:
    /// "at least 13 and as many as 46", "at least 800, possibly 1,000"; the hedge text is then the words before the first
    /// number) and vague amounts ("dozens", "scores",
    /// "several hundred", "tens of thousands", "a few tens of thousands"), alone or after "about", with a unit after them
    /// or after "of" ("hundreds of square kilometres"). Case-insensitive; surrounding white space is ignored.
    /// <para>Refused, with a message that says why: a bound, a range or "exactly" before a vague amount ("at least tens of
    /// thousands": the bound is itself vague, and the hedge model has no calibrated reading of it; write the bound as a
    /// number, or the vague amount alone); money ("$2.5 billion", "2.5 billion dollars": no unit of the library measures
    /// it). Words and digits mixed in one number ("two thousand and 367") are refused as text after the figure.</para>
    /// <para>The period is the decimal point, except where it can only group digits ("1.234.567",
    /// "1.234,5"); the comma groups digits, except where it can only be a decimal comma ("1,5 million",
    /// "1.234,5"). A period before exactly three digits ("60.000", "1.500 million") is sixty thousand in
    /// much of Europe and sixty in English, so it is refused rather than guessed: write "60,000" or "60.0000".</para>
    /// </summary>
    /// <param name="text">The figure.</param>
    /// <returns>The estimate; its <see cref="ToString"/> gives back the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one figure, or its number is ambiguous ("60.000"), negative, above 1e304 or so small it would read as 0, or it is a bound on a vague amount or a sum of money; the message quotes the text (at most 80 characters of it, control and bidirectional characters escaped) and names the position where reading failed.</exception>
    public static Estimate Parse(string text) => Parse(text, HedgeModel.Default);

    /// <summary>Reads a figure as <see cref="Parse(string)"/> does, interpreted by <paramref name="model"/>.</summary>
    /// <param name="text">The figure.</param>
    /// <param name="model">The hedge model that turns the stated figure into a distribution.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one figure (see <see cref="Parse(string)"/>); the message names the text and the position where reading failed.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null, or a distribution whose quantiles are NaN or out of order.</exception>
    public static Estimate Parse(string text, HedgeModel model)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(model);
        if (!EstimateParser.TryParseWhole(text, model, out var estimate, out var failure, out var position))
        {
            throw new FormatException(EstimateParser.Describe(text, failure, position));
        }
        return estimate!;
    }

    /// <summary>Tries to read a figure as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The figure; null gives false.</param>
    /// <param name="estimate">The estimate, or null when the text is not one figure.</param>
    /// <returns>Whether the text is one figure.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Estimate? estimate)
        => TryParse(text, HedgeModel.Default, out estimate);

    /// <summary>Tries to read a figure as <see cref="Parse(string, HedgeModel)"/> does.</summary>
    /// <param name="text">The figure; null gives false.</param>
    /// <param name="model">The hedge model.</param>
    /// <param name="estimate">The estimate, or null when the text is not one figure.</param>
    /// <returns>Whether the text is one figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null, or a distribution whose quantiles are NaN or out of order: a fault of the model, not of the text.</exception>
    public static bool TryParse([NotNullWhen(true)] string? text, HedgeModel model, [NotNullWhen(true)] out Estimate? estimate)
    {
        Preconditions.CheckNotNull(model);
        if (text is null)
        {
            estimate = null;
            return false;
        }
        return EstimateParser.TryParseWhole(text, model, out estimate, out _, out _);
    }

    /// <summary>"exactly <paramref name="value"/>" (<see cref="HedgeKind.Exact"/>).</summary>
    /// <param name="value">The value; finite and not negative.</param>
    /// <returns>The estimate, as <see cref="Parse(string)"/> reads its <see cref="ToString"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN, infinite, negative or above 1e304.</exception>
    public static Estimate Exact(double value) => FromPhrase("exactly ", CheckNotNegative(value, nameof(value)));

    /// <summary>A bare <paramref name="value"/> with no hedge (<see cref="HedgeKind.Bare"/>): read as meant, widened modestly by its roundness.</summary>
    /// <param name="value">The value; finite and not negative.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN, infinite, negative or above 1e304.</exception>
    public static Estimate Bare(double value) => FromPhrase(string.Empty, CheckNotNegative(value, nameof(value)));

    /// <summary>"about <paramref name="value"/>" (<see cref="HedgeKind.Approximate"/>).</summary>
    /// <param name="value">The value; finite and not negative.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN, infinite, negative or above 1e304.</exception>
    public static Estimate About(double value) => FromPhrase("about ", CheckNotNegative(value, nameof(value)));

    /// <summary>"nearly <paramref name="bound"/>" (<see cref="HedgeKind.JustBelow"/>): below the bound, close to it.</summary>
    /// <param name="bound">The upper bound; finite and not negative.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="bound"/> is NaN, infinite, negative or above 1e304.</exception>
    public static Estimate Nearly(double bound) => FromPhrase("nearly ", CheckNotNegative(bound, nameof(bound)));

    /// <summary>"over <paramref name="bound"/>" (<see cref="HedgeKind.Above"/>): above the bound.</summary>
    /// <param name="bound">The lower bound; finite and positive.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="bound"/> is NaN, infinite, zero, negative or above 1e304.</exception>
    public static Estimate Above(double bound) => FromPhrase("over ", CheckAboveZero(bound, nameof(bound)));

    /// <summary>"at least <paramref name="bound"/>" (<see cref="HedgeKind.AtLeast"/>).</summary>
    /// <param name="bound">The lower bound; finite and positive.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="bound"/> is NaN, infinite, zero, negative or above 1e304.</exception>
    public static Estimate AtLeast(double bound) => FromPhrase("at least ", CheckAboveZero(bound, nameof(bound)));

    /// <summary>"at most <paramref name="bound"/>" (<see cref="HedgeKind.AtMost"/>).</summary>
    /// <param name="bound">The upper bound; finite and not negative.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="bound"/> is NaN, infinite, negative or above 1e304.</exception>
    public static Estimate AtMost(double bound) => FromPhrase("at most ", CheckNotNegative(bound, nameof(bound)));

    /// <summary>"under <paramref name="bound"/>" (<see cref="HedgeKind.Below"/>).</summary>
    /// <param name="bound">The upper bound; finite and not negative.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="bound"/> is NaN, infinite, negative or above 1e304.</exception>
    public static Estimate Under(double bound) => FromPhrase("under ", CheckNotNegative(bound, nameof(bound)));

    /// <summary>"between <paramref name="low"/> and <paramref name="high"/>" (<see cref="HedgeKind.Range"/>), read as a central 90% interval.</summary>
    /// <param name="low">The lower end; finite and not negative.</param>
    /// <param name="high">The upper end; finite and not below <paramref name="low"/>.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">An end is NaN, infinite, negative or above 1e304, or <paramref name="high"/> is below <paramref name="low"/>.</exception>
    public static Estimate Between(double low, double high)
    {
        low = CheckNotNegative(low, nameof(low));
        high = CheckNotNegative(high, nameof(high));
        Preconditions.CheckArgument(high >= low, nameof(high),
            $"Expected the upper end ({high}) to be at least the lower end ({low}).");
        return Parse(string.Concat("between ", FormatNumber(low), " and ", FormatNumber(high)));
    }

    /// <summary>
    /// An estimate given directly as a distribution (<see cref="HedgeKind.Distribution"/>), e.g. from
    /// a model or an aggregation. Its stated form is its central 90% interval
    /// ("between a and b"), so <see cref="ToString"/> does not round-trip the distribution itself;
    /// its <see cref="StatedFigure.SignificantDigits"/> is 17 (nobody rounded it) and it has no unit.
    /// </summary>
    /// <param name="distribution">The distribution; its 5% and 95% quantiles must be finite. They may be negative: an aggregate of changes can be.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    /// <exception cref="ArgumentException">The distribution's 90% interval is not finite.</exception>
    public static Estimate FromDistribution(EstimateDistribution distribution)
    {
        Preconditions.CheckNotNull(distribution);
        var interval = distribution.Interval(0.9);
        Preconditions.CheckArgument(double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper), nameof(distribution),
            "Expected a distribution whose central 90% interval is finite.");
        // The stated form ("between a and b", the numbers formatted) is made when first read: aggregating thousands of
        // quantities makes an estimate for each, and most are only ever asked for their numbers.
        return new Estimate(null, distribution);
    }

    /// <summary>The stated form of an estimate made from a distribution (<see cref="FromDistribution"/>): its central 90% interval as "between a and b".</summary>
    private static StatedFigure StatedOf(EstimateDistribution distribution)
    {
        var interval = distribution.Interval(0.9);
        var text = string.Concat("between ", FormatNumber(interval.Lower), " and ", FormatNumber(interval.Upper));
        return new StatedFigure(text, HedgeKind.Distribution, string.Empty, new StatedValues(interval.Lower, interval.Upper), null, 17);
    }

    /// <summary>The figure as stated: text, hedge words, number(s), unit as written, roundness.</summary>
    public StatedFigure Stated
    {
        get
        {
            var made = stated;
            if (made is null)
            {
                // Deterministic: a race makes equal forms, and every reader gets the one kept.
                made = StatedOf(Distribution);
                made = System.Threading.Interlocked.CompareExchange(ref stated, made, null) ?? made;
            }
            return made;
        }
    }

    /// <summary>The interpreted form: the distribution of the value meant, in the stated unit.</summary>
    public EstimateDistribution Distribution { get; }

    /// <summary>The hedge category (<see cref="StatedFigure.Hedge"/>).</summary>
    public HedgeKind Hedge => stated is { } known ? known.Hedge : HedgeKind.Distribution;

    /// <summary>
    /// The stated lower bound when the claim is bounded below, else null: the number of "over 40%"
    /// and "at least 5,000" (40 and 5,000), and the first number of a range ("between 11,000 and
    /// 20,000" → 11,000). Aggregation uses it for censored likelihoods.
    /// </summary>
    public double? LowerBound => Hedge switch
    {
        HedgeKind.Above or HedgeKind.AtLeast or HedgeKind.Range => Stated.Value,
        _ => null,
    };

    /// <summary>
    /// The stated upper bound when the claim is bounded above, else null: the number of "nearly 60,000",
    /// "up to 15,000" and "under 100", and the second number of a range.
    /// </summary>
    public double? UpperBound => Hedge switch
    {
        HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below => Stated.Value,
        HedgeKind.Range => Stated.Values[1],
        _ => null,
    };

    /// <summary>
    /// The median of the interpretation, in the stated unit. For two-sided readings on the log scale
    /// (log-normal) it is the back-transformed centre: the stated number for "about 11,000".
    /// </summary>
    public double Median => Distribution.Median;

    /// <summary>The mean of the interpretation, in the stated unit; for a log-normal reading it is above the median (e^(μ + σ²/2)).</summary>
    public double Mean => Distribution.Mean;

    /// <summary>The variance of the interpretation, in the stated unit squared.</summary>
    public double Variance => Distribution.Variance;

    /// <summary>The quantile of the interpretation at <paramref name="p"/>.</summary>
    /// <param name="p">A probability in [0, 1].</param>
    /// <returns>The value below which the probability is <paramref name="p"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    public double Quantile(double p) => Distribution.Quantile(p);

    /// <summary>The probability that the value meant is at most <paramref name="x"/>.</summary>
    /// <param name="x">A value in the stated unit.</param>
    /// <returns>A probability in [0, 1].</returns>
    public double Cdf(double x) => Distribution.Cdf(x);

    /// <summary>The central interval at <paramref name="level"/> (0.9 for the 90% interval).</summary>
    /// <param name="level">The probability, strictly between 0 and 1.</param>
    /// <returns>The interval from the (1 − level)/2 to the (1 + level)/2 quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public EstimateInterval Interval(double level) => Distribution.Interval(level);

    /// <summary>Draws one value from the interpretation.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <returns>A value in the stated unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public double Sample(Random random) => Distribution.Sample(random);

    /// <summary>The same stated figure interpreted by another hedge model.</summary>
    /// <param name="model">The hedge model.</param>
    /// <returns>The estimate; this one when its hedge is <see cref="HedgeKind.Distribution"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A subclass of <see cref="HedgeModel"/> returned null, or a distribution whose quantiles are NaN or out of order.</exception>
    public Estimate Reinterpret(HedgeModel model)
    {
        Preconditions.CheckNotNull(model);
        return Hedge == HedgeKind.Distribution ? this : new Estimate(Stated, model.InterpretChecked(Stated));
    }

    /// <inheritdoc />
    public bool Equals(Estimate? other)
        => other is not null && (ReferenceEquals(this, other) || (Stated.Equals(other.Stated) && Distribution.Equals(other.Distribution)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Estimate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Stated, Distribution);

    /// <summary>Equality of stated form and distribution.</summary>
    /// <param name="left">The first estimate, or null.</param>
    /// <param name="right">The second estimate, or null.</param>
    public static bool operator ==(Estimate? left, Estimate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of stated form or distribution.</summary>
    /// <param name="left">The first estimate, or null.</param>
    /// <param name="right">The second estimate, or null.</param>
    public static bool operator !=(Estimate? left, Estimate? right) => !(left == right);

    /// <summary>
    /// The text as stated ("nearly 60,000"); <see cref="Parse(string)"/> reads it back to an equal
    /// estimate (with the default model; with a custom model, parse with that model).
    /// </summary>
    public override string ToString() => Stated.Text;

    private static Estimate FromPhrase(string hedge, double value) => Parse(string.Concat(hedge, FormatNumber(value)));

    // Adding +0 turns -0 (Math.Round(-0.4), say) into 0, which is written "0" rather than "-0".
    private static double CheckNotNegative(double value, string paramName)
    {
        Preconditions.CheckArgument(double.IsFinite(value) && value >= 0 && value <= LargestFigure, paramName,
            $"Expected a finite number from 0 to 1e304, but got {value}.");
        return value + 0.0;
    }

    private static double CheckAboveZero(double value, string paramName)
    {
        Preconditions.CheckArgument(value > 0 && value <= LargestFigure, paramName,
            $"Expected a number greater than 0 and at most 1e304, but got {value}.");
        return value;
    }

    /// <summary>
    /// The largest figure an estimate holds: 1e304 leaves a factor of about 18,000 below the largest double, so even a
    /// vague figure's quantiles (and its interval) stay finite.
    /// </summary>
    internal const double LargestFigure = 1e304;

    // Whole numbers with comma groups as newspapers print them; others in the shortest round-trip form,
    // with a fourth decimal where three would read as digit groups to some ("12.125" → "12.1250").
    private static string FormatNumber(double value)
    {
        if (value == Math.Floor(value) && value < 1e15)
        {
            return value.ToString("#,0", CultureInfo.InvariantCulture);
        }
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        // The mantissa of "1.012E-320" reads as digit groups too.
        int exponent = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponent < 0 ? text : text[..exponent];
        int period = mantissa.IndexOf('.', StringComparison.Ordinal);
        return period is >= 1 and <= 3 && mantissa.Length == period + 4 && mantissa[0] != '0'
            ? string.Concat(mantissa, "0", exponent < 0 ? string.Empty : text[exponent..])
            : text;
    }
}
