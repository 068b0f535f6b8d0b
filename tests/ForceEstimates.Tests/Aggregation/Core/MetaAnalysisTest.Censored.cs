using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Tests.Reference;
using MathNet.Numerics.Distributions;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>The censored (and weighted) maximum-likelihood fit.</summary>
public partial class MetaAnalysisTest
{
    private static readonly double[] TroopEffects = [Math.Log(10_000), Math.Log(12_000), Math.Log(10_900), Math.Log(11_000)];
    private static readonly double[] TroopVariances = [0.01, 0.02, 0.01, 0.015];

    /// <summary>Five points that disagree, with bounds of all three kinds, and uneven weights.</summary>
    private static readonly Observation[] MixedObservations =
    [
        .. Points([Math.Log(10_000), Math.Log(12_000), Math.Log(10_900), Math.Log(11_000), Math.Log(14_000)], [0.004, 0.004, 0.002, 0.003, 0.006]),
        Observation.AtLeast(Math.Log(10_000), 0.002),
        Observation.Between(Math.Log(11_000), Math.Log(20_000), 0.002),
        Observation.AtMost(Math.Log(15_000), 0.004),
    ];

    private static readonly double[] MixedWeights = [1, 0.5, 1, 2, 1, 1, 0.7, 1];

    private static Observation[] Points(double[] effects, double[] variances)
        => effects.Select((y, i) => Observation.Point(y, variances[i])).ToArray();

    /// <summary>An independent log-likelihood (MathNet's normal distribution), to check the maximum against.</summary>
    private static double ReferenceLogLikelihood(Observation[] observations, double[]? weights, double mean, double tau2)
    {
        var total = 0.0;
        for (var i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            var sd = Math.Sqrt(o.Variance + tau2);
            var term = o.Form switch
            {
                ClaimForm.Point => Normal.PDFLn(mean, sd, o.Lower),
                ClaimForm.AtMost => Math.Log(Normal.CDF(mean, sd, o.Upper)),
                ClaimForm.AtLeast => Math.Log(1 - Normal.CDF(mean, sd, o.Lower)),
                _ => Math.Log(Normal.CDF(mean, sd, o.Upper) - Normal.CDF(mean, sd, o.Lower)),
            };
            total += (weights?[i] ?? 1.0) * term;
        }
        return total;
    }

    [Theory]
    [InlineData("bcg")]
    [InlineData("kacker2004")]
    [InlineData("clasp")]
    [InlineData("k2")]
    [InlineData("equal_effects")]
    [InlineData("large_heterogeneity")]
    [InlineData("log_counts")]
    [InlineData("random8_3")]
    public void WithOnlyPointsAndUnitWeightsCensoredFitEqualsMaximumLikelihood(string dataSet)
    {
        var (y, v) = MetaforReference.Data(MetaforReference.DataSet("extended", dataSet));
        var expected = MetaAnalysis.Fit(y, v, TauSquaredMethod.MaximumLikelihood);
        var observations = Points(y, v);
        foreach (var weights in new[] { Array.Empty<double>(), Enumerable.Repeat(1.0, y.Length).ToArray() })
        {
            var fit = MetaAnalysis.FitCensored(observations, weights);
            var check = new FigureComparison();
            check.Close(fit.Mean, expected.Mean, "mean");
            check.Close(fit.StandardError, expected.StandardError, "se");
            check.Close(fit.TauSquared, expected.TauSquared, "tau2", 1e-6, 1e-9 * (1 + v.Max()));
            check.Close(fit.ISquared, expected.ISquared, "I2", 1e-6, 1e-6);
            check.Close(fit.HSquared, expected.HSquared, "H2");
            check.Close(fit.Q, expected.Q, "Q");
            check.Close(fit.ConfidenceInterval.Lower, expected.ConfidenceInterval.Lower, "ci_lb");
            check.Close(fit.PredictionInterval.Upper, expected.PredictionInterval.Upper, "pi_ub");
            check.AssertAll();
            fit.Status.Should().Be(MetaAnalysisStatus.Converged);
        }
    }

    [Fact]
    public void FixedEffectCensoredFitWithOnlyPointsEqualsFixedEffect()
    {
        var expected = MetaAnalysis.Fit(TroopEffects, TroopVariances, TauSquaredMethod.FixedEffect);
        var fit = MetaAnalysis.FitCensored(Points(TroopEffects, TroopVariances), [], TauSquaredMethod.FixedEffect);
        fit.Mean.Should().BeApproximately(expected.Mean, 1e-12);
        fit.StandardError.Should().BeApproximately(expected.StandardError, 1e-12);
        fit.TauSquared.Should().Be(0);
        fit.ISquared.Should().BeApproximately(expected.ISquared, 1e-9);
    }

    [Fact]
    public void ARightCensoredClaimPullsTheMeanUpComparedWithDroppingIt()
    {
        var points = Points(TroopEffects, TroopVariances);
        var without = MetaAnalysis.FitCensored(points, []);
        // "more than 11,500": above most of the point values.
        var with = MetaAnalysis.FitCensored([.. points, Observation.AtLeast(Math.Log(11_500), 0.01)], []);
        with.Mean.Should().BeGreaterThan(without.Mean);
        with.Count.Should().Be(5);
        with.Q.Should().BeApproximately(without.Q, 1e-12, "Q is computed on the point observations only");
    }

    [Fact]
    public void ALeftCensoredClaimPullsTheMeanDown()
    {
        var points = Points(TroopEffects, TroopVariances);
        var without = MetaAnalysis.FitCensored(points, []);
        var with = MetaAnalysis.FitCensored([.. points, Observation.AtMost(Math.Log(10_500), 0.01)], []);
        with.Mean.Should().BeLessThan(without.Mean);
    }

    [Fact]
    public void ABoundFarOnTheOtherSideBarelyMatters()
    {
        var points = Points(TroopEffects, TroopVariances);
        var without = MetaAnalysis.FitCensored(points, []);
        // "more than 1,000" says almost nothing about a mean near 11,000.
        var with = MetaAnalysis.FitCensored([.. points, Observation.AtLeast(Math.Log(1_000), 0.01)], []);
        with.Mean.Should().BeApproximately(without.Mean, 1e-9);
    }

    [Fact]
    public void TheCensoredMaximumBeatsEveryPointOfABruteForceGridAndHasZeroGradient()
    {
        var observations = MixedObservations;
        var weights = MixedWeights;
        var fit = MetaAnalysis.FitCensored(observations, weights);
        fit.TauSquared.Should().BeGreaterThan(0, "the points disagree more than their variances allow");
        var best = ReferenceLogLikelihood(observations, weights, fit.Mean, fit.TauSquared);

        for (var mean = fit.Mean - 0.3; mean <= fit.Mean + 0.3; mean += 0.003)
        {
            for (var tau2 = 0.0; tau2 <= 0.2; tau2 += 0.0005)
            {
                ReferenceLogLikelihood(observations, weights, mean, tau2).Should().BeLessThanOrEqualTo(best + 1e-9);
            }
        }

        const double h = 1e-5;
        var dMean = (ReferenceLogLikelihood(observations, weights, fit.Mean + h, fit.TauSquared)
                     - ReferenceLogLikelihood(observations, weights, fit.Mean - h, fit.TauSquared)) / (2 * h);
        var dTau2 = (ReferenceLogLikelihood(observations, weights, fit.Mean, fit.TauSquared + h)
                     - ReferenceLogLikelihood(observations, weights, fit.Mean, fit.TauSquared - h)) / (2 * h);
        var d2Tau2 = (ReferenceLogLikelihood(observations, weights, fit.Mean, fit.TauSquared + h)
                      - (2 * best) + ReferenceLogLikelihood(observations, weights, fit.Mean, fit.TauSquared - h)) / (h * h);
        dMean.Should().BeApproximately(0, 1e-5);
        // The Newton step the finite differences suggest is negligible next to tau².
        Math.Abs(dTau2 / d2Tau2).Should().BeLessThan(1e-5 * fit.TauSquared);

        // The standard error is the inverse square root of the curvature in the mean.
        var curvature = -(ReferenceLogLikelihood(observations, weights, fit.Mean + 1e-4, fit.TauSquared)
                          - (2 * best) + ReferenceLogLikelihood(observations, weights, fit.Mean - 1e-4, fit.TauSquared)) / 1e-8;
        fit.StandardError.Should().BeApproximately(1 / Math.Sqrt(curvature), 1e-4 * fit.StandardError);
    }

    [Fact]
    public void AWeightOfTwoCountsLikeTheSameObservationTwice()
    {
        var observations = Points(TroopEffects, TroopVariances);
        double[] weights = [1, 2, 1, 1];
        var weighted = MetaAnalysis.FitCensored(observations, weights);
        var duplicated = MetaAnalysis.FitCensored([.. observations, observations[1]], []);
        weighted.Mean.Should().BeApproximately(duplicated.Mean, 1e-9);
        weighted.TauSquared.Should().BeApproximately(duplicated.TauSquared, 1e-9);
        weighted.StandardError.Should().BeApproximately(duplicated.StandardError, 1e-9);
    }

    [Fact]
    public void AZeroWeightLeavesTheObservationOut()
    {
        var observations = Points(TroopEffects, TroopVariances);
        var zero = MetaAnalysis.FitCensored([.. observations, Observation.AtLeast(Math.Log(50_000), 0.01)], [1, 1, 1, 1, 0]);
        var dropped = MetaAnalysis.FitCensored(observations, []);
        zero.Mean.Should().BeApproximately(dropped.Mean, 1e-9);
        zero.TauSquared.Should().BeApproximately(dropped.TauSquared, 1e-9);
    }

    [Fact]
    public void BoundsFromBothSidesAloneDetermineAMeanBetweenThem()
    {
        var fit = MetaAnalysis.FitCensored([Observation.AtLeast(10, 0.5), Observation.AtMost(12, 0.5)], []);
        fit.Mean.Should().BeApproximately(11, 1e-6, "the problem is symmetric about 11");
        fit.TauSquared.Should().Be(0);
        fit.Q.Should().Be(0, "there are no point observations");
    }

    [Fact]
    public void AnIntervalCentredOnTheDataLeavesTheMeanAlone()
    {
        double[] y = [1.0, 2.0, 3.0];
        double[] v = [0.1, 0.1, 0.1];
        var fit = MetaAnalysis.FitCensored([.. Points(y, v), Observation.Between(1.5, 2.5, 0.1)], []);
        fit.Mean.Should().BeApproximately(2.0, 1e-9);
    }

    [Fact]
    public void ExtremeBoundsStayFinite()
    {
        var fit = MetaAnalysis.FitCensored([.. Points(TroopEffects, TroopVariances), Observation.AtMost(-500, 0.001), Observation.Between(800, 801, 0.001)], []);
        double.IsFinite(fit.Mean).Should().BeTrue();
        double.IsFinite(fit.StandardError).Should().BeTrue();
        double.IsFinite(fit.TauSquared).Should().BeTrue();
    }

    /// <summary>
    /// An interval far narrower than its standard deviation (a bin of 1e-137 around a reported 0, the fuzz suite's
    /// case) is, to double precision, a point at its midpoint: with equal variances the mean is the average of the
    /// midpoint and the other point, by both methods.
    /// </summary>
    [Theory]
    [InlineData(TauSquaredMethod.FixedEffect)]
    [InlineData(TauSquaredMethod.MaximumLikelihood)]
    public void AnIntervalFarNarrowerThanItsNoiseActsAsItsMidpoint(TauSquaredMethod method)
    {
        Observation[] observations = [Observation.Between(0, 2e-137, 1e-9), Observation.Point(1e-5, 1e-9)];
        var fit = MetaAnalysis.FitCensored(observations, [], method);
        fit.Mean.Should().BeApproximately(0.5e-5, 1e-12);
        fit.StandardError.Should().BeApproximately(Math.Sqrt(0.5e-9), 1e-12);
        fit.TauSquared.Should().Be(0);
    }

    [Fact]
    public void CensoredFitRejectsWhatItCannotFit()
    {
        var points = Points(TroopEffects, TroopVariances);
        FluentActions.Invoking(() => MetaAnalysis.FitCensored([Observation.AtLeast(1, 1), Observation.AtLeast(2, 1)], []))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("observations");
        FluentActions.Invoking(() => MetaAnalysis.FitCensored([], []))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("observations");
        FluentActions.Invoking(() => MetaAnalysis.FitCensored(points, [1, 1]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("weights");
        FluentActions.Invoking(() => MetaAnalysis.FitCensored(points, [1, -1, 1, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*weights[1]*");
        FluentActions.Invoking(() => MetaAnalysis.FitCensored(points, [0, 0, 0, 0]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("weights");
        FluentActions.Invoking(() => MetaAnalysis.FitCensored([default, .. points], []))
            .Should().Throw<ArgumentException>().WithMessage("*observations[0]*");
        FluentActions.Invoking(() => MetaAnalysis.FitCensored(points, [], TauSquaredMethod.RestrictedMaximumLikelihood))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("method");
    }

    [Fact]
    public void ObservationFactoriesValidateAndDescribeThemselves()
    {
        FluentActions.Invoking(() => Observation.Point(double.NaN, 1)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
        FluentActions.Invoking(() => Observation.AtLeast(1, 0)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("variance");
        FluentActions.Invoking(() => Observation.Between(2, 1, 1)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("upper");
        Observation.AtLeast(9.21, 0.01).ToString().Should().Be("≥ 9.21 (v 0.01)");
        Observation.Between(1, 2, 0.5).Should().Be(Observation.Between(1, 2, 0.5));
        (Observation.Point(1, 0.5) != Observation.Point(1, 0.25)).Should().BeTrue();
        Observation.AtMost(3, 1).Lower.Should().Be(double.NegativeInfinity);
    }

    /// <summary>The slower profile search (the fallback when the joint Newton search does not settle) finds the same maximum.</summary>
    [Fact]
    public void TheProfileFallbackFindsTheSameMaximum()
    {
        var observations = MixedObservations;
        var weights = MixedWeights;
        var joint = MetaAnalysis.FitCensored(observations, weights, TauSquaredMethod.MaximumLikelihood, jointNewton: true);
        var profile = MetaAnalysis.FitCensored(observations, weights, TauSquaredMethod.MaximumLikelihood, jointNewton: false);
        profile.Status.Should().Be(MetaAnalysisStatus.Converged);
        profile.Mean.Should().BeApproximately(joint.Mean, 1e-7);
        profile.TauSquared.Should().BeApproximately(joint.TauSquared, 1e-6 * joint.TauSquared);
        profile.StandardError.Should().BeApproximately(joint.StandardError, 1e-6 * joint.StandardError);

        var (y, v) = MetaforReference.Data(MetaforReference.DataSet("extended", "bcg"));
        var ml = MetaAnalysis.Fit(y, v, TauSquaredMethod.MaximumLikelihood);
        var viaProfile = MetaAnalysis.FitCensored(Points(y, v), [], TauSquaredMethod.MaximumLikelihood, jointNewton: false);
        viaProfile.TauSquared.Should().BeApproximately(ml.TauSquared, 1e-6 * ml.TauSquared);
        viaProfile.Mean.Should().BeApproximately(ml.Mean, 1e-6 * Math.Abs(ml.Mean));
    }

    /// <summary>When the likelihood is largest at tau² = 0 both searches say so.</summary>
    [Fact]
    public void HomogeneousDataGiveZeroTauSquaredAndSaySo()
    {
        double[] y = [1.0, 1.01, 0.99, 1.0];
        double[] v = [0.1, 0.1, 0.1, 0.1];
        Observation[] observations = [.. Points(y, v), Observation.AtLeast(0.5, 0.1)];
        foreach (var joint in new[] { true, false })
        {
            var fit = MetaAnalysis.FitCensored(observations, [], TauSquaredMethod.MaximumLikelihood, joint);
            fit.TauSquared.Should().Be(0);
            fit.TauSquaredTruncated.Should().BeTrue();
        }
    }

    [Fact]
    public void FitCensoredManyEqualsFitCensoredPerGroupAndNamesTheBadGroup()
    {
        Observation[] observations =
        [
            .. Points(TroopEffects, TroopVariances), Observation.AtLeast(Math.Log(11_500), 0.01),
            Observation.Point(1, 0.1), Observation.Point(1.4, 0.2),
            Observation.AtMost(3, 0.1), Observation.AtLeast(2, 0.1), Observation.Between(2.2, 2.4, 0.05),
        ];
        double[] weights = [1, 0.5, 1, 1, 0.8, 1, 1, 1, 1, 2];
        int[] offsets = [0, 5, 7, 10];
        var results = new MetaAnalysisResult[3];
        MetaAnalysis.FitCensoredMany(observations, weights, offsets, results);
        for (var g = 0; g < 3; g++)
        {
            var range = offsets[g]..offsets[g + 1];
            results[g].Should().Be(MetaAnalysis.FitCensored(observations.AsSpan(range), weights.AsSpan(range)));
        }
        MetaAnalysis.FitCensoredMany(observations, [], offsets, results, TauSquaredMethod.FixedEffect);
        results[1].Should().Be(MetaAnalysis.FitCensored(observations.AsSpan(5, 2), [], TauSquaredMethod.FixedEffect));

        observations[7] = Observation.AtLeast(1, 0.1);
        observations[9] = Observation.AtLeast(2.2, 0.05);
        FluentActions.Invoking(() => MetaAnalysis.FitCensoredMany(observations, weights, offsets, results))
            .Should().Throw<ArgumentException>().WithMessage("Group 2*").Which.ParamName.Should().Be("observations");
        FluentActions.Invoking(() => MetaAnalysis.FitCensoredMany(observations, weights, [0, 10], new MetaAnalysisResult[2]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("results");
        FluentActions.Invoking(() => MetaAnalysis.FitCensoredMany(observations, [1.0], offsets, results))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("weights");
    }

    [Fact]
    public void WeightsForAGivenTauSquaredAreInverseVarianceShares()
    {
        double[] v = [0.1, 0.3, 0.6];
        var percentages = new double[3];
        MetaAnalysis.Weights(v, 0.2, percentages);
        var w = v.Select(x => 1 / (x + 0.2)).ToArray();
        for (var i = 0; i < 3; i++)
        {
            percentages[i].Should().BeApproximately(100 * w[i] / w.Sum(), 1e-12);
        }
        FluentActions.Invoking(() => MetaAnalysis.Weights(v, -1, percentages)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("tauSquared");
        FluentActions.Invoking(() => MetaAnalysis.Weights(v, 0, new double[2])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("percentages");
        FluentActions.Invoking(() => MetaAnalysis.Weights([0.1, 0.0], 0, new double[2])).Should().Throw<ArgumentException>().WithMessage("*variances[1]*");
    }

    public static TheoryData<string> CensoredReferenceSets()
    {
        var data = new TheoryData<string>();
        foreach (var set in MetaforReference.CensoredDataSets())
        {
            data.Add(set.GetProperty("name").GetString()!);
        }
        return data;
    }

    /// <summary>
    /// Against R maximising the same censored, weighted likelihood directly (tools/metafor/censored-reference.R):
    /// the same maximum, to the accuracy of R's optimisers.
    /// </summary>
    [Theory]
    [MemberData(nameof(CensoredReferenceSets))]
    public void CensoredFitMatchesADirectMaximisationInR(string dataSet)
    {
        var set = MetaforReference.CensoredDataSets().Single(s => s.GetProperty("name").GetString() == dataSet);
        var kinds = set.GetProperty("kind").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var lower = set.GetProperty("lower").EnumerateArray().Select(MetaforReference.Number).ToArray();
        var upper = set.GetProperty("upper").EnumerateArray().Select(MetaforReference.Number).ToArray();
        var variances = set.GetProperty("vi").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var weights = set.GetProperty("weights").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var observations = kinds.Select((kind, i) => kind switch
        {
            0 => Observation.Point(lower[i], variances[i]),
            1 => Observation.AtMost(upper[i], variances[i]),
            2 => Observation.AtLeast(lower[i], variances[i]),
            _ => Observation.Between(lower[i], upper[i], variances[i]),
        }).ToArray();

        var fit = MetaAnalysis.FitCensored(observations, weights);
        var expectedMean = set.GetProperty("mu").GetDouble();
        var expectedTau2 = set.GetProperty("tau2").GetDouble();
        fit.Mean.Should().BeApproximately(expectedMean, 1e-6 * Math.Abs(expectedMean));
        fit.TauSquared.Should().BeApproximately(expectedTau2, (1e-5 * expectedTau2) + 1e-9);
        ReferenceLogLikelihood(observations, weights, fit.Mean, fit.TauSquared)
            .Should().BeGreaterThanOrEqualTo(set.GetProperty("loglik").GetDouble() - 1e-10, "our maximum is at least as high as R's");
    }

    /// <summary>"More than 10" and "at most 5" together have no maximum: the likelihood rises as tau² grows. The fit says so.</summary>
    [Fact]
    public void ContradictoryBoundsWithoutPointsAreReportedAsNotConverged()
    {
        var fit = MetaAnalysis.FitCensored([Observation.AtLeast(10, 0.1), Observation.AtMost(5, 0.1)], []);
        fit.Status.Should().Be(MetaAnalysisStatus.DidNotConverge);
        fit.Mean.Should().BeApproximately(7.5, 1e-3, "the problem is symmetric about 7.5");
        fit.TauSquared.Should().BeGreaterThan(25);
    }

    [Fact]
    public void CensoredWeightsAreSharesOfTheInformationAboutTheMean()
    {
        var points = Points(TroopEffects, TroopVariances);
        var fit = MetaAnalysis.FitCensored(points, []);
        var shares = new double[points.Length];
        MetaAnalysis.Weights(points, [], fit, shares);
        var expected = new double[points.Length];
        MetaAnalysis.Weights(TroopVariances, fit.TauSquared, expected);
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i].Should().BeApproximately(expected[i], 1e-9);
        }

        Observation[] withBounds = [.. points, Observation.AtLeast(Math.Log(1_000), 0.01), Observation.AtLeast(Math.Log(11_000), 0.01)];
        double[] weights = [1, 1, 1, 1, 1, 0.5];
        var censored = MetaAnalysis.FitCensored(withBounds, weights);
        shares = new double[withBounds.Length];
        MetaAnalysis.Weights(withBounds, weights, censored, shares);
        shares.Sum().Should().BeApproximately(100, 1e-9);
        shares[4].Should().BeLessThan(1e-6, "a bound far below the mean says almost nothing");
        shares[5].Should().BeGreaterThan(1, "a bound near the mean carries information");
        // The shares are the parts of the information that gives the standard error.
        FluentActions.Invoking(() => MetaAnalysis.Weights(withBounds, weights, censored, new double[2]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("percentages");
    }

    [Fact]
    public void CensoredWeightsRefuseTheLikelihoodWeightsTheFitRefuses()
    {
        var points = Points(TroopEffects, TroopVariances);
        var fit = MetaAnalysis.FitCensored(points, []);
        var shares = new double[points.Length];
        foreach (double[] bad in new[] { new[] { 1, -1, 1, 1.0 }, [1, double.NaN, 1, 1], [0, 0, 0, 0.0] })
        {
            FluentActions.Invoking(() => MetaAnalysis.FitCensored(points, bad)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("weights");
            FluentActions.Invoking(() => MetaAnalysis.Weights(points, bad, fit, shares)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("weights");
        }
        FluentActions.Invoking(() => MetaAnalysis.Weights(points, [1, -1, 1, 1], fit, shares)).Should().Throw<ArgumentException>().WithMessage("*weights[1]*");
        FluentActions.Invoking(() => MetaAnalysis.Weights(points, [1, 1], fit, shares)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("weights");
    }
}
