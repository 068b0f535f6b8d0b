using System;
using System.Linq;
using FluentAssertions;
using ForceEstimates.Aggregation;
using ForceEstimates.Tests.Reference;
using Xunit;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>
/// Extreme magnitudes (issue 13): the fit is equivariant under y → 2^e·y, v → 2^2e·v (the mean and standard error scale
/// by 2^e, tau² by 2^2e, Q, I² and H² not at all), so metafor's figures for the reference data, scaled, are the expected
/// values far outside the range where the sums could be formed directly. What no scale can fit is rejected by name.
/// </summary>
public partial class MetaAnalysisTest
{
    public static TheoryData<string, string, string, int> ScaledReferenceFits()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var file in MetaforReference.FileNames)
        {
            foreach (var set in MetaforReference.DataSets(file))
            {
                foreach (var fit in set.GetProperty("fits").EnumerateObject())
                {
                    // 2^-500 puts the variances near 1e-301 (the "variances of 1e-300"), 2^400 the effects near 1e120.
                    data.Add(file, set.GetProperty("name").GetString()!, fit.Name, -500);
                    data.Add(file, set.GetProperty("name").GetString()!, fit.Name, 400);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ScaledReferenceFits))]
    public void FitAtExtremeScalesMatchesMetaforScaled(string file, string dataSet, string metaforMethod, int exponent)
    {
        var set = MetaforReference.DataSet(file, dataSet);
        var (y, v) = MetaforReference.Data(set);
        var expected = set.GetProperty("fits").GetProperty(metaforMethod);
        var method = MetaforReference.Methods[metaforMethod];
        var check = new FigureComparison();

        var fit = MetaAnalysis.Fit([.. y.Select(x => Math.ScaleB(x, exponent))], [.. v.Select(x => Math.ScaleB(x, 2 * exponent))], method);

        fit.Status.Should().Be(y.Length == 1 ? MetaAnalysisStatus.SingleStudy : MetaAnalysisStatus.Converged);
        check.Close(Math.ScaleB(fit.Mean, -exponent), expected.GetProperty("mu").GetDouble(), "mu");
        check.Close(Math.ScaleB(fit.StandardError, -exponent), expected.GetProperty("se").GetDouble(), "se");
        check.Close(Math.ScaleB(fit.TauSquared, -2 * exponent), expected.GetProperty("tau2").GetDouble(), "tau2");
        check.Close(fit.ISquared, expected.GetProperty("I2").GetDouble(), "I2");
        check.Close(fit.HSquared, expected.GetProperty("H2").GetDouble(), "H2");
        check.Close(fit.Q, expected.GetProperty("Q").GetDouble(), "Q");
        check.Close(Math.ScaleB(fit.PredictionInterval.Upper, -exponent), expected.GetProperty("pi_ub").GetDouble(), "pi_ub");
        check.AssertAll();
    }

    [Fact]
    public void DiagnosticsAtExtremeScalesAreTheScaledOnes()
    {
        // The troop effects of the censored tests, at 2^-500 and 2^400: every figure scales as the model says.
        double[] y = [9.21, 9.39, 9.30, 9.31, 8.9];
        double[] v = [0.01, 0.015, 0.005, 0.01, 0.02];
        var plainInterval = MetaAnalysis.TauSquaredConfidenceInterval(y, v);
        var plainInfluence = MetaAnalysis.Influence(y, v);
        foreach (var exponent in new[] { -500, 400 })
        {
            double[] ys = [.. y.Select(x => Math.ScaleB(x, exponent))];
            double[] vs = [.. v.Select(x => Math.ScaleB(x, 2 * exponent))];
            var interval = MetaAnalysis.TauSquaredConfidenceInterval(ys, vs);
            Math.ScaleB(interval.Lower, -2 * exponent).Should().BeApproximately(plainInterval.Lower, 1e-9 * plainInterval.Upper);
            Math.ScaleB(interval.Upper, -2 * exponent).Should().BeApproximately(plainInterval.Upper, 1e-9 * plainInterval.Upper);
            var influence = MetaAnalysis.Influence(ys, vs);
            for (var i = 0; i < y.Length; i++)
            {
                influence[i].CooksDistance.Should().BeApproximately(plainInfluence[i].CooksDistance, 1e-9 * (1 + plainInfluence[i].CooksDistance));
                influence[i].StudentizedResidual.Should().BeApproximately(plainInfluence[i].StudentizedResidual, 1e-9 * (1 + Math.Abs(plainInfluence[i].StudentizedResidual)));
                Math.ScaleB(influence[i].TauSquaredWithout, -2 * exponent).Should().BeApproximately(plainInfluence[i].TauSquaredWithout, 1e-9);
            }
            var loo = MetaAnalysis.LeaveOneOut(ys, vs);
            var plainLoo = MetaAnalysis.LeaveOneOut(y, v);
            for (var i = 0; i < y.Length; i++)
            {
                Math.ScaleB(loo[i].Mean, -exponent).Should().BeApproximately(plainLoo[i].Mean, 1e-9);
                loo[i].ISquared.Should().BeApproximately(plainLoo[i].ISquared, 1e-9);
                loo[i].Status.Should().Be(plainLoo[i].Status);
            }
        }
    }

    [Fact]
    public void EqualEffectsWithVariancesOf1eMinus300GiveTheFixedEffectClosedForm()
    {
        // All effects equal: Q = 0, tau² = 0, I² = 0 and SE = 1/√Σw = √(v/3) (before: I² NaN reported as converged).
        var fit = MetaAnalysis.Fit([1.0, 1.0, 1.0], [1e-300, 1e-300, 1e-300]);
        fit.Status.Should().Be(MetaAnalysisStatus.Converged);
        fit.Mean.Should().Be(1.0);
        fit.Q.Should().Be(0);
        fit.ISquared.Should().Be(0);
        fit.TauSquared.Should().Be(0);
        fit.StandardError.Should().BeApproximately(Math.Sqrt(1e-300 / 3), 1e-12 * Math.Sqrt(1e-300 / 3));

        // Around 1e300 with variances of 1e-320 (the differences are far below the effects' magnitude).
        var far = MetaAnalysis.Fit([1e300, 1e300, 1e300], [1e-320, 1e-320, 1e-320], TauSquaredMethod.DerSimonianLaird);
        far.Mean.Should().Be(1e300);
        far.ISquared.Should().Be(0);
    }

    [Theory]
    [InlineData(new[] { 1e200, 2e200, 3e200 }, new[] { 1.0, 1.0, 1.0 }, "effects", "*effects[2]*")]
    [InlineData(new[] { 1e200, 2e200, 3e200 }, new[] { 1e300, 1e300, 1e300 }, "effects", "*effects[2]*")]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, new[] { 1e-320, 1.0, 1.0 }, "variances", "*variances[0]*variances[1]*")]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, new[] { 1e-300, 1e-300, 1e-300 }, "effects", "*standard errors apart*")]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, new[] { 1.0, 1e300, 1.0 }, "variances", "*variances[1]*")]
    [InlineData(new[] { -1e308, 1e308 }, new[] { 1.0, 1.0 }, "effects", "*effects[1]*")]
    public void DataWithNoDoublePrecisionFitAreRejectedNamingTheArgument(double[] effects, double[] variances, string parameter, string message)
    {
        foreach (var method in Enum.GetValues<TauSquaredMethod>())
        {
            FluentActions.Invoking(() => MetaAnalysis.Fit(effects, variances, method))
                .Should().Throw<ArgumentException>().WithMessage(message).Which.ParamName.Should().Be(parameter);
        }
        FluentActions.Invoking(() => MetaAnalysis.Influence(effects, variances))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
        FluentActions.Invoking(() => MetaAnalysis.TauSquaredConfidenceInterval(effects, variances))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
        var results = new MetaAnalysisResult[2];
        FluentActions.Invoking(() => MetaAnalysis.FitMany([1.0, 2.0, .. effects], [1.0, 1.0, .. variances], [0, 2, 2 + effects.Length], results))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void OneWeightSwampingTheRestKeepsTheDigitsOfQ()
    {
        // Found by the fuzz tests: Σw − Σw²/Σw cancelled to 0 and the fit gave NaN (an internal 'lower' exception).
        // Two studies: Q = (y₁ − y₂)²/(v₁ + v₂) and the fixed-effect mean is (y₁/v₁ + y₂/v₂)/(1/v₁ + 1/v₂), in either order.
        foreach (var (y, v) in new[] { (new[] { 55278.0, 0.0 }, new[] { 8e-33, 8862 }), (new[] { 0.0, 55278.0 }, new[] { 8862, 8e-33 }) })
        {
            foreach (var method in Enum.GetValues<TauSquaredMethod>())
            {
                var fit = MetaAnalysis.Fit(y, v, method);
                fit.Q.Should().BeApproximately(55278.0 * 55278.0 / (8862 + 8e-33), 1e-9 * 344_800, method.ToString());
                double.IsFinite(fit.Mean).Should().BeTrue();
                fit.ISquared.Should().BeInRange(0, 100);
            }
            var fixedEffect = MetaAnalysis.Fit(y, v, TauSquaredMethod.FixedEffect);
            fixedEffect.Mean.Should().BeApproximately(55278.0 / (1 + (8e-33 / 8862)), 1e-9);
            fixedEffect.StandardError.Should().BeApproximately(Math.Sqrt(1 / ((1 / 8e-33) + (1 / 8862.0))), 1e-25);
        }
    }

    [Fact]
    public void CensoredFitAtExtremeScalesIsTheScaledFit()
    {
        // "more than" and "between" among points: scaled by 2^±400 the censored maximum scales with them.
        Observation[] Scaled(int e) =>
        [
            Observation.Point(Math.ScaleB(9.21, e), Math.ScaleB(0.01, 2 * e)),
            Observation.Point(Math.ScaleB(9.39, e), Math.ScaleB(0.015, 2 * e)),
            Observation.Point(Math.ScaleB(9.30, e), Math.ScaleB(0.005, 2 * e)),
            Observation.AtLeast(Math.ScaleB(9.21, e), Math.ScaleB(0.01, 2 * e)),
            Observation.Between(Math.ScaleB(9.3, e), Math.ScaleB(9.9, e), Math.ScaleB(0.01, 2 * e)),
        ];
        var plain = MetaAnalysis.FitCensored(Scaled(0), []);
        foreach (var exponent in new[] { -400, 400 })
        {
            var fit = MetaAnalysis.FitCensored(Scaled(exponent), []);
            fit.Status.Should().Be(plain.Status);
            Math.ScaleB(fit.Mean, -exponent).Should().BeApproximately(plain.Mean, 1e-9);
            Math.ScaleB(fit.StandardError, -exponent).Should().BeApproximately(plain.StandardError, 1e-9);
            Math.ScaleB(fit.TauSquared, -2 * exponent).Should().BeApproximately(plain.TauSquared, 1e-9);
        }
    }

    [Fact]
    public void CensoredFitWithABoundOf1e300IsRejectedNamingTheObservations()
    {
        // Was an ArithmeticException from MathNet (NaN into the normal CDF).
        FluentActions.Invoking(() => MetaAnalysis.FitCensored([Observation.Point(1, 1), Observation.Point(2, 1), Observation.AtLeast(1e300, 1)], []))
            .Should().Throw<ArgumentException>().WithMessage("*observations[2]*").Which.ParamName.Should().Be("observations");
        var fit = MetaAnalysis.FitCensored([Observation.Point(1e300, 1), Observation.AtLeast(1e300, 1)], []);
        fit.Mean.Should().BeGreaterThanOrEqualTo(1e300);
        double.IsFinite(fit.StandardError).Should().BeTrue();
    }
}
