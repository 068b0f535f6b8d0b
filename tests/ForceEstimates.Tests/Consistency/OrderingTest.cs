using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using ForceEstimates.Consistency;
using MathNet.Numerics.Distributions;
using Xunit;
using static ForceEstimates.Tests.Consistency.ConsistencyReports;

namespace ForceEstimates.Tests.Consistency;

public class OrderingTest
{
    private static readonly ArithmeticOptions Sampling = ArithmeticOptions.Default with { SampleCount = 40_000, Seed = 3 };

    // ∫ Φ(t) dt = tΦ(t) + φ(t): the antiderivative behind P(N ≤ U) for N normal and U uniform.
    private static double IntegratedPhi(double t) => (t * Normal.CDF(0, 1, t)) + Normal.PDF(0, 1, t);

    [Theory]
    [InlineData(10, 1, 8, 14)]
    [InlineData(10, 0.2, 8, 14)]
    [InlineData(10, 5, 8, 9)]
    [InlineData(20, 1, 8, 14)]
    public void Quadrature_AgreesWithTheClosedFormOfANormalBelowAUniform(double mean, double sd, double low, double high)
    {
        // P(N ≤ U) = (1/(b − a)) ∫ₐᵇ Φ((u − μ)/σ) du = σ/(b − a) · [IΦ((b − μ)/σ) − IΦ((a − μ)/σ)].
        var expected = sd / (high - low) * (IntegratedPhi((high - mean) / sd) - IntegratedPhi((low - mean) / sd));

        var probability = Ordering.ProbabilityAtMost(NormalDistribution.Of(mean, sd), UniformDistribution.Of(low, high), 0, Sampling);

        probability.Should().BeApproximately(expected, 2e-3);
    }

    [Theory]
    [InlineData("nearly 60,000", "about 58,000")]
    [InlineData("over 10,000", "about 11,000")]
    [InlineData("about 11,000", "over 10,000")]
    [InlineData("nearly 580,000", "nearly 600,000")]
    [InlineData("at most 1,376", "between 1,300 and 1,400")]
    public void Quadrature_AgreesWithMonteCarlo(string lesser, string greater)
    {
        var a = Estimate.Parse(lesser).Distribution;
        var b = Estimate.Parse(greater).Distribution;
        var draws = (SampleDistribution)ForceEstimates.Arithmetic.Difference(Estimate.Parse(greater), Estimate.Parse(lesser), options: Sampling with { Method = ArithmeticMethod.MonteCarlo }).Distribution;
        var sampled = 1 - draws.Cdf(Math.BitDecrement(0.0));

        var probability = Ordering.ProbabilityAtMost(a, b, 0, Sampling);

        probability.Should().BeApproximately(sampled, (5 * Math.Sqrt(sampled * (1 - sampled) / 40_000)) + 1e-3);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.6)]
    [InlineData(-0.5)]
    public void Correlated_LogNormals_UseTheClosedForm_AndOthersMonteCarlo(double rho)
    {
        var a = LogNormalDistribution.FromLogParameters(Math.Log(100), 0.1);
        var b = LogNormalDistribution.FromLogParameters(Math.Log(110), 0.05);
        var expected = Normal.CDF(0, 1, Math.Log(1.1) / Math.Sqrt(0.01 + 0.0025 - (2 * rho * 0.005)));
        var oneSided = Estimate.Parse("nearly 110").Distribution;

        Ordering.ProbabilityAtMost(a, b, rho, Sampling).Should().BeApproximately(expected, 1e-12);
        var sampled = Ordering.ProbabilityAtMost(a, oneSided, rho, Sampling);
        var independent = Ordering.ProbabilityAtMost(a, oneSided, 0, Sampling);
        // A positive correlation narrows the difference, which here lies mostly above 0.
        (rho > 0 ? sampled >= independent - 0.01 : rho < 0 ? sampled <= independent + 0.01 : Math.Abs(sampled - independent) < 0.01).Should().BeTrue();
    }

    [Fact]
    public void Points_AndTies()
    {
        var point = PointDistribution.Of(5);

        Ordering.ProbabilityAtMost(point, PointDistribution.Of(5), 0, Sampling).Should().Be(1);
        Ordering.ProbabilityAtMost(point, PointDistribution.Of(4), 0, Sampling).Should().Be(0);
        Ordering.ProbabilityAtMost(point, NormalDistribution.Of(5, 1), 0, Sampling).Should().BeApproximately(0.5, 1e-12);
        Ordering.ProbabilityAtMost(NormalDistribution.Of(5, 1), PointDistribution.Of(6), 0, Sampling).Should().BeApproximately(Normal.CDF(0, 1, 1), 1e-12);
        // A sample at exactly the point counts as "at least".
        Ordering.ProbabilityAtMost(point, SampleDistribution.Of([4.0, 5, 6, 7]), 0, Sampling).Should().Be(0.75);
    }

    private static readonly string[] Hedges = ["", "about ", "approximately ", "exactly ", "nearly ", "almost ", "some "];

    private static Report Figure(string id, string place, int hedge, double value)
        => Make(id, Hedges[(uint)hedge % Hedges.Length] + Math.Round(value).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), place: place);

    [FsCheck.Xunit.Property(MaxTest = 150)]
    public Property AnInequalityThatHoldsByAWideMargin_HasProbabilityNearOne(int hedgeA, int hedgeB, int magnitude, byte spread)
    {
        // The whole is at least three times the part: far beyond every hedge's reading.
        var part = 100 + (Math.Abs(magnitude % 1_000_000));
        var whole = part * (3 + (spread % 50));
        var options = ConsistencyOptions.Default.WithPart("Kursk Oblast", "all fronts");

        var finding = ConsistencyCheck.Run([Figure("part", "Kursk Oblast", hedgeA, part), Figure("whole", "all fronts", hedgeB, whole)], options).Single();

        return (finding.Probability > 0.999 && finding.Verdict == Verdict.Consistent).ToProperty();
    }

    [FsCheck.Xunit.Property(MaxTest = 150)]
    public Property AnInequalityBrokenByFar_HasProbabilityNearZero(int hedgeA, int hedgeB, int magnitude, byte spread)
    {
        var whole = 100 + (Math.Abs(magnitude % 1_000_000));
        var part = whole * (3 + (spread % 50));

        var finding = ConsistencyCheck.Run(
            [Figure("level", "Kursk Oblast", hedgeA, part).WithRefersTo(new NodaTime.DateInterval(Day, Day)),
             Figure("peak", "Kursk Oblast", hedgeB, whole).WithQuantity(Quantity.Of(Metric.Personnel, "Russian troops", "Kursk Oblast", Unit.Persons, Statistic.Peak))
                 .WithRefersTo(new NodaTime.DateInterval(Date(8, 6), Day))]).Single();

        return (finding.Rule == ConsistencyRule.PeakAtLeastLevel && finding.Probability < 0.001 && finding.Verdict == Verdict.Violated).ToProperty();
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Quadrature_AgreesWithMonteCarlo_ForRandomOneSidedReadings(int seed, int magnitude, byte gap, bool below)
    {
        var value = 1_000 + Math.Abs(magnitude % 100_000);
        var other = value * (0.9 + (gap / 1000.0));
        var a = Estimate.Parse((below ? "nearly " : "over ") + value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var b = Estimate.Parse("about " + Math.Round(other).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var options = ArithmeticOptions.Default with { Method = ArithmeticMethod.MonteCarlo, SampleCount = 20_000, Seed = seed };
        var difference = ForceEstimates.Arithmetic.Difference(b, a, options: options);
        var sampled = 1 - difference.Cdf(Math.BitDecrement(0.0));

        var probability = Ordering.ProbabilityAtMost(a.Distribution, b.Distribution, 0, options);

        return (Math.Abs(probability - sampled) <= (5 * Math.Sqrt(sampled * (1 - sampled) / 20_000)) + 2e-3).ToProperty();
    }
}
