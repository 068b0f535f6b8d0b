using System;
using System.Globalization;
using ForceEstimates.Aggregation;
using NodaTime;

namespace ForceEstimates.CalibrationStudy;

/// <summary>
/// One simulated round: a known truth, k sources that each see it with their own error (and, by
/// family, a shared origin, a stale date or a biased side), the figures they write as reports, and
/// one more independent source's figure for checking prediction intervals.
/// </summary>
internal sealed class Trial
{
    /// <summary>The as-of date of every aggregate in the study.</summary>
    internal static readonly LocalDate AsOf = new(2025, 3, 31);

    private static readonly string[] Ratings = ["A1", "B2", "C3", "F6"];
    private static readonly SourceKind[] Kinds = [SourceKind.Government, SourceKind.Military, SourceKind.IntelligenceService, SourceKind.NewsAgency, SourceKind.Analyst];

    private Trial(Scenario scenario, double truth, Report[] reports, Statement[] statements, double[] noise, double[] stated, int best, double next)
    {
        Scenario = scenario;
        Truth = truth;
        Reports = reports;
        Statements = statements;
        Noise = noise;
        Stated = stated;
        Best = best;
        Next = next;
    }

    internal Scenario Scenario { get; }

    /// <summary>The true value as of <see cref="AsOf"/>, in the quantity's unit.</summary>
    internal double Truth { get; }

    /// <summary>The reports, as the library sees them.</summary>
    internal Report[] Reports { get; }

    /// <summary>What each source wrote, with the values that give that text (the oracle's knowledge).</summary>
    internal Statement[] Statements { get; }

    /// <summary>Each report's true noise: the standard deviation of its source's error on the analysis scale.</summary>
    internal double[] Noise { get; }

    /// <summary>Each report's figure as a user would take it by hand: the number, a range's midpoint, a vague amount's median.</summary>
    internal double[] Stated { get; }

    /// <summary>The report from the source with the least noise.</summary>
    internal int Best { get; }

    /// <summary>The figure one more independent source would state (same writing rule): what a prediction interval must cover.</summary>
    internal double Next { get; }

    /// <summary>Draws a trial of <paramref name="scenario"/>.</summary>
    internal static Trial Generate(Scenario scenario, Random random)
    {
        var scale = StudyScale.For(scenario.Truth);
        double truth = DrawTruth(scenario.Truth, random);
        int k = scenario.K;
        var quantity = scale.Quantity;
        var reports = new Report[k];
        var statements = new Statement[k];
        var noise = new double[k];
        var stated = new double[k];

        // Shared origins: about half as many origins as reports, each with one error that its outlets repeat.
        int origins = scenario.Family == Family.SharedOrigins ? Math.Max(1, (k + 1) / 2) : k;
        var originError = new double[origins];
        var originNoise = new double[origins];
        for (int o = 0; o < origins; o++)
        {
            originNoise[o] = DrawNoise(scenario, random);
            originError[o] = originNoise[o] * DrawError(scenario, random);
        }
        double drift = scenario.Family == Family.Stale ? Writer.Uniform(random, -0.003, 0.003) : 0;
        int biasedSide = random.Next(2);
        string rating = scenario.Style == WritingStyle.Papers ? "" : "F6";

        int best = 0;
        for (int i = 0; i < k; i++)
        {
            int origin = i % origins;
            double error = originError[origin];
            noise[i] = originNoise[origin];
            string sourceRating = rating.Length > 0 ? rating : "";
            if (scenario.RatingsTellNoise)
            {
                // Drawn here only in this scenario, so that the others keep their random streams.
                sourceRating = Ratings[random.Next(Ratings.Length)];
                double factor = Math.Sqrt(0.49 / RatingWeights.Default.Factor(AdmiraltyRating.Parse(sourceRating)));
                error *= factor;
                noise[i] *= factor;
            }
            if (scenario.Family == Family.SharedOrigins)
            {
                // Outlets restate their origin's figure with a little error of their own.
                error += 0.02 * Gaussian(random);
            }
            int age = scenario.Family == Family.Stale ? random.Next(0, 181) : random.Next(0, 7);
            var side = i % 2 == 0 ? ConflictSide.Ukraine : ConflictSide.Russia;
            double seen = scale.Source(truth, error - (drift * age));
            if (scenario.Family == Family.BiasedSide && i % 2 == biasedSide)
            {
                seen = scale.Biased(seen, 1.5);
            }
            if (scenario.Family == Family.WildSource && i == 0)
            {
                // Drawn here only in this family, so that the others keep their random streams.
                seen = scale.Biased(seen, random.Next(2) == 0 ? scenario.WildFactor : 1 / scenario.WildFactor);
            }
            statements[i] = Writer.Write(seen, scenario.Truth, scenario.Style, random);
            var estimate = Estimate.Parse(statements[i].Text);
            stated[i] = ByHand(estimate);
            var date = AsOf.PlusDays(-age);
            var source = Source.Of(string.Create(CultureInfo.InvariantCulture, $"origin {origin}"), Kinds[origin % Kinds.Length], side);
            var outlet = Source.Of(string.Create(CultureInfo.InvariantCulture, $"outlet {i}"), SourceKind.Outlet, ConflictSide.ThirdParty);
            var provenance = Provenance.Of(source, Citation.Of(outlet, date))
                .WithRating(AdmiraltyRating.Parse(sourceRating.Length > 0 ? sourceRating : Ratings[random.Next(Ratings.Length)]));
            reports[i] = Report.Of(string.Create(CultureInfo.InvariantCulture, $"r{i}"), quantity, estimate, provenance, new DateInterval(date, date), date);
            if (noise[i] < noise[best])
            {
                best = i;
            }
        }
        if (scenario.Family == Family.SharedOrigins && k >= 3 && random.NextDouble() < 0.3)
        {
            // The same report passed twice under another id: it must count once.
            reports[k - 1] = reports[0].WithId("r0-again");
            statements[k - 1] = statements[0];
            stated[k - 1] = stated[0];
            noise[k - 1] = noise[0];
        }

        double nextNoise = DrawNoise(scenario, random);
        double nextSeen = scale.Source(truth, nextNoise * DrawError(scenario, random));
        if (scenario.Family == Family.BiasedSide && random.Next(2) == biasedSide)
        {
            nextSeen = scale.Biased(nextSeen, 1.5);
        }
        double next = ByHand(Estimate.Parse(Writer.Write(nextSeen, scenario.Truth, scenario.Style, random).Text));
        return new Trial(scenario, truth, reports, statements, noise, stated, best, next);
    }

    /// <summary>A figure as a user takes it by hand: the stated number; a range's midpoint; a vague amount's median.</summary>
    internal static double ByHand(Estimate estimate) => estimate.Hedge switch
    {
        HedgeKind.Range => (estimate.Stated.Values[0] + estimate.Stated.Values[1]) / 2,
        HedgeKind.Vague => estimate.Median,
        _ => estimate.Stated.Value,
    };

    private static double DrawTruth(TruthKind kind, Random random) => kind switch
    {
        TruthKind.Count => Math.Exp(Writer.Uniform(random, Math.Log(2_000), Math.Log(200_000))),
        TruthKind.PercentNearHundred => 100 - Math.Exp(Writer.Uniform(random, Math.Log(0.5), Math.Log(10))),
        TruthKind.PercentNearZero => Math.Exp(Writer.Uniform(random, Math.Log(0.5), Math.Log(10))),
        TruthKind.PercentMiddle => Writer.Uniform(random, 20, 80),
        TruthKind.Hundreds => Math.Exp(Writer.Uniform(random, Math.Log(30), Math.Log(3_000))),
        _ => Math.Floor(Math.Exp(Writer.Uniform(random, Math.Log(0.5), Math.Log(40)))),
    };

    /// <summary>A source's noise: uniform between the scenario's bounds, or uniform on their logarithms.</summary>
    internal static double DrawNoise(Scenario scenario, Random random) => scenario.Shape == NoiseShape.LogUniform
        ? Math.Exp(Writer.Uniform(random, Math.Log(scenario.NoiseLow), Math.Log(scenario.NoiseHigh)))
        : Writer.Uniform(random, scenario.NoiseLow, scenario.NoiseHigh);

    /// <summary>An error of standard deviation 1: normal, or Student's t with 3 degrees of freedom divided by √3.</summary>
    internal static double DrawError(Scenario scenario, Random random)
    {
        if (scenario.Shape != NoiseShape.HeavyTails)
        {
            return Gaussian(random);
        }
        double z = Gaussian(random), chiSquare = 0;
        for (int j = 0; j < 3; j++)
        {
            double g = Gaussian(random);
            chiSquare += g * g;
        }
        // t₃ = z/√(χ²₃/3) has variance 3: over √3 it has 1.
        return z / Math.Sqrt(chiSquare);
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    internal static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

/// <summary>The analysis scale of a kind of truth: how errors act on it, and how errors and widths are measured.</summary>
internal sealed class StudyScale
{
    private static readonly StudyScale Counts = new(false, false, Quantity.Of(Metric.Personnel, "troops", "front", Unit.Persons, Statistic.Level));
    private static readonly StudyScale SmallCounts = new(false, true, Quantity.Of(Metric.Losses, "aircraft", "front", Unit.CountOf("aircraft"), Statistic.Level));
    private static readonly StudyScale Shares = new(true, false, Quantity.Of(Metric.Of("share of territory held"), "defenders", "front", Unit.Percent, Statistic.Level));

    private StudyScale(bool share, bool small, Quantity quantity)
    {
        IsShare = share;
        IsSmall = small;
        Quantity = quantity;
    }

    internal bool IsShare { get; }

    internal bool IsSmall { get; }

    internal Quantity Quantity { get; }

    internal static StudyScale For(TruthKind kind) => kind switch
    {
        TruthKind.Count or TruthKind.Hundreds => Counts,
        TruthKind.SmallCount => SmallCounts,
        _ => Shares,
    };

    /// <summary>The scale errors are measured on: log for counts, logit for shares, log(1 + x) for counts near zero.</summary>
    internal double Measure(double x)
        => IsShare ? Math.Log(x / (100 - x)) : IsSmall ? Math.Log(1 + Math.Max(x, 0)) : Math.Log(x);

    /// <summary>The value a source sees: the truth with a relative error (on the logit scale for shares).</summary>
    internal double Source(double truth, double error)
    {
        if (IsShare)
        {
            double logit = Math.Log(truth / (100 - truth)) + error;
            return 100 / (1 + Math.Exp(-logit));
        }
        return truth * Math.Exp(error);
    }

    /// <summary>A value multiplied by a bias factor (on the odds for shares).</summary>
    internal double Biased(double seen, double factor)
        => IsShare ? 100 * factor * seen / (100 - seen + (factor * seen)) : seen * factor;
}
