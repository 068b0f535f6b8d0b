using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>Bad input, edges (k = 1, k = 2, equal values) and how results describe themselves.</summary>
public partial class MetaAnalysisTest
{
    public static TheoryData<TauSquaredMethod> AllMethods()
    {
        var data = new TheoryData<TauSquaredMethod>();
        foreach (var method in Enum.GetValues<TauSquaredMethod>())
        {
            data.Add(method);
        }
        return data;
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void ANonFiniteEffectIsRejectedByIndex(double bad)
    {
        double[] y = [1, 2, bad, 4, 5, 6, 7, 8, 9, 10];
        double[] v = [.. Enumerable.Repeat(0.1, 10)];
        FluentActions.Invoking(() => MetaAnalysis.Fit(y, v))
            .Should().Throw<ArgumentException>().WithMessage("*effects[2]*").Which.ParamName.Should().Be("effects");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    public void ABadVarianceIsRejectedByIndex(double bad)
    {
        double[] y = [.. Enumerable.Range(0, 11).Select(i => (double)i)];
        double[] v = [.. Enumerable.Repeat(0.1, 11)];
        v[9] = bad;
        FluentActions.Invoking(() => MetaAnalysis.Fit(y, v))
            .Should().Throw<ArgumentException>().WithMessage("*variances[9]*").Which.ParamName.Should().Be("variances");
        v[9] = 0.1;
        v[0] = bad;
        FluentActions.Invoking(() => MetaAnalysis.Fit(y.AsSpan(0, 1), v.AsSpan(0, 1)))
            .Should().Throw<ArgumentException>().WithMessage("*variances[0]*");
    }

    [Fact]
    public void EmptyOrMismatchedInputIsRejected()
    {
        FluentActions.Invoking(() => MetaAnalysis.Fit([], []))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("effects");
        FluentActions.Invoking(() => MetaAnalysis.Fit([1.0, 2.0], [0.1]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("variances");
        FluentActions.Invoking(() => MetaAnalysis.Fit([1.0], [0.1], (TauSquaredMethod)99))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("method");
        FluentActions.Invoking(() => MetaAnalysis.Fit([1.0], [0.1], knappHartung: (KnappHartung)7))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("knappHartung");
        FluentActions.Invoking(() => MetaAnalysis.LeaveOneOut([1.0], [0.1]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("effects");
        FluentActions.Invoking(() => MetaAnalysis.TauSquaredConfidenceInterval([1.0], [0.1]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("effects");
        FluentActions.Invoking(() => MetaAnalysis.Influence([1.0, double.NaN], [0.1, 0.1]))
            .Should().Throw<ArgumentException>().WithMessage("*effects[1]*");
    }

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void OneStudyGivesThatStudyAndSaysSo(TauSquaredMethod method)
    {
        foreach (var kh in Enum.GetValues<KnappHartung>())
        {
            var fit = MetaAnalysis.Fit([9.3], [0.01], method, kh);
            fit.Status.Should().Be(MetaAnalysisStatus.SingleStudy);
            fit.Mean.Should().Be(9.3);
            fit.StandardError.Should().BeApproximately(0.1, 1e-15);
            fit.TauSquared.Should().Be(0);
            fit.Count.Should().Be(1);
            fit.PredictionInterval.Should().Be(fit.ConfidenceInterval);
            fit.DegreesOfFreedom.Should().Be(double.PositiveInfinity, "metafor uses z for k = 1 even when Knapp–Hartung is asked for");
        }
    }

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void EqualEffectsGiveZeroHeterogeneity(TauSquaredMethod method)
    {
        double[] y = [2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5];
        double[] v = [0.1, 0.2, 0.3, 0.4, 0.1, 0.2, 0.3, 0.4, 0.5];
        var fit = MetaAnalysis.Fit(y, v, method);
        fit.Mean.Should().Be(2.5);
        fit.Q.Should().Be(0);
        fit.TauSquared.Should().Be(0);
        fit.ISquared.Should().Be(0);
        MetaAnalysis.Fit(y, v, method, KnappHartung.Standard).StandardError.Should().Be(0, "metafor sets the factor to 0 when the RSS is below machine epsilon");
        MetaAnalysis.Fit(y, v, method, KnappHartung.AdHoc).StandardError.Should().Be(fit.StandardError);
    }

    [Fact]
    public void AnIterationThatDoesNotConvergeFallsBackToDerSimonianLairdAndSaysSo()
    {
        double[] y = [-0.89, -1.59, -1.35, -1.44, -0.22, -0.79, -1.62, 0.01, -0.47, -1.37, -0.34, 0.45, -0.02];
        double[] v = [0.33, 0.19, 0.42, 0.02, 0.05, 0.007, 0.22, 0.004, 0.06, 0.07, 0.01, 0.53, 0.07];
        var dl = MetaAnalysis.Fit(y, v, TauSquaredMethod.DerSimonianLaird);
        foreach (var method in new[] { TauSquaredMethod.RestrictedMaximumLikelihood, TauSquaredMethod.MaximumLikelihood, TauSquaredMethod.EmpiricalBayes, TauSquaredMethod.PauleMandel })
        {
            var fit = MetaAnalysis.FitChecked(y, v, method, KnappHartung.None, maxIterations: 1, indexOffset: 0);
            fit.Status.Should().Be(MetaAnalysisStatus.DidNotConverge);
            fit.Method.Should().Be(method);
            fit.MethodUsed.Should().Be(TauSquaredMethod.DerSimonianLaird);
            fit.TauSquared.Should().Be(dl.TauSquared);
            fit.Mean.Should().Be(dl.Mean);
            fit.ToString().Should().Contain("did not converge");
        }
        MetaAnalysis.Fit(y, v).Iterations.Should().BeGreaterThan(1);
    }

    [Fact]
    public void FitManyEqualsFitPerGroupAndNamesTheGlobalIndexOfABadValue()
    {
        var random = new Random(3);
        int[] sizes = [1, 2, 8, 3, 13, 8];
        var offsets = new int[sizes.Length + 1];
        for (var g = 0; g < sizes.Length; g++)
        {
            offsets[g + 1] = offsets[g] + sizes[g];
        }
        var y = Enumerable.Range(0, offsets[^1]).Select(_ => random.NextDouble() * 3).ToArray();
        var v = Enumerable.Range(0, offsets[^1]).Select(_ => 0.01 + random.NextDouble()).ToArray();
        var results = new MetaAnalysisResult[sizes.Length];
        foreach (var method in Enum.GetValues<TauSquaredMethod>())
        {
            MetaAnalysis.FitMany(y, v, offsets, results, method, KnappHartung.Standard);
            for (var g = 0; g < sizes.Length; g++)
            {
                results[g].Should().Be(MetaAnalysis.Fit(y.AsSpan(offsets[g], sizes[g]), v.AsSpan(offsets[g], sizes[g]), method, KnappHartung.Standard));
            }
        }
        v[20] = -1;
        FluentActions.Invoking(() => MetaAnalysis.FitMany(y, v, offsets, results))
            .Should().Throw<ArgumentException>().WithMessage("*variances[20]*");
        FluentActions.Invoking(() => MetaAnalysis.FitMany(y, v, [0, 5, 5, y.Length], new MetaAnalysisResult[3]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("groupOffsets");
        FluentActions.Invoking(() => MetaAnalysis.FitMany(y, v, [0, y.Length - 1], new MetaAnalysisResult[1]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("groupOffsets");
        FluentActions.Invoking(() => MetaAnalysis.FitMany(y, v, offsets, new MetaAnalysisResult[2]))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("results");
    }

    [Fact]
    public void FitAndFitManyAllocateNothing()
    {
        var random = new Random(5);
        var y = Enumerable.Range(0, 800).Select(_ => random.NextDouble()).ToArray();
        var v = Enumerable.Range(0, 800).Select(_ => 0.01 + random.NextDouble()).ToArray();
        var offsets = Enumerable.Range(0, 101).Select(g => g * 8).ToArray();
        var results = new MetaAnalysisResult[100];
        Observation[] observations = [Observation.Point(1, 0.1), Observation.AtLeast(1.5, 0.1), Observation.Between(0.5, 2, 0.2), Observation.Point(0.2, 0.1)];
        var methods = Enum.GetValues<TauSquaredMethod>();
        int[] censoredOffsets = [0, 2, 4];
        var censoredResults = new MetaAnalysisResult[2];
        var percentages = new double[v.Length];
        void Run()
        {
            foreach (var method in methods)
            {
                MetaAnalysis.Fit(y, v, method, KnappHartung.Standard);
                MetaAnalysis.FitMany(y, v, offsets, results, method);
            }
            MetaAnalysis.FitCensored(observations, []);
            MetaAnalysis.FitCensoredMany(observations, [], censoredOffsets, censoredResults);
            MetaAnalysis.Weights(v, 0.1, percentages);
        }
        Run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void TheResultDescribesItselfInvariantly()
    {
        var fit = MetaAnalysis.Fit([1.0, 2.0, 4.0], [0.1, 0.2, 0.1]);
        fit.ToString().Should().StartWith("mean 2.").And.Contain("RestrictedMaximumLikelihood").And.Contain("k = 3");
        fit.Tau.Should().BeApproximately(Math.Sqrt(fit.TauSquared), 1e-15);
        fit.Statistic.Should().BeApproximately(fit.Mean / fit.StandardError, 1e-12);
        fit.PValue.Should().BeInRange(0, 1);
        fit.QPValue.Should().BeInRange(0, 1);
        fit.ConfidenceInterval.Level.Should().Be(0.95);
    }

    [Fact]
    public void PValuesFollowTheReferenceDistribution()
    {
        // z = 1.959963984540054 has two-sided p 0.05; with Knapp–Hartung t(k − 1) gives a larger p for the same ratio.
        double[] y = [0.1, 0.5, 0.3, 0.9, 0.2];
        double[] v = [0.04, 0.09, 0.05, 0.1, 0.02];
        var z = MetaAnalysis.Fit(y, v, TauSquaredMethod.DerSimonianLaird);
        var crit = (z.ConfidenceInterval.Upper - z.Mean) / z.StandardError;
        crit.Should().BeApproximately(1.959963984540054, 1e-12);
        var t = MetaAnalysis.Fit(y, v, TauSquaredMethod.DerSimonianLaird, KnappHartung.Standard);
        t.DegreesOfFreedom.Should().Be(4);
        ((t.ConfidenceInterval.Upper - t.Mean) / t.StandardError).Should().BeApproximately(2.7764451051977987, 1e-9, "t(4) 97.5% quantile");
        z.PValue.Should().BeApproximately(MathNet.Numerics.SpecialFunctions.Erfc(Math.Abs(z.Statistic) / Math.Sqrt(2)), 1e-12);
    }

    /// <summary>EB's fixed point solves Paule and Mandel's equation, so the two agree on every reference data set,
    /// including those where metafor's EB iteration stops with an error.</summary>
    [Fact]
    public void EmpiricalBayesAgreesWithPauleMandelEverywhere()
    {
        foreach (var set in ForceEstimates.Tests.Reference.MetaforReference.DataSets("extended"))
        {
            var (y, v) = ForceEstimates.Tests.Reference.MetaforReference.Data(set);
            var eb = MetaAnalysis.Fit(y, v, TauSquaredMethod.EmpiricalBayes);
            var pm = MetaAnalysis.Fit(y, v, TauSquaredMethod.PauleMandel);
            eb.Status.Should().NotBe(MetaAnalysisStatus.DidNotConverge);
            eb.TauSquared.Should().BeApproximately(pm.TauSquared, (1e-7 * pm.TauSquared) + 1e-12, set.GetProperty("name").GetString());
        }
    }

    /// <summary>The REML and ML log-likelihoods profiled over the mean, written out directly (constants dropped).</summary>
    private static double ProfileLogLikelihood(double[] y, double[] v, double tau2, bool restricted)
    {
        double sw = 0, swy = 0;
        for (var i = 0; i < y.Length; i++)
        {
            sw += 1 / (v[i] + tau2);
            swy += y[i] / (v[i] + tau2);
        }
        var mean = swy / sw;
        var ll = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            ll -= 0.5 * (Math.Log(v[i] + tau2) + ((y[i] - mean) * (y[i] - mean) / (v[i] + tau2)));
        }
        return restricted ? ll - (0.5 * Math.Log(sw)) : ll;
    }

    /// <summary>
    /// On every reference set, including those where metafor's Fisher scoring stops with an error, REML and ML give the
    /// tau² with the largest likelihood on a fine logarithmic grid from 1e-8 to 1e8 (and 0).
    /// </summary>
    [Theory]
    [InlineData(TauSquaredMethod.RestrictedMaximumLikelihood)]
    [InlineData(TauSquaredMethod.MaximumLikelihood)]
    public void LikelihoodEstimatesBeatABruteForceGrid(TauSquaredMethod method)
    {
        var restricted = method == TauSquaredMethod.RestrictedMaximumLikelihood;
        foreach (var set in ForceEstimates.Tests.Reference.MetaforReference.DataSets("extended"))
        {
            var (y, v) = ForceEstimates.Tests.Reference.MetaforReference.Data(set);
            if (y.Length < 2)
            {
                continue;
            }
            var fit = MetaAnalysis.Fit(y, v, method);
            fit.Status.Should().Be(MetaAnalysisStatus.Converged);
            var best = ProfileLogLikelihood(y, v, fit.TauSquared, restricted);
            var tolerance = 1e-9 * (1 + Math.Abs(best));
            ProfileLogLikelihood(y, v, 0, restricted).Should().BeLessThanOrEqualTo(best + tolerance);
            for (var exponent = -8.0; exponent <= 8.0; exponent += 0.01)
            {
                ProfileLogLikelihood(y, v, Math.Pow(10, exponent), restricted)
                    .Should().BeLessThanOrEqualTo(best + tolerance, set.GetProperty("name").GetString());
            }
        }
    }

    /// <summary>
    /// The vectorised single-pass sums on a large data set agree with a plain two-pass computation (mean first, then
    /// squared deviations) of DL and of the REML fixed point, on log counts far from 0.
    /// </summary>
    [Fact]
    public void LargeDataSetsAgreeWithATwoPassComputation()
    {
        var random = new Random(11);
        const int k = 200_003;
        var v = Enumerable.Range(0, k).Select(_ => 0.005 + (0.5 * random.NextDouble())).ToArray();
        var y = v.Select(x => 9.3 + (Math.Sqrt(x + 0.04) * (random.NextDouble() - 0.5) * 3.4)).ToArray();

        double sw = 0, swy = 0, sw2 = 0;
        for (var i = 0; i < k; i++)
        {
            sw += 1 / v[i];
            swy += y[i] / v[i];
            sw2 += 1 / (v[i] * v[i]);
        }
        var fixedMean = swy / sw;
        var q = 0.0;
        for (var i = 0; i < k; i++)
        {
            q += (y[i] - fixedMean) * (y[i] - fixedMean) / v[i];
        }
        var tau2 = Math.Max(0, (q - (k - 1)) / (sw - (sw2 / sw)));
        double rw = 0, rwy = 0;
        for (var i = 0; i < k; i++)
        {
            rw += 1 / (v[i] + tau2);
            rwy += y[i] / (v[i] + tau2);
        }

        var dl = MetaAnalysis.Fit(y, v, TauSquaredMethod.DerSimonianLaird);
        dl.Q.Should().BeApproximately(q, 1e-9 * q);
        dl.TauSquared.Should().BeApproximately(tau2, 1e-8 * tau2);
        dl.Mean.Should().BeApproximately(rwy / rw, 1e-12 * 9.3);

        // REML's score (Y'PPY − tr P) vanishes at its estimate.
        var reml = MetaAnalysis.Fit(y, v);
        double w1 = 0, w2 = 0, wy = 0;
        for (var i = 0; i < k; i++)
        {
            var w = 1 / (v[i] + reml.TauSquared);
            w1 += w;
            w2 += w * w;
            wy += w * y[i];
        }
        var mean = wy / w1;
        var ypPy = 0.0;
        for (var i = 0; i < k; i++)
        {
            var w = 1 / (v[i] + reml.TauSquared);
            ypPy += w * w * (y[i] - mean) * (y[i] - mean);
        }
        var traceP = w1 - (w2 / w1);
        Math.Abs(ypPy - traceP).Should().BeLessThan(1e-7 * traceP);
        reml.Mean.Should().BeApproximately(mean, 1e-12 * 9.3);
    }

    /// <summary>The bracketed scoring that stands in when Fisher scoring oscillates solves the same equation.</summary>
    [Theory]
    [InlineData(TauSquaredMethod.RestrictedMaximumLikelihood)]
    [InlineData(TauSquaredMethod.MaximumLikelihood)]
    public void BracketedScoringFindsTheSameEstimate(TauSquaredMethod method)
    {
        var compared = 0;
        foreach (var set in ForceEstimates.Tests.Reference.MetaforReference.DataSets("extended"))
        {
            var (y, v) = ForceEstimates.Tests.Reference.MetaforReference.Data(set);
            if (y.Length < 2)
            {
                continue;
            }
            var fit = MetaAnalysis.Fit(y, v, method);
            var fe = FixedEffectSums.Compute(y, v);
            var root = MetaAnalysis.BracketedScoring(y, v, in fe, method, MetaAnalysis.MaxIterations, out var iterations);
            iterations.Should().BeLessThan(MetaAnalysis.MaxIterations);
            if (fit.TauSquared > 0)
            {
                root.Should().BeApproximately(fit.TauSquared, 1e-7 * fit.TauSquared, set.GetProperty("name").GetString());
                compared++;
            }
        }
        compared.Should().BeGreaterThan(15, "most reference sets have tau² > 0");
    }

    [Fact]
    public void InfluenceDescribesItselfInvariantly()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var influence = MetaAnalysis.Influence([1.0, 2.0, 4.0, 1.5], [0.1, 0.2, 0.1, 0.3]);
            influence[0].ToString().Should().StartWith("rstudent ").And.Contain("weight ").And.NotContain(",5").And.MatchRegex(@"hat 0\.\d+");
            MetaAnalysis.Fit([1.0, 2.0, 4.0], [0.1, 0.2, 0.1]).ToString().Should().MatchRegex(@"^mean 2\.\d+");
            influence.Sum(i => i.Weight).Should().BeApproximately(100, 1e-9);
            influence.Sum(i => i.Hat).Should().BeApproximately(1, 1e-12);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ASinglePointCensoredFitIsThatPoint()
    {
        var fit = MetaAnalysis.FitCensored([Observation.Point(9.3, 0.01)], []);
        fit.Status.Should().Be(MetaAnalysisStatus.SingleStudy);
        fit.Mean.Should().BeApproximately(9.3, 1e-12);
        fit.StandardError.Should().BeApproximately(0.1, 1e-12);
        fit.TauSquared.Should().Be(0);
    }
}
