using System;
using System.Collections.Generic;
using System.Globalization;

namespace ForceEstimates.CalibrationStudy;

/// <summary>How the sources' errors relate to one another and to the truth.</summary>
internal enum Family
{
    /// <summary>Unbiased sources with independent errors, reporting the value as of the as-of date.</summary>
    Honest,

    /// <summary>Reports come from fewer origins than outlets; reports from one origin share its error.</summary>
    SharedOrigins,

    /// <summary>The level moves; reports describe it at dates up to half a year before the as-of date.</summary>
    Stale,

    /// <summary>One side's sources multiply the truth by 1.5.</summary>
    BiasedSide,

    /// <summary>
    /// One source (the first) states the truth multiplied or divided, with equal chance, by <see cref="Scenario.WildFactor"/>
    /// (a propaganda figure, a misread unit, another quantity taken for this one); the rest are honest.
    /// </summary>
    WildSource,
}

/// <summary>What is estimated, and so the scale it is analysed on.</summary>
internal enum TruthKind
{
    /// <summary>A count of thousands to hundreds of thousands (log scale).</summary>
    Count,

    /// <summary>A share between 90% and 99.5% (logit scale).</summary>
    PercentNearHundred,

    /// <summary>A share between 0.5% and 10% (logit scale).</summary>
    PercentNearZero,

    /// <summary>A count from 0 to about 40, zero included.</summary>
    SmallCount,

    /// <summary>A share between 20% and 80% (logit scale): "lost over 40%".</summary>
    PercentMiddle,

    /// <summary>A count of tens to a few thousand (log scale), where "dozens" and "hundreds" are written.</summary>
    Hundreds,
}

/// <summary>How the simulated sources put their figure into words (see <see cref="Writer"/>).</summary>
internal enum WritingStyle
{
    /// <summary>Two significant figures, a bare number or "about".</summary>
    Plain,

    /// <summary>The mix papers use: 1–3 significant figures, bare and approximate figures, "nearly" and "more than" at round numbers, "at least", "up to", ranges and vague amounts.</summary>
    Papers,

    /// <summary>One significant figure and little noise: every source tends to write the same number.</summary>
    Coarse,

    /// <summary>A different mix, kept for checking rather than choosing: "nice" numbers (1, 1.5, 2, 2.5, 3, 5, 7.5 × 10ⁿ), looser bounds ("as many as", "upwards of"), wider ranges.</summary>
    NiceNumbers,

    /// <summary>
    /// A third mix, written after the methods were chosen and kept for checking: wire copy's hedges ("some", "close to",
    /// "in excess of", "upwards of", "as many as", "a few thousand", "dozens"), open bounds up to 20% from the value,
    /// mostly one or two significant figures.
    /// </summary>
    Wire,
}

/// <summary>How each source's noise and error are drawn.</summary>
internal enum NoiseShape
{
    /// <summary>The noise uniform between the scenario's bounds; a normal error with that standard deviation.</summary>
    Uniform,

    /// <summary>The noise uniform on the log scale between the bounds (as many sources near the low end as near the high one); a normal error.</summary>
    LogUniform,

    /// <summary>The noise uniform between the bounds; an error from Student's t with 3 degrees of freedom scaled to that standard deviation (now and then a wild figure).</summary>
    HeavyTails,
}

/// <summary>One cell of the study's grid. Immutable.</summary>
/// <param name="Family">How the errors relate.</param>
/// <param name="Truth">What is estimated.</param>
/// <param name="Style">How figures are written.</param>
/// <param name="K">The number of reports.</param>
/// <param name="NoiseLow">The smallest relative noise (standard deviation on the analysis scale) of a source.</param>
/// <param name="NoiseHigh">The largest; each source's noise is uniform between the two.</param>
/// <param name="RatingsTellNoise">
/// Whether a source's rating says how noisy it is: its noise drawn as above is multiplied by √(0.49 / f), f the
/// library's default weight factor of its rating (A1 1, B2 0.7225, C3 and F6 0.49), so that its variance is in the ratio
/// the default weights assume (an A1 source 0.7 times as noisy as an F6 one). Otherwise ratings are drawn independently of the noise.
/// </param>
/// <param name="Shape">How the noise and the errors are drawn (the grid's scenarios: uniform noise, normal errors).</param>
/// <param name="WildFactor">With <see cref="Family.WildSource"/>, the factor the wild source's figure is off by.</param>
internal sealed record Scenario(Family Family, TruthKind Truth, WritingStyle Style, int K, double NoiseLow, double NoiseHigh, bool RatingsTellNoise = false, NoiseShape Shape = NoiseShape.Uniform, double WildFactor = 1)
{
    /// <summary>The numbers of reports in the grid.</summary>
    internal static readonly int[] Sizes = [1, 2, 3, 5, 8, 20];

    /// <summary>Whether the sources are unbiased and independent: the coverage targets apply.</summary>
    internal bool IsHonest => Family == Family.Honest;

    /// <summary>A short name for tables: family, truth, style, noise and k.</summary>
    internal string Name => string.Create(CultureInfo.InvariantCulture,
        $"{Label} k={K}");

    /// <summary>The name without k.</summary>
    internal string Label => string.Create(CultureInfo.InvariantCulture,
        $"{(Family == Family.WildSource ? $"one source ×{WildFactor:0} or ÷{WildFactor:0}, " : Describe(Family))}{Describe(Truth)}{(RatingsTellNoise ? "ratings tell noise, " : "")}{Style.ToString().ToLowerInvariant()} {NoiseLow * 100:0}–{NoiseHigh * 100:0}%{Describe(Shape)}");

    /// <summary>The main grid: every family and kind of truth at every k.</summary>
    internal static IReadOnlyList<Scenario> Grid()
    {
        var cells = new (Family, TruthKind, WritingStyle, double, double)[]
        {
            (Family.Honest, TruthKind.Count, WritingStyle.Plain, 0.10, 0.40),
            (Family.Honest, TruthKind.Count, WritingStyle.Papers, 0.05, 0.10),
            (Family.Honest, TruthKind.Count, WritingStyle.Papers, 0.10, 0.20),
            (Family.Honest, TruthKind.Count, WritingStyle.Papers, 0.20, 0.40),
            (Family.Honest, TruthKind.Count, WritingStyle.Coarse, 0.05, 0.05),
            (Family.Honest, TruthKind.PercentNearHundred, WritingStyle.Papers, 0.10, 0.40),
            (Family.Honest, TruthKind.PercentNearZero, WritingStyle.Papers, 0.10, 0.40),
            (Family.Honest, TruthKind.SmallCount, WritingStyle.Papers, 0.10, 0.40),
            (Family.SharedOrigins, TruthKind.Count, WritingStyle.Papers, 0.10, 0.40),
            (Family.Stale, TruthKind.Count, WritingStyle.Papers, 0.10, 0.20),
            (Family.BiasedSide, TruthKind.Count, WritingStyle.Papers, 0.10, 0.20),
        };
        var all = Expand(cells);
        // Next to the papers' mix at 10–20%, whose ratings say nothing: the same sources where ratings say how noisy they are.
        all.AddRange(Expand([(Family.Honest, TruthKind.Count, WritingStyle.Papers, 0.10, 0.20)]).ConvertAll(s => s with { RatingsTellNoise = true }));
        return all;
    }

    /// <summary>A check on a different mix of hedges, rounding and noise, kept apart from the grid the methods were chosen on.</summary>
    internal static IReadOnlyList<Scenario> Validation()
    {
        var cells = new (Family, TruthKind, WritingStyle, double, double)[]
        {
            (Family.Honest, TruthKind.Count, WritingStyle.NiceNumbers, 0.05, 0.30),
            (Family.Honest, TruthKind.Count, WritingStyle.NiceNumbers, 0.15, 0.50),
            // The issue's whole noise range in one population of sources (eight-fold), where the grid splits it.
            (Family.Honest, TruthKind.Count, WritingStyle.Papers, 0.05, 0.40),
            (Family.Honest, TruthKind.Count, WritingStyle.Plain, 0.05, 0.40),
        };
        var all = Expand(cells);
        // The papers' mix from sources whose noise differs ten-fold, most of them near the low end, and from sources
        // that now and then state a wild figure: errors the library's normal model does not assume.
        all.AddRange(Expand([(Family.Honest, TruthKind.Count, WritingStyle.Papers, 0.05, 0.50)]).ConvertAll(s => s with { Shape = NoiseShape.LogUniform }));
        all.AddRange(Expand([(Family.Honest, TruthKind.Count, WritingStyle.Papers, 0.10, 0.30)]).ConvertAll(s => s with { Shape = NoiseShape.HeavyTails }));
        return all;
    }

    /// <summary>
    /// A second check, on forms the grid and the first check lack: wire copy's hedges, shares in the middle of the scale,
    /// counts of tens to thousands, a few sources with t₃ errors.
    /// </summary>
    internal static IReadOnlyList<Scenario> Stress()
    {
        var cells = new (Family, TruthKind, WritingStyle, double, double)[]
        {
            (Family.Honest, TruthKind.Count, WritingStyle.Wire, 0.10, 0.30),
            (Family.Honest, TruthKind.Hundreds, WritingStyle.Wire, 0.10, 0.30),
            (Family.Honest, TruthKind.Hundreds, WritingStyle.Papers, 0.05, 0.20),
            (Family.Honest, TruthKind.PercentMiddle, WritingStyle.Papers, 0.10, 0.40),
            (Family.Honest, TruthKind.PercentMiddle, WritingStyle.Wire, 0.05, 0.20),
        };
        var all = Expand(cells);
        all.AddRange(Expand([(Family.Honest, TruthKind.Count, WritingStyle.Wire, 0.05, 0.40)]).ConvertAll(s => s with { Shape = NoiseShape.HeavyTails }));
        return all;
    }

    /// <summary>
    /// One wild source among honest ones: its figure off by a factor of 3 or 10 either way. Not a coverage target (the
    /// scenario is not honest); it shows whether the flags find the wild report and how far it moves the centre against
    /// the median, which ignores it.
    /// </summary>
    internal static IReadOnlyList<Scenario> Wild()
    {
        var all = new List<Scenario>();
        foreach (var factor in new[] { 3.0, 10.0 })
        {
            all.AddRange(Expand([(Family.WildSource, TruthKind.Count, WritingStyle.Papers, 0.10, 0.20)]).ConvertAll(s => s with { WildFactor = factor }));
            all.AddRange(Expand([(Family.WildSource, TruthKind.Count, WritingStyle.Plain, 0.10, 0.40)]).ConvertAll(s => s with { WildFactor = factor }));
        }
        return all;
    }

    /// <summary>Plain and papers-style honest counts at fixed noise levels: how coverage moves with the noise.</summary>
    internal static IReadOnlyList<Scenario> NoiseLevels()
    {
        var cells = new List<(Family, TruthKind, WritingStyle, double, double)>();
        foreach (var noise in new[] { 0.05, 0.10, 0.15, 0.20, 0.30, 0.40, 0.60 })
        {
            cells.Add((Family.Honest, TruthKind.Count, WritingStyle.Papers, noise, noise));
        }
        return Expand([.. cells]);
    }

    private static List<Scenario> Expand((Family, TruthKind, WritingStyle, double, double)[] cells)
    {
        var all = new List<Scenario>();
        foreach (var (family, truth, style, low, high) in cells)
        {
            foreach (var k in Sizes)
            {
                all.Add(new Scenario(family, truth, style, k, low, high));
            }
        }
        return all;
    }

    private static string Describe(Family family) => family switch
    {
        Family.Honest => "",
        Family.SharedOrigins => "shared origins, ",
        Family.Stale => "stale, ",
        _ => "biased side ×1.5, ",
    };

    private static string Describe(NoiseShape shape) => shape switch
    {
        NoiseShape.Uniform => "",
        NoiseShape.LogUniform => " log-uniform",
        _ => ", t₃ errors",
    };

    private static string Describe(TruthKind truth) => truth switch
    {
        TruthKind.Count => "",
        TruthKind.PercentNearHundred => "% near 100, ",
        TruthKind.PercentNearZero => "% near 0, ",
        TruthKind.PercentMiddle => "% 20–80, ",
        TruthKind.Hundreds => "counts 30–3,000, ",
        _ => "counts near 0, ",
    };

    /// <summary>A stable number for seeding: the same scenario gets the same trials whatever else is run.</summary>
    internal int Seed(int studySeed)
    {
        unchecked
        {
            int h = studySeed;
            foreach (var part in new[] { (int)Family, (int)Truth, (int)Style, K, (int)Math.Round(NoiseLow * 1000), (int)Math.Round(NoiseHigh * 1000) })
            {
                h = (h * 16777619) ^ part;
            }
            h = RatingsTellNoise ? h * 16777619 : h;
            // The grid's scenarios (uniform noise) keep the seeds they had before shapes were added.
            return (Shape == NoiseShape.Uniform ? h : (h * 16777619) ^ (int)Shape) & int.MaxValue;
        }
    }
}
