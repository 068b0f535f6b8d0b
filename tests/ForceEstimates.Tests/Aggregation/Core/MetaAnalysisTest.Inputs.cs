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

    [Fact]
    public void TheHomogeneityPValueKeepsItsDigitsFarInTheTail()
    {
        // Two studies 10 apart with variances 0.5: Q = 2·5² + 2·5² = 100 on 1 degree of freedom, and
        // P(χ²₁ > q) = erfc(√(q/2)) ≈ 1.52e-23 (R: pchisq(100, 1, lower.tail = FALSE) = 1.523971e-23).
        var fit = MetaAnalysis.Fit([0.0, 10.0], [0.5, 0.5], TauSquaredMethod.FixedEffect);
        fit.Q.Should().BeApproximately(100, 1e-9);
        fit.QPValue.Should().BeApproximately(MathNet.Numerics.SpecialFunctions.Erfc(Math.Sqrt(50)), 1e-30);
        fit.QPValue.Should().BeGreaterThan(1.5e-23);
        MetaAnalysis.Fit([0.0, 1.0], [0.5, 0.5], TauSquaredMethod.FixedEffect).QPValue
            .Should().BeApproximately(MathNet.Numerics.SpecialFunctions.Erfc(Math.Sqrt(0.5)), 1e-12, "Q = 1 on 1 degree of freedom");
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
