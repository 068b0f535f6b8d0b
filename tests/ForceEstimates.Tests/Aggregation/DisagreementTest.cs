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
    /// <summary>The first round's residuals against a leave-one-out refit with the core's DerSimonian–Laird fit.</summary>
    [Property(MaxTest = 200)]
    public bool FirstRoundResidualsMatchALeaveOneOutRefit(PositiveInt seed, bool fixedEffect)
    {
        var random = new Random(seed.Get);
        int n = random.Next(3, 12);
        var y = Enumerable.Range(0, n).Select(_ => random.NextDouble() * (random.NextDouble() < 0.5 ? 0.1 : 2)).ToArray();
        var v = Enumerable.Range(0, n).Select(_ => 0.001 + random.NextDouble() * 0.05).ToArray();
        var observations = y.Zip(v, Observation.Point).ToArray();
        var residuals = new double[n];
        var flagged = new bool[n];
        // A threshold no residual reaches keeps every report active, so all residuals are first-round ones.
        Disagreement.Find(observations, y, v, fixedEffect, threshold: 1e9, residuals, flagged);
        for (int i = 0; i < n; i++)
        {
            var restY = y.Where((_, j) => j != i).ToArray();
            var restV = v.Where((_, j) => j != i).ToArray();
            var rest = MetaAnalysis.Fit(restY, restV, fixedEffect ? TauSquaredMethod.FixedEffect : TauSquaredMethod.DerSimonianLaird);
            double expected = (y[i] - rest.Mean) / Math.Sqrt(v[i] + rest.TauSquared + (rest.StandardError * rest.StandardError));
            if (Math.Abs(residuals[i] - expected) > 1e-9 * Math.Max(1, Math.Abs(expected)) || flagged[i])
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
        Disagreement.Find(observations, y, v, fixedEffect: true, threshold: 1.96, residuals, flagged);
        flagged.Should().Equal(false, false, false, false, true);
        residuals[4].Should().BeGreaterThan(1.96);
    }
}

public class DisagreementAtScaleTest
{
    [Fact]
    public void WithManyReportsTauIsHeldAndEachResidualIsALeaveOneOutMean()
    {
        var random = new Random(7);
        int n = Disagreement.SequentialLimit + 100;
        var y = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var v = Enumerable.Range(0, n).Select(_ => 0.01 + random.NextDouble() * 0.05).ToArray();
        var observations = y.Zip(v, Observation.Point).ToArray();
        var residuals = new double[n];
        var flagged = new bool[n];
        Disagreement.Find(observations, y, v, fixedEffect: false, threshold: 1e9, residuals, flagged);
        double tau2 = MetaAnalysis.Fit(y, v, TauSquaredMethod.DerSimonianLaird).TauSquared;
        foreach (int i in new[] { 0, 17, n - 1 })
        {
            var w = v.Select(x => 1 / (x + tau2)).ToArray();
            double sw = w.Where((_, j) => j != i).Sum();
            double mean = w.Select((x, j) => j == i ? 0 : x * y[j]).Sum() / sw;
            double expected = (y[i] - mean) / Math.Sqrt(v[i] + tau2 + (1 / sw));
            residuals[i].Should().BeApproximately(expected, 1e-9);
        }
    }

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
