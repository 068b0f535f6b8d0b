using System;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Tests.Reference;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// Every figure metafor 3.8.1 reports for the reference data sets (Reference/README.md names the source)
/// must match to 1e-6 relative: mean, SE, tau², I², H², Q, confidence and prediction intervals, the
/// Knapp–Hartung SE and intervals, and the Q-profile interval for tau².
/// </summary>
public partial class MetaAnalysisTest
{
    public static TheoryData<string, string, string> ReferenceFits()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in MetaforReference.FileNames)
        {
            foreach (var set in MetaforReference.DataSets(file))
            {
                foreach (var fit in set.GetProperty("fits").EnumerateObject())
                {
                    data.Add(file, set.GetProperty("name").GetString()!, fit.Name);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceFits))]
    public void FitMatchesMetafor(string file, string dataSet, string metaforMethod)
    {
        var set = MetaforReference.DataSet(file, dataSet);
        var (y, v) = MetaforReference.Data(set);
        var expected = set.GetProperty("fits").GetProperty(metaforMethod);
        var method = MetaforReference.Methods[metaforMethod];
        var check = new FigureComparison();

        var fit = MetaAnalysis.Fit(y, v, method);
        fit.Status.Should().Be(y.Length == 1 ? MetaAnalysisStatus.SingleStudy : MetaAnalysisStatus.Converged);
        fit.MethodUsed.Should().Be(method);
        check.Close(fit.Mean, expected.GetProperty("mu").GetDouble(), "mu");
        check.Close(fit.StandardError, expected.GetProperty("se").GetDouble(), "se");
        check.Close(fit.TauSquared, expected.GetProperty("tau2").GetDouble(), "tau2");
        check.Close(fit.ISquared, expected.GetProperty("I2").GetDouble(), "I2");
        check.Close(fit.HSquared, expected.GetProperty("H2").GetDouble(), "H2");
        check.Close(fit.Q, expected.GetProperty("Q").GetDouble(), "Q");
        check.Close(fit.ConfidenceInterval.Lower, expected.GetProperty("ci_lb").GetDouble(), "ci_lb");
        check.Close(fit.ConfidenceInterval.Upper, expected.GetProperty("ci_ub").GetDouble(), "ci_ub");
        check.Close(fit.PredictionInterval.Lower, expected.GetProperty("pi_lb").GetDouble(), "pi_lb");
        check.Close(fit.PredictionInterval.Upper, expected.GetProperty("pi_ub").GetDouble(), "pi_ub");

        if (expected.TryGetProperty("knha", out var knha))
        {
            var k = MetaAnalysis.Fit(y, v, method, KnappHartung.Standard);
            check.Close(k.StandardError, knha.GetProperty("se").GetDouble(), "knha se");
            check.Close(k.ConfidenceInterval.Lower, knha.GetProperty("ci_lb").GetDouble(), "knha ci_lb");
            check.Close(k.ConfidenceInterval.Upper, knha.GetProperty("ci_ub").GetDouble(), "knha ci_ub");
            check.Close(k.PredictionInterval.Lower, knha.GetProperty("pi_lb").GetDouble(), "knha pi_lb");
            check.Close(k.PredictionInterval.Upper, knha.GetProperty("pi_ub").GetDouble(), "knha pi_ub");
        }
        if (expected.TryGetProperty("adhoc", out var adhoc))
        {
            var a = MetaAnalysis.Fit(y, v, method, KnappHartung.AdHoc);
            check.Close(a.StandardError, adhoc.GetProperty("se").GetDouble(), "adhoc se");
            check.Close(a.ConfidenceInterval.Lower, adhoc.GetProperty("ci_lb").GetDouble(), "adhoc ci_lb");
            check.Close(a.ConfidenceInterval.Upper, adhoc.GetProperty("ci_ub").GetDouble(), "adhoc ci_ub");
        }
        if (expected.TryGetProperty("tau2_ci_lb", out _))
        {
            // metafor's confint searches with uniroot at tolerance 1.2e-4 on [0, max(100, 10·tau²)] and reports the cap
            // when a bound lies beyond it; MetaforQProfile follows those steps, so its figures match to 1e-6.
            var asMetafor = MetaforQProfile.Compute(y, v, expected.GetProperty("tau2").GetDouble());
            check.Close(asMetafor.Lower, expected.GetProperty("tau2_ci_lb").GetDouble(), "tau2 ci_lb");
            check.Close(asMetafor.Upper, expected.GetProperty("tau2_ci_ub").GetDouble(), "tau2 ci_ub");

            // The public interval solves exactly; it matches the bounds metafor finds with tolerance 1e-12,
            // except where metafor stops at its search cap (then ours lies beyond the cap).
            var ci = MetaAnalysis.TauSquaredConfidenceInterval(y, v);
            if (expected.TryGetProperty("tau2_ci_tight_lb", out var tightLower))
            {
                var cap = Math.Max(100, 10 * expected.GetProperty("tau2").GetDouble());
                var tightUpper = expected.GetProperty("tau2_ci_tight_ub").GetDouble();
                static bool AtCap(double value, double cap) => Math.Abs(value - cap) <= 1e-12 * cap;
                if (AtCap(tightLower.GetDouble(), cap))
                {
                    ci.Lower.Should().BeGreaterThanOrEqualTo(cap * (1 - 1e-12));
                }
                else
                {
                    check.Close(ci.Lower, tightLower.GetDouble(), "tau2 ci_lb (exact)");
                }
                if (AtCap(tightUpper, cap))
                {
                    ci.Upper.Should().BeGreaterThanOrEqualTo(cap * (1 - 1e-12));
                }
                else
                {
                    check.Close(ci.Upper, tightUpper, "tau2 ci_ub (exact)");
                }
            }
        }
        check.AssertAll();
    }

    public static TheoryData<string, string> ReferenceLeaveOneOut()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in MetaforReference.FileNames)
        {
            foreach (var set in MetaforReference.DataSets(file).Where(s => s.TryGetProperty("leave1out_REML", out _)))
            {
                data.Add(file, set.GetProperty("name").GetString()!);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceLeaveOneOut))]
    public void LeaveOneOutMatchesMetafor(string file, string dataSet)
    {
        var set = MetaforReference.DataSet(file, dataSet);
        var (y, v) = MetaforReference.Data(set);
        var expected = set.GetProperty("leave1out_REML");
        var check = new FigureComparison();
        var results = MetaAnalysis.LeaveOneOut(y, v);
        results.Should().HaveCount(y.Length);
        foreach (var (name, select) in new (string, Func<MetaAnalysisResult, double>)[]
                 {
                     ("mu", r => r.Mean), ("se", r => r.StandardError), ("tau2", r => r.TauSquared), ("Q", r => r.Q),
                 })
        {
            var values = MetaforReference.Numbers(expected.GetProperty(name));
            for (var i = 0; i < values.Length; i++)
            {
                check.Close(select(results[i]), values[i], $"{name}[{i}]");
            }
        }
        check.AssertAll();
    }

    public static TheoryData<string> ReferenceInfluence()
    {
        var data = new TheoryData<string>();
        foreach (var set in MetaforReference.DataSets("extended").Where(s => s.TryGetProperty("influence_REML", out _)))
        {
            data.Add(set.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceInfluence))]
    public void InfluenceMatchesMetafor(string dataSet)
    {
        var set = MetaforReference.DataSet("extended", dataSet);
        var (y, v) = MetaforReference.Data(set);
        var expected = set.GetProperty("influence_REML");
        var check = new FigureComparison();
        var results = MetaAnalysis.Influence(y, v);
        foreach (var (name, select) in new (string, Func<StudyInfluence, double>)[]
                 {
                     ("rstudent", r => r.StudentizedResidual), ("rstandard", r => r.StandardizedResidual),
                     ("dffits", r => r.Dffits), ("cook_d", r => r.CooksDistance), ("cov_r", r => r.CovarianceRatio),
                     ("tau2_del", r => r.TauSquaredWithout), ("QE_del", r => r.QWithout), ("hat", r => r.Hat),
                     ("weight", r => r.Weight), ("dfbetas", r => r.DfBetas),
                 })
        {
            var values = MetaforReference.Numbers(expected.GetProperty(name));
            for (var i = 0; i < values.Length; i++)
            {
                check.Close(select(results[i]), values[i], $"{name}[{i}]");
            }
        }
        check.AssertAll();

        var weights = MetaAnalysis.Weights(y, v);
        var expectedWeights = MetaforReference.Numbers(expected.GetProperty("weight"));
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i].Should().BeApproximately(expectedWeights[i], 1e-6 * expectedWeights[i]);
        }
    }

    public static TheoryData<string, string> MetaforErrors()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in MetaforReference.DataSets("extended"))
        {
            if (set.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var error in errors.EnumerateObject())
                {
                    data.Add(set.GetProperty("name").GetString()!, error.Name);
                }
            }
        }
        return data;
    }

    /// <summary>Where metafor stops with an error (recorded in the reference file), Fit still answers and says how.</summary>
    [Theory]
    [MemberData(nameof(MetaforErrors))]
    public void WhereMetaforStopsFitStillAnswersWithAStatus(string dataSet, string metaforMethod)
    {
        var set = MetaforReference.DataSet("extended", dataSet);
        var (y, v) = MetaforReference.Data(set);
        var method = MetaforReference.Methods[metaforMethod];
        var fit = MetaAnalysis.Fit(y, v, method);
        fit.Status.Should().BeOneOf(MetaAnalysisStatus.Converged, MetaAnalysisStatus.DidNotConverge);
        double.IsFinite(fit.Mean).Should().BeTrue();
        double.IsFinite(fit.StandardError).Should().BeTrue();
        fit.TauSquared.Should().BeGreaterThanOrEqualTo(0);
        if (fit.Status == MetaAnalysisStatus.DidNotConverge)
        {
            fit.MethodUsed.Should().Be(TauSquaredMethod.DerSimonianLaird);
            fit.TauSquared.Should().Be(MetaAnalysis.Fit(y, v, TauSquaredMethod.DerSimonianLaird).TauSquared);
        }
        else
        {
            fit.MethodUsed.Should().Be(method);
        }
    }

    public static TheoryData<string> ReferenceInfluenceKnappHartung()
    {
        var data = new TheoryData<string>();
        foreach (var set in MetaforReference.DataSets("extended").Where(s => s.TryGetProperty("influence_DL_knha", out _)))
        {
            data.Add(set.GetProperty("name").GetString()!);
        }
        return data;
    }

    /// <summary>Influence and leave-one-out with DerSimonian–Laird and Knapp–Hartung (the refits' factors enter).</summary>
    [Theory]
    [MemberData(nameof(ReferenceInfluenceKnappHartung))]
    public void InfluenceWithKnappHartungMatchesMetafor(string dataSet)
    {
        var set = MetaforReference.DataSet("extended", dataSet);
        var (y, v) = MetaforReference.Data(set);
        var expected = set.GetProperty("influence_DL_knha");
        var check = new FigureComparison();
        var results = MetaAnalysis.Influence(y, v, TauSquaredMethod.DerSimonianLaird, KnappHartung.Standard);
        foreach (var (name, select) in new (string, Func<StudyInfluence, double>)[]
                 {
                     ("rstudent", r => r.StudentizedResidual), ("dffits", r => r.Dffits), ("cook_d", r => r.CooksDistance),
                     ("cov_r", r => r.CovarianceRatio), ("tau2_del", r => r.TauSquaredWithout), ("QE_del", r => r.QWithout),
                     ("hat", r => r.Hat), ("weight", r => r.Weight), ("dfbetas", r => r.DfBetas),
                 })
        {
            var values = MetaforReference.Numbers(expected.GetProperty(name));
            for (var i = 0; i < values.Length; i++)
            {
                check.Close(select(results[i]), values[i], $"{name}[{i}]");
            }
        }
        var deleted = MetaAnalysis.LeaveOneOut(y, v, TauSquaredMethod.DerSimonianLaird, KnappHartung.Standard);
        var mu = MetaforReference.Numbers(expected.GetProperty("leave1out_mu"));
        var se = MetaforReference.Numbers(expected.GetProperty("leave1out_se"));
        for (var i = 0; i < mu.Length; i++)
        {
            check.Close(deleted[i].Mean, mu[i], $"leave1out mu[{i}]");
            check.Close(deleted[i].StandardError, se[i], $"leave1out se[{i}]");
        }
        check.AssertAll();
    }
}
