using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.CalibrationStudy;
using Xunit;

namespace ForceEstimates.Tests.Calibration;

/// <summary>
/// The calibration study (tools/CalibrationStudy) in a short seeded form: its pieces against closed forms,
/// its oracle against the nominal rate, and the chosen method against the targets with tolerances
/// from the Monte Carlo error (the recorded figures come from the full run, 2,000 trials per scenario).
/// </summary>
public class CalibrationStudyTest
{
    private const int Seed = 20250331;

    [Theory]
    [InlineData(12_345, 2, 12_000)]
    [InlineData(9_960, 2, 10_000)]
    [InlineData(10_949, 3, 10_900)]
    [InlineData(0.73, 1, 0.7)]
    public void RoundsToSignificantFigures(double value, int digits, double expected)
        => Rounding.Significant(value, digits).Should().BeApproximately(expected, 1e-9 * expected);

    [Theory]
    [InlineData(0.10, 0.40)]
    [InlineData(0.05, 0.30)]
    [InlineData(0.10, 0.20)]
    public void TheBoundLiesBetweenTheOracleAndEqualWeights(double low, double high)
    {
        var (equal, best) = Bound.Ratios(low, high);
        // E[σ²] and E[1/σ²] for σ uniform on [low, high], in closed form.
        double meanSquare = ((high * high * high) - (low * low * low)) / (3 * (high - low));
        double meanInverse = ((1 / low) - (1 / high)) / (high - low);
        equal.Should().BeApproximately(Math.Sqrt(meanSquare * meanInverse), 1e-4);
        // Cramér–Rao: no better than the oracle, no worse than equal weights (which ignore what the errors' shape says).
        best.Should().BeGreaterThan(1).And.BeLessThan(equal);
        // Only the ratio of the ends matters.
        Bound.Ratios(low / 2, high / 2).Best.Should().BeApproximately(best, 1e-6);
    }

    [Fact]
    public void TheCheckGridsNoiseShapesDrawWhatTheySay()
    {
        // Log-uniform noise over 5–50%: inside the bounds, its median the geometric mean √(0.05·0.5) = 0.158.
        var logUniform = new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Papers, 5, 0.05, 0.50, Shape: NoiseShape.LogUniform);
        var random = new Random(Seed);
        var noise = Enumerable.Range(0, 20_000).Select(_ => Trial.DrawNoise(logUniform, random)).OrderBy(x => x).ToArray();
        noise[0].Should().BeGreaterThanOrEqualTo(0.05);
        noise[^1].Should().BeLessThanOrEqualTo(0.50);
        noise[noise.Length / 2].Should().BeApproximately(Math.Sqrt(0.05 * 0.5), 0.008);

        // Student's t₃ over √3: variance 1, but its median |ε| is 0.7649/√3 = 0.442 (the normal's 0.674) and 1.38% of
        // draws lie beyond 3 (|t₃| > 5.196; the normal's 0.27%). Binomial standard errors at 40,000 draws: 0.0035 and 0.0006.
        var heavy = logUniform with { Shape = NoiseShape.HeavyTails };
        var errors = Enumerable.Range(0, 40_000).Select(_ => Math.Abs(Trial.DrawError(heavy, random))).OrderBy(x => x).ToArray();
        errors[errors.Length / 2].Should().BeApproximately(0.7649 / Math.Sqrt(3), 0.012);
        errors.Count(e => e > 3).Should().BeInRange(40_000 * 138 / 10_000 - 100, 40_000 * 138 / 10_000 + 100);
        var normal = Enumerable.Range(0, 40_000).Select(_ => Math.Abs(Trial.DrawError(logUniform, random))).OrderBy(x => x).ToArray();
        normal[normal.Length / 2].Should().BeApproximately(0.6745, 0.012);
    }

    [Fact]
    public void EqualNoiseHasNothingToLearnAndTheTFactorIsStudents()
    {
        var (equal, best) = Bound.Ratios(0.1, 0.1);
        equal.Should().BeApproximately(1, 1e-9);
        best.Should().BeApproximately(1, 1e-3);
        // t(7) 97.5% = 2.3646, median of χ²(7) = 6.3458: 2.3646·√(6.3458/7)/1.95996.
        Bound.UnknownScale(8).Should().BeApproximately(2.3646 * Math.Sqrt(6.3458 / 7) / 1.95996, 1e-3);
    }

    [Theory]
    [InlineData(10_000, 1, 9_500, 15_000)] // below a power of ten the next digit is finer: 9,600 rounds to 10,000
    [InlineData(12_000, 2, 11_500, 12_500)]
    [InlineData(10_900, 3, 10_850, 10_950)]
    [InlineData(60_000, 1, 55_000, 65_000)]
    public void TheBinOfARoundedNumberHoldsWhatRoundsToIt(double rounded, int digits, double low, double high)
    {
        var (binLow, binHigh) = Rounding.Bin(rounded, digits);
        binLow.Should().BeApproximately(low, 1e-9 * low);
        binHigh.Should().BeApproximately(high, 1e-9 * high);
        Rounding.Significant(binLow * 1.000001, digits).Should().BeApproximately(rounded, 1e-9 * rounded);
        Rounding.Significant(binHigh * 0.999999, digits).Should().BeApproximately(rounded, 1e-9 * rounded);
    }

    [Theory]
    [InlineData("Count", "Papers")]
    [InlineData("Count", "Plain")]
    [InlineData("Count", "Coarse")]
    [InlineData("Count", "NiceNumbers")]
    [InlineData("PercentNearHundred", "Papers")]
    [InlineData("PercentNearZero", "Papers")]
    [InlineData("SmallCount", "Papers")]
    [InlineData("Count", "Wire")]
    [InlineData("Hundreds", "Wire")]
    [InlineData("Hundreds", "Papers")]
    [InlineData("PercentMiddle", "Papers")]
    [InlineData("PercentMiddle", "Wire")]
    public void EveryWrittenFigureParsesAndHoldsTheValueBehindIt(string truthKind, string writingStyle)
    {
        var truth = Enum.Parse<TruthKind>(truthKind);
        var style = Enum.Parse<WritingStyle>(writingStyle);
        var random = new Random(Seed);
        for (int i = 0; i < 2_000; i++)
        {
            double x = truth switch
            {
                TruthKind.Count => Math.Exp(Writer.Uniform(random, Math.Log(500), Math.Log(5e6))),
                TruthKind.PercentNearHundred => 100 - Math.Exp(Writer.Uniform(random, Math.Log(0.2), Math.Log(20))),
                TruthKind.PercentNearZero => Math.Exp(Writer.Uniform(random, Math.Log(0.2), Math.Log(20))),
                TruthKind.PercentMiddle => Writer.Uniform(random, 5, 95),
                TruthKind.Hundreds => Math.Exp(Writer.Uniform(random, Math.Log(10), Math.Log(20_000))),
                _ => Math.Exp(Writer.Uniform(random, Math.Log(0.3), Math.Log(60))),
            };
            var statement = Writer.Write(x, truth, style, random);
            Estimate.TryParse(statement.Text, out var estimate).Should().BeTrue($"\"{statement.Text}\" is written for the library to read");
            x.Should().BeInRange(statement.Lower * (1 - 1e-12), statement.Upper * (1 + 1e-12), $"\"{statement.Text}\" was written for {x}");
            var stated = estimate!.Stated;
            switch (estimate.Hedge)
            {
                case HedgeKind.Above or HedgeKind.AtLeast:
                    stated.Value.Should().BeApproximately(statement.Lower, 1e-9 * statement.Lower, statement.Text);
                    break;
                case HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below:
                    stated.Value.Should().BeApproximately(statement.Upper, 1e-9 * statement.Upper, statement.Text);
                    break;
                case HedgeKind.Range or HedgeKind.Vague:
                    stated.Values[0].Should().BeApproximately(statement.Lower, 1e-9 * statement.Lower, statement.Text);
                    stated.Values[1].Should().BeApproximately(statement.Upper, 1e-9 * statement.Upper, statement.Text);
                    break;
                default:
                    stated.Value.Should().BeInRange(statement.Lower, statement.Upper, statement.Text);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("Plain", 3, 0.10, 0.40)]
    [InlineData("Papers", 5, 0.10, 0.20)]
    [InlineData("Coarse", 8, 0.05, 0.05)]
    public void TheOracleCoversAtTheNominalRate(string writingStyle, int k, double low, double high)
    {
        var style = Enum.Parse<WritingStyle>(writingStyle);
        // The oracle's interval is exact for the writing rule up to the rule's unequal chances of each hedge, so
        // its coverage is 95% within the Monte Carlo error: 3.5 standard errors of a proportion over 400 trials.
        var scenario = new Scenario(Family.Honest, TruthKind.Count, style, k, low, high);
        var result = new Study([], 400, Seed, 2).Run(scenario);
        result.OracleCoverage.Should().BeApproximately(0.95, 3.5 * Math.Sqrt(0.95 * 0.05 / 400));
    }

    /// <summary>Where ratings tell noise, each source's noise is its drawn noise times √(0.49 / f) of its rating's default factor f.</summary>
    [Fact]
    public void WhereRatingsTellNoiseAnA1SourceIsSevenTenthsAsNoisyAsAnF6()
    {
        var scenario = new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Papers, 8, 0.10, 0.20, RatingsTellNoise: true);
        var random = new Random(Seed);
        int a1 = 0, f6 = 0;
        for (int n = 0; n < 100; n++)
        {
            var trial = Trial.Generate(scenario, random);
            for (int i = 0; i < trial.Reports.Length; i++)
            {
                double factor = RatingWeights.Default.Factor(trial.Reports[i].Provenance.Rating);
                double drawn = trial.Noise[i] / Math.Sqrt(0.49 / factor);
                drawn.Should().BeInRange(0.10, 0.20);
                a1 += factor == 1 ? 1 : 0;
                f6 += trial.Reports[i].Provenance.Rating == AdmiraltyRating.Parse("F6") ? 1 : 0;
            }
        }
        // Four ratings drawn equally often: 200 of 800 each, binomial standard deviation 12.
        a1.Should().BeInRange(150, 250);
        f6.Should().BeInRange(150, 250);
    }

    [Fact]
    public void AStudyGivesTheSameFiguresWhateverTheThreads()
    {
        var scenario = new Scenario(Family.SharedOrigins, TruthKind.Count, WritingStyle.Papers, 5, 0.10, 0.40);
        var methods = MethodSets.Named("library default");
        var one = new Study(methods, 150, Seed, 1).Run(scenario);
        var two = new Study(methods, 150, Seed, 2).Run(scenario);
        two.Methods.Should().BeEquivalentTo(one.Methods);
        two.MeanError.Should().Be(one.MeanError);
        two.OracleWidth.Should().Be(one.OracleWidth);
    }

    private static readonly Scenario[] HonestScenarios =
    [
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Plain, 3, 0.10, 0.40),
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Papers, 5, 0.10, 0.20),
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Papers, 8, 0.20, 0.40),
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Coarse, 8, 0.05, 0.05),
        new Scenario(Family.Honest, TruthKind.PercentNearHundred, WritingStyle.Papers, 5, 0.10, 0.40),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TheChosenMethodMeetsTheTargetsInHonestScenarios(int index)
    {
        var scenario = HonestScenarios[index];
        var result = MeetsTargets(scenario, "censored all, noise scale, flat [0.3, 10]", capped: scenario.NoiseLow >= 0.10);
        result.FlagRate.Should().BeLessThanOrEqualTo(0.05 + 0.02, "honest reports are flagged at no more than the nominal 5%");
    }

    /// <summary>
    /// Runs <paramref name="scenario"/> for 300 trials under <paramref name="methods"/> (one method) and checks the issue's
    /// targets with tolerances of 3 Monte Carlo standard errors (a coverage of 95% has one of 1.26% at 300 trials): no
    /// failure and no result off its scale; coverage at least 93% (90% at k = 2) and, where <paramref name="capped"/>, at
    /// most 97%; a point error no worse than the better hand method's by more than two of its standard errors.
    /// </summary>
    private static MethodSummary MeetsTargets(Scenario scenario, string methods, bool capped)
    {
        const int trials = 300;
        var result = new Study(MethodSets.Named(methods), trials, Seed, 2).Run(scenario).Methods.Single();
        double tolerance = 3 * Math.Sqrt(0.95 * 0.05 / trials);
        result.Failures.Should().Be(0);
        result.OutOfRange.Should().Be(0);
        result.Coverage.Mean.Should().BeGreaterThanOrEqualTo((scenario.K >= 3 ? 0.93 : 0.90) - tolerance, "the 95% interval holds the truth at the issue's target");
        if (capped)
        {
            result.Coverage.Mean.Should().BeLessThanOrEqualTo(0.97 + tolerance, "with noise at or above the floor the interval is not needlessly wide");
        }
        result.ExcessOverBetterHand.Mean.Should().BeLessThanOrEqualTo(2 * result.ExcessOverBetterHand.StandardError,
            "the estimate is no worse than the better of the mean and the median of the stated figures");
        return result;
    }

    private static readonly Scenario[] LibraryScenarios =
    [
        // "over 99%" once put the aggregate on the natural scale at 100%: +0.64 on the logit scale against the hand methods at k = 2.
        new Scenario(Family.Honest, TruthKind.PercentNearHundred, WritingStyle.Papers, 2, 0.10, 0.40),
        new Scenario(Family.Honest, TruthKind.PercentNearHundred, WritingStyle.Papers, 3, 0.10, 0.40),
        // Interval ends of whole counts once mapped back an ulp above the count (e^(ln 3) > 3): 88.8% at k = 20.
        new Scenario(Family.Honest, TruthKind.SmallCount, WritingStyle.Papers, 20, 0.10, 0.40),
        // Sources whose noise differs six-fold (the check mix): one noise multiple counted k − 1 degrees of freedom, 92.1% at k = 8.
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.NiceNumbers, 8, 0.05, 0.30),
        // Ratings that say how noisy a source is, next to the papers' mix whose ratings say nothing.
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Papers, 8, 0.10, 0.20, RatingsTellNoise: true),
    ];

    /// <summary>
    /// Honest sources the normal model does not describe (check grid): noise over the whole 5–40% in one
    /// population, ten-fold noise, wild figures. Under normal errors the centre was 0.008, 0.009 and 0.007 worse than
    /// the median of the stated figures at k = 8 (2,000 trials); with Student's t tails it is no worse.
    /// </summary>
    private static readonly Scenario[] HeavyTailScenarios =
    [
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Plain, 8, 0.05, 0.40),
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Papers, 8, 0.05, 0.50, Shape: NoiseShape.LogUniform),
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Papers, 8, 0.10, 0.30, Shape: NoiseShape.HeavyTails),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void TheCentreIsNoWorseThanTheMedianWhenSourcesDifferManyFold(int index)
    {
        // 1,000 trials (a fraction of a second): the excess's standard error is about 0.0015, so the normal centre's
        // +0.007 to +0.009 sits 5–6 of them above the bound and the t centre (−0.001 to +0.002 at 2,000 trials) below it.
        var scenario = HeavyTailScenarios[index];
        var result = new Study(MethodSets.Named("library default"), 1_000, Seed, 2).Run(scenario).Methods.Single();
        result.ExcessOverBetterHand.Mean.Should().BeLessThanOrEqualTo(2 * result.ExcessOverBetterHand.StandardError,
            "the estimate is no worse than the better of the mean and the median of the stated figures");
        result.Coverage.Mean.Should().BeGreaterThanOrEqualTo(0.93 - (3 * Math.Sqrt(0.95 * 0.05 / 1_000)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TheLibraryMeetsTheTargetsWhereItOnceMissed(int index)
    {
        var scenario = LibraryScenarios[index];
        MeetsTargets(scenario, "library default", capped: scenario.K >= 3);
    }

    /// <summary>
    /// The second check mix (<c>--stress</c>), written after the method was chosen: wire copy's hedges with open bounds up
    /// to 20% from the value, counts of tens to thousands ("dozens", "a few hundred"), shares in the middle of the scale,
    /// t₃ errors. At 2,000 trials these cells covered 95.0–96.8% with errors 0.001–0.013 below the better hand method.
    /// </summary>
    private static readonly Scenario[] SecondCheckScenarios =
    [
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Wire, 8, 0.10, 0.30),
        new Scenario(Family.Honest, TruthKind.Hundreds, WritingStyle.Papers, 20, 0.05, 0.20),
        new Scenario(Family.Honest, TruthKind.PercentMiddle, WritingStyle.Wire, 5, 0.05, 0.20),
        new Scenario(Family.Honest, TruthKind.Count, WritingStyle.Wire, 20, 0.05, 0.40, Shape: NoiseShape.HeavyTails),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheLibraryMeetsTheTargetsOnTheSecondCheckMix(int index)
    {
        // Noise below the floor in two cells: no 97% cap.
        MeetsTargets(SecondCheckScenarios[index], "library default", capped: false);
    }
}
