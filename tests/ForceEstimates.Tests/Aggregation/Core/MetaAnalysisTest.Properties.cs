using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ForceEstimates.Aggregation;

namespace ForceEstimates.Tests.Aggregation;

/// <summary>Invariants over random data sets.</summary>
public partial class MetaAnalysisTest
{
    private static (double[] Effects, double[] Variances) RandomData(int seed, int k)
    {
        var random = new Random(seed);
        var tau = new[] { 0.0, 0.1, 1.0, 10.0 }[random.Next(4)];
        var v = Enumerable.Range(0, k).Select(_ => Math.Pow(10, (random.NextDouble() * 4) - 3)).ToArray();
        var y = v.Select(x => 5 + (Math.Sqrt(x + (tau * tau)) * ((random.NextDouble() * 2) - 1) * 1.7)).ToArray();
        return (y, v);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property AdHocKnappHartungIsNeverNarrowerThanNone(int seed, byte size)
    {
        var k = 2 + (size % 30);
        var (y, v) = RandomData(seed, k);
        return Enum.GetValues<TauSquaredMethod>().All(method =>
        {
            var none = MetaAnalysis.Fit(y, v, method);
            var adhoc = MetaAnalysis.Fit(y, v, method, KnappHartung.AdHoc);
            return adhoc.StandardError >= none.StandardError * (1 - 1e-15)
                   && adhoc.ConfidenceInterval.Width >= none.ConfidenceInterval.Width * (1 - 1e-15)
                   && adhoc.PredictionInterval.Width >= none.PredictionInterval.Width * (1 - 1e-15);
        }).ToProperty();
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property EstimatesAreSaneAndOrderFree(int seed, byte size)
    {
        var k = 1 + (size % 25);
        var (y, v) = RandomData(seed, k);
        var order = Enumerable.Range(0, k).OrderBy(i => (i * 7919) % 13).ThenBy(i => i).ToArray();
        var y2 = order.Select(i => y[i]).ToArray();
        var v2 = order.Select(i => v[i]).ToArray();
        return Enum.GetValues<TauSquaredMethod>().All(method =>
        {
            var fit = MetaAnalysis.Fit(y, v, method);
            var shuffled = MetaAnalysis.Fit(y2, v2, method);
            return fit.TauSquared >= 0
                   && fit.Mean >= y.Min() - 1e-9 && fit.Mean <= y.Max() + 1e-9
                   && fit.ISquared >= 0 && fit.ISquared < 100
                   && fit.PredictionInterval.Width >= fit.ConfidenceInterval.Width
                   && Math.Abs(fit.Mean - shuffled.Mean) <= 1e-7 * (1 + Math.Abs(fit.Mean))
                   && Math.Abs(fit.TauSquared - shuffled.TauSquared) <= 1e-7 * (1 + fit.TauSquared);
        }).ToProperty();
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public Property ShiftingTheEffectsShiftsOnlyTheMean(int seed, byte size, sbyte shift)
    {
        var k = 2 + (size % 20);
        var (y, v) = RandomData(seed, k);
        double delta = shift;
        var moved = y.Select(x => x + delta).ToArray();
        return Enum.GetValues<TauSquaredMethod>().All(method =>
        {
            var a = MetaAnalysis.Fit(y, v, method);
            var b = MetaAnalysis.Fit(moved, v, method);
            return Math.Abs(b.Mean - a.Mean - delta) <= 1e-8 * (1 + Math.Abs(delta))
                   && Math.Abs(b.TauSquared - a.TauSquared) <= 1e-7 * (1 + a.TauSquared)
                   && Math.Abs(b.Q - a.Q) <= 1e-7 * (1 + a.Q);
        }).ToProperty();
    }
}
