using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Xunit;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

public class DisagreementTest
{
    /// <summary>
    /// Each point's residual is the externally studentised residual of a weighted mean, computed here directly from the
    /// others: their mean, their weighted sum of squares Q₍₋ᵢ₎ and s² = Q₍₋ᵢ₎/(m − 2) (a textbook leave-one-out refit).
    /// </summary>
    [Property(MaxTest = 200)]
    public bool ResidualsAreStudentisedAgainstALeaveOneOutRefit(PositiveInt seed, bool fixedScale)
    {
        var random = new Random(seed.Get);
        int n = random.Next(3, 12);
        var y = Enumerable.Range(0, n).Select(_ => random.NextDouble() * (random.NextDouble() < 0.5 ? 0.1 : 2)).ToArray();
        var v = Enumerable.Range(0, n).Select(_ => 0.001 + random.NextDouble() * 0.05).ToArray();
        var observations = y.Zip(v, Observation.Point).ToArray();
        var residuals = new double[n];
        var flagged = new bool[n];
        // A prior this wide never clamps the implied noise.
        var prior = NoiseScalePrior.Between(1e-6, 1e6);
        Disagreement.Find(observations, prior, fixedScale, threshold: 1e9, residuals, flagged);
        for (int i = 0; i < n; i++)
        {
            var others = Enumerable.Range(0, n).Where(j => j != i).ToArray();
            double w = others.Sum(j => 1 / v[j]);
            double mean = others.Sum(j => y[j] / v[j]) / w;
            double q = others.Sum(j => (y[j] - mean) * (y[j] - mean) / v[j]);
            double s2 = fixedScale ? 1 : q / (n - 2);
            double expected = (y[i] - mean) / Math.Sqrt(s2 * (v[i] + (1 / w)));
            if (Math.Abs(residuals[i] - expected) > 1e-8 * Math.Max(1, Math.Abs(expected)) || flagged[i])
            {
                return false;
            }
        }
        return true;
    }

    [Fact]
    public void TheOddOneOutIsFlaggedAndTheRestAreNot()
    {
        double[] y = { 9.2, 9.25, 9.21, 9.23, 10.6 };
        double[] v = { 0.01, 0.01, 0.01, 0.01, 0.01 };
        var observations = y.Zip(v, Observation.Point).ToArray();
        var residuals = new double[5];
        var flagged = new bool[5];
        Disagreement.Find(observations, NoiseScalePrior.Default, fixedScale: false, threshold: 1.96, residuals, flagged);
        flagged.Should().Equal(false, false, false, false, true);
        residuals[4].Should().BeGreaterThan(Disagreement.Critical(1.96, 3, 5));
    }

    /// <summary>
    /// Sets of honest reports (normal errors, each its own known variance times one unknown scale) have a report
    /// flagged at the nominal rate: each studentised residual follows t on m − 2 degrees of freedom and is held to
    /// Šidák's share of 5%, so at most 5% of sets (Bonferroni's inequality) whatever the scale, and a fifth of that
    /// per report. 4,000 sets: a Monte Carlo standard error of 0.34 points at 5%.
    /// </summary>
    [Theory]
    [InlineData(0.5)]
    [InlineData(3.0)]
    public void HonestReportsAreFlaggedAtTheNominalRate(double scale)
    {
        var random = new Random(11);
        const int sets = 4_000, k = 5;
        int flags = 0, setsFlagged = 0;
        var residuals = new double[k];
        var flagged = new bool[k];
        var observations = new Observation[k];
        for (int set = 0; set < sets; set++)
        {
            for (int i = 0; i < k; i++)
            {
                double v = 0.005 + (random.NextDouble() * 0.02);
                observations[i] = Observation.Point(scale * Math.Sqrt(v) * Normal(random), v);
            }
            Disagreement.Find(observations, NoiseScalePrior.Default, fixedScale: false, threshold: 1.96, residuals, flagged);
            flags += flagged.Count(f => f);
            setsFlagged += flagged.Any(f => f) ? 1 : 0;
        }
        double rate = setsFlagged / (double)sets;
        // At most nominal (plus 3 standard errors); the prior's lower end only ever raises the implied noise. At scale
        // 0.5 the others' implied noise from 3 degrees of freedom falls below the prior's 0.3 in about a fifth of the
        // sets (χ²₃/3 < 0.36), and is raised to it, so the rate is lower there; at 3 it is near the tests' own 5%.
        rate.Should().BeLessThan(0.05 + 0.0103);
        if (scale >= 1)
        {
            rate.Should().BeGreaterThan(0.035);
        }
        (flags / (double)(sets * k)).Should().BeLessThan((0.05 / k) + 0.0046);
    }

    /// <summary>
    /// The calibration study's case: honest sources whose noise differs four-fold (uniform on 10–40% against a 10%
    /// floor), so not one multiple of their floors. Reports are flagged at no more than the nominal 5% at k = 8 and 20
    /// (testing each at 5% itself flagged 8% and 11% in the study). 1,000 sets: standard error at most 0.25 points.
    /// </summary>
    [Theory]
    [InlineData(8)]
    [InlineData(20)]
    public void HonestReportsWithUnequalNoiseAreFlaggedAtNoMoreThanTheNominalRate(int k)
    {
        var random = new Random(5);
        const int sets = 1_000;
        int flags = 0;
        var residuals = new double[k];
        var flagged = new bool[k];
        var observations = new Observation[k];
        for (int set = 0; set < sets; set++)
        {
            for (int i = 0; i < k; i++)
            {
                double noise = 0.1 + (0.3 * random.NextDouble());
                observations[i] = Observation.Point(noise * Normal(random), 0.01);
            }
            Disagreement.Find(observations, NoiseScalePrior.Default, fixedScale: false, threshold: 1.96, residuals, flagged);
            flags += flagged.Count(f => f);
        }
        (flags / (double)(sets * k)).Should().BeLessThan(0.05);
    }

    /// <summary>
    /// A reading with two finite ends is a point at its middle whose spread is its noise, s²·v, plus its range's uniform
    /// variance r = w²/12, which is known and not scaled. Checked against a direct leave-one-out computation of the moment estimate
    /// s² = (Q − Σ(w − w²/W)·r)/Σ(w − w²/W)·v over the others, with weights w = 1/(v + r).
    /// </summary>
    [Property(MaxTest = 200)]
    public bool RangesAreStudentisedWithTheirRoundingAsKnownVariance(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        int n = random.Next(3, 12);
        var lower = new double[n];
        var r = new double[n];
        var v = new double[n];
        var observations = new Observation[n];
        for (int i = 0; i < n; i++)
        {
            double width = random.NextDouble() < 0.3 ? 0 : random.NextDouble() * 0.6;
            lower[i] = random.NextDouble() * (random.NextDouble() < 0.5 ? 0.2 : 2);
            v[i] = 0.002 + (random.NextDouble() * 0.03);
            r[i] = width * width / 12;
            observations[i] = width == 0 ? Observation.Point(lower[i], v[i]) : Observation.Between(lower[i], lower[i] + width, v[i]);
        }
        var y = lower.Select((l, i) => l + Math.Sqrt(12 * r[i]) / 2).ToArray();
        var residuals = new double[n];
        var flagged = new bool[n];
        const double lowest = 1e-3, highest = 1e3;
        Disagreement.Find(observations, NoiseScalePrior.Between(lowest, highest), fixedScale: false, threshold: 1e9, residuals, flagged);
        for (int i = 0; i < n; i++)
        {
            var others = Enumerable.Range(0, n).Where(j => j != i).ToArray();
            double Weight(int j) => 1 / (v[j] + r[j]);
            double w = others.Sum(Weight);
            double mean = others.Sum(j => Weight(j) * y[j]) / w;
            double q = others.Sum(j => Weight(j) * (y[j] - mean) * (y[j] - mean));
            double noise = others.Sum(j => (Weight(j) - (Weight(j) * Weight(j) / w)) * v[j]);
            double rounding = others.Sum(j => (Weight(j) - (Weight(j) * Weight(j) / w)) * r[j]);
            double s2 = q <= rounding ? lowest * lowest : Math.Clamp((q - rounding) / noise, lowest * lowest, highest * highest);
            double meanVariance = others.Sum(j => Weight(j) * Weight(j) * ((s2 * v[j]) + r[j])) / (w * w);
            double expected = (y[i] - mean) / Math.Sqrt((s2 * v[i]) + r[i] + meanVariance);
            if (Math.Abs(residuals[i] - expected) > 1e-7 * Math.Max(1, Math.Abs(expected)) || flagged[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Round figures are rounding bins wider than their noise at the floor; they count as points, so a far figure among
    /// them is flagged: "about 10,000" three times, "about 12,000" and "100,000" (before 2026-12-05 no bin was narrow
    /// enough to count, and nothing could be flagged).
    /// </summary>
    [Fact]
    public void AFarFigureAmongRoundFiguresIsFlagged()
    {
        var reports = new[] { "about 10,000", "10,000", "about 12,000", "about 10,000", "100,000" }
            .Select((text, i) => ReportFixtures.Figure($"r{i}", text, ((char)('A' + i)).ToString()))
            .ToArray();
        var aggregate = Aggregate.Of(reports, ReportFixtures.AsOf);
        aggregate.Contributions.Select(c => c.Disagrees).Should().Equal(false, false, false, false, true);
        aggregate.Contributions[4].StandardizedResidual.Should().BeGreaterThan(Disagreement.Critical(1.96, 2, 5));
        // Without the far figure nothing is flagged.
        Aggregate.Of(reports.Take(4).ToArray(), ReportFixtures.AsOf).Contributions.Should().NotContain(c => c.Disagrees);
    }

    /// <summary>
    /// Honest figures rounded as papers write them (one or two significant figures, so bins as wide as 10–40% of the
    /// value) from sources whose noise is the floor's (10%) or differs four-fold (5–20%). Exact figures hold Šidák's
    /// share, so a set has a flag at most 5% of the time; with bins as coarse as the noise the moment estimate's rounding
    /// credit (Sheppard's w²/12) overstates what identical bins spread, the noise multiple comes out low, and a set at
    /// k = 20 has a flag in 11–18% of trials, though a report is flagged in under 1% (the issue's "honest reports
    /// flagged at no more than the nominal rate"). Asserted: under 2% a report, and at k = 5 the nominal 5% a set within
    /// two standard errors (2,000 sets: 0.5 points).
    /// </summary>
    [Theory]
    [InlineData(5, false)]
    [InlineData(5, true)]
    [InlineData(8, false)]
    [InlineData(20, false)]
    [InlineData(20, true)]
    public void HonestRoundedFiguresAreRarelyFlagged(int k, bool unequal)
    {
        var random = new Random(17 + k);
        const int sets = 2_000;
        int setsFlagged = 0, flags = 0;
        var residuals = new double[k];
        var flagged = new bool[k];
        var observations = new Observation[k];
        for (int set = 0; set < sets; set++)
        {
            double truth = Math.Log(3_000 + (random.NextDouble() * 60_000));
            for (int i = 0; i < k; i++)
            {
                double noise = unequal ? 0.05 + (0.15 * random.NextDouble()) : 0.1;
                double value = Math.Exp(truth + (noise * Normal(random)));
                double step = Math.Pow(10, Math.Floor(Math.Log10(value)) - (random.NextDouble() < 0.5 ? 0 : 1));
                double written = Math.Round(value / step) * step;
                observations[i] = Observation.Between(Math.Log(written - (step / 2)), Math.Log(written + (step / 2)), 0.01);
            }
            Disagreement.Find(observations, NoiseScalePrior.Default, fixedScale: false, threshold: 1.96, residuals, flagged);
            setsFlagged += flagged.Any(f => f) ? 1 : 0;
            flags += flagged.Count(f => f);
        }
        (flags / (double)(sets * k)).Should().BeLessThan(0.02);
        if (k == 5)
        {
            (setsFlagged / (double)sets).Should().BeLessThan(0.05 + 0.01);
        }
    }

    [Fact]
    public void ABoundIsFlaggedOnlyWhenTheMeanLiesBeyondIt()
    {
        double[] y = { 9.2, 9.25, 9.21, 9.23 };
        var observations = y.Select(x => Observation.Point(x, 0.01))
            .Append(Observation.AtLeast(9.0, 0.01))
            .Append(Observation.AtLeast(10.5, 0.01))
            .ToArray();
        var residuals = new double[6];
        var flagged = new bool[6];
        Disagreement.Find(observations, NoiseScalePrior.Default, fixedScale: false, threshold: 1.96, residuals, flagged);
        residuals[4].Should().Be(0);
        flagged[4].Should().BeFalse();
        flagged[5].Should().BeTrue();
    }

    /// <summary>
    /// With six points or fewer the test is the predictive one under the noise prior. With a prior too wide to bind
    /// (0.01 to 100) and exact figures, the posterior of the noise multiple is Jeffreys' and the predictive is Student's t
    /// on m − 2 degrees of freedom: a point flagged by one test is flagged by the other, away from the critical value
    /// (the grid's integral is checked to a fifth of it).
    /// </summary>
    [Property(MaxTest = 300)]
    public bool WithAPriorThatDoesNotBindThePredictiveTestIsStudentsT(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        int n = random.Next(3, 7);
        var v = Enumerable.Range(0, n).Select(_ => 0.005 + (random.NextDouble() * 0.02)).ToArray();
        var y = v.Select(x => Math.Sqrt(x) * Normal(random)).ToArray();
        // The last point pushed out by a random distance, so the cases straddle the critical value.
        y[n - 1] += random.NextDouble() * 30 * Math.Sqrt(v[n - 1]);
        var observations = y.Zip(v, Observation.Point).ToArray();
        var residuals = new double[n];
        var flagged = new bool[n];
        Disagreement.Find(observations, NoiseScalePrior.Between(0.01, 100), fixedScale: false, threshold: 1.96, residuals, flagged);
        double critical = Disagreement.Critical(1.96, n - 2, n);
        double t = Math.Abs(residuals[n - 1]);
        // Only the first round's candidates can be flagged: a clear candidate is, a clear non-candidate is not.
        return t > 1.2 * critical ? flagged[n - 1] : t < 0.8 * critical ? !flagged[n - 1] : true;
    }

    /// <summary>
    /// Three reports, two that agree and a third ten times theirs: Student's t on one degree of freedom (the others' spread
    /// from a single difference) needs a residual of 37 at Šidák's share of 5% among three, which lets a tenfold figure
    /// pass (its residual is about 16); the noise prior holds sources to at most about ten times their floor, and the
    /// predictive test under it flags the tenfold figure. The heavy-tailed centre then judges the readings against the
    /// agreeing pair's noise, so the value lies with them (18,900 before, with the far figure's share 21%).
    /// </summary>
    [Fact]
    public void ATenfoldFigureAmongThreeIsFlaggedAndTheValueStaysWithTheOtherTwo()
    {
        var reports = new[] { "about 10,000", "about 11,000", "100,000" }
            .Select((text, i) => ReportFixtures.Figure($"r{i}", text, ((char)('A' + i)).ToString()))
            .ToArray();
        var aggregate = Aggregate.Of(reports, ReportFixtures.AsOf);
        aggregate.Contributions.Select(c => c.Disagrees).Should().Equal(false, false, true);
        aggregate.Contributions[2].StandardizedResidual.Should().BeLessThan(Disagreement.Critical(1.96, 1, 3));
        aggregate.Value.Should().BeInRange(9_500, 12_500);
        aggregate.Contributions[2].Share.Should().BeLessThan(0.01);
        // The interval still reaches where the centre at the whole fit's noise would have been.
        aggregate.ConfidenceInterval.Upper.Should().BeGreaterThan(18_000);
        // A threefold figure among three is not told from a noisy set.
        var threefold = new[] { "about 10,000", "about 11,000", "30,000" }
            .Select((text, i) => ReportFixtures.Figure($"r{i}", text, ((char)('A' + i)).ToString()))
            .ToArray();
        Aggregate.Of(threefold, ReportFixtures.AsOf).Contributions.Should().NotContain(c => c.Disagrees);
    }

    /// <summary>
    /// An open bound ("more than 100,000" read as open censoring) among two figures that agree: the two give one degree
    /// of freedom, Student's t would need a distance of 37 of its units at Šidák's share among three (a one-sided tail of
    /// 0.4%), and the predictive under the noise prior flags it, as it flags the same figure read as a point. A bound the
    /// mean lies on the right side of is never flagged.
    /// </summary>
    [Fact]
    public void AFarOpenBoundAmongThreeIsFlagged()
    {
        double[] y = { 9.21, 9.30 };
        var observations = y.Select(x => Observation.Point(x, 0.01))
            .Append(Observation.AtLeast(Math.Log(100_000), 0.01))
            .Append(Observation.AtLeast(Math.Log(8_000), 0.01))
            .ToArray();
        var residuals = new double[4];
        var flagged = new bool[4];
        Disagreement.Find(observations, NoiseScalePrior.Default, fixedScale: false, threshold: 1.96, residuals, flagged);
        residuals[2].Should().BeLessThan(Disagreement.Critical(1.96, 1, 4));
        flagged.Should().Equal(false, false, true, false);
        residuals[3].Should().Be(0);
        // Through the aggregate, with bounds read as open.
        var reports = new[] { "about 10,000", "about 11,000", "more than 100,000" }
            .Select((text, i) => ReportFixtures.Figure($"r{i}", text, ((char)('A' + i)).ToString()))
            .ToArray();
        Aggregate.Of(reports, ReportFixtures.AsOf, AggregationOptions.Default with { BoundedClaims = BoundedClaims.Censored })
            .Contributions.Select(c => c.Disagrees).Should().Equal(false, false, true);
    }

    /// <summary>
    /// Honest sets of three to six under the predictive test. Where every source is one multiple of its floor, inside the
    /// prior's range (0.5 to 4 times), a set has a flag in at most 5% of trials (Šidák's share per report), plus three
    /// Monte Carlo standard errors (4,000 sets: 0.34 points); measured 0–3.4% (Student's t had 0–0.3%: the prior's
    /// range is what lets the test reach its level with so few reports). Where the sources' noise is spread four-fold
    /// (10–40% against a 10% floor: not one multiple of the floors) a set of six has a flag in 7.6% of trials, as
    /// Student's t had (7.55%), and a report is flagged in about 1.3%: asserted under 2% a report.
    /// </summary>
    [Theory]
    [InlineData(3, 0.5)]
    [InlineData(3, 1.0)]
    [InlineData(3, 4.0)]
    [InlineData(3, 0)]
    [InlineData(4, 1.0)]
    [InlineData(4, 0)]
    [InlineData(6, 0)]
    public void HonestSmallSetsAreFlaggedAtNoMoreThanTheNominalRate(int k, double scale)
    {
        var random = new Random(23 + k);
        const int sets = 4_000;
        int setsFlagged = 0;
        var residuals = new double[k];
        var flagged = new bool[k];
        var observations = new Observation[k];
        int flags = 0;
        for (int set = 0; set < sets; set++)
        {
            for (int i = 0; i < k; i++)
            {
                // Scale 0: each source's own noise, uniform on 10–40% against the 10% floor.
                double noise = scale > 0 ? scale * 0.1 : 0.1 + (0.3 * random.NextDouble());
                observations[i] = Observation.Point(noise * Normal(random), 0.01);
            }
            Disagreement.Find(observations, NoiseScalePrior.Default, fixedScale: false, threshold: 1.96, residuals, flagged);
            setsFlagged += flagged.Any(f => f) ? 1 : 0;
            flags += flagged.Count(f => f);
        }
        if (scale > 0)
        {
            (setsFlagged / (double)sets).Should().BeLessThan(0.05 + 0.0103);
        }
        (flags / (double)(sets * k)).Should().BeLessThan(0.02);
    }

    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

public class DisagreementAtScaleTest
{
    [Fact]
    public void ManyReportsAboutOneQuantityAggregateWithEveryMethod()
    {
        var reports = Enumerable.Range(0, 3_000)
            .Select(i => ReportFixtures.Figure("r" + i, (10_000 + (i % 97) * 20).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), origin: "origin " + (i % 500)))
            .ToArray();
        foreach (var method in Enum.GetValues<AggregationMethod>())
        {
            var aggregate = Aggregate.Of(reports, ReportFixtures.AsOf, AggregationOptions.Default with { Method = method });
            aggregate.Value.Should().BeInRange(10_000, 12_000, method.ToString());
            aggregate.IndependentOrigins.Should().Be(500);
        }
    }
}
