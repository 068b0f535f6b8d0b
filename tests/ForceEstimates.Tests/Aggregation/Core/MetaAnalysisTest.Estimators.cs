using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>The iterative estimators beyond the reference figures: brute-force likelihood grids, large data sets, the fallbacks.</summary>
public partial class MetaAnalysisTest
{
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
}
