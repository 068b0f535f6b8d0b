using System;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace ForceEstimates;

/// <summary>
/// A distribution wholly on one side of a stated bound, for one-sided hedges: "over 40%" lies
/// above 40, "nearly 60,000" below 60,000. The value is <c>Bound · e^(±Y)</c> where the relative
/// distance Y from the bound (on the log scale) follows a gamma distribution with
/// <see cref="Shape"/> and <see cref="Scale"/>. A shape above 1 gives zero density at the bound
/// itself (nobody says "nearly 60,000" of 59,999.9) and a mode a little inside the open side.
/// No probability ever lies on the wrong side of the bound: for <see cref="OneSidedDirection.Above"/>,
/// <c>Cdf(Bound) = 0</c>; for <see cref="OneSidedDirection.Below"/>, <c>Cdf(Bound) = 1</c>.
/// Immutable and thread-safe.
/// </summary>
public sealed class OneSidedDistribution : EstimateDistribution
{
    private OneSidedDistribution(double bound, OneSidedDirection direction, double shape, double scale)
    {
        Bound = bound;
        Direction = direction;
        Shape = shape;
        Scale = scale;
    }

    /// <summary>Creates the distribution.</summary>
    /// <param name="bound">The stated bound; finite and positive.</param>
    /// <param name="direction">Which side of the bound the value lies on.</param>
    /// <param name="shape">The gamma shape of Y; finite and positive.</param>
    /// <param name="scale">The gamma scale of Y (log-scale relative distance); finite and positive.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">An argument is NaN, infinite or not positive, or the direction is undefined.</exception>
    public static OneSidedDistribution Of(double bound, OneSidedDirection direction, double shape, double scale)
    {
        Preconditions.CheckPositive(bound);
        Preconditions.CheckArgument(direction is OneSidedDirection.Above or OneSidedDirection.Below, nameof(direction),
            "Expected OneSidedDirection.Above or OneSidedDirection.Below.");
        return new OneSidedDistribution(bound, direction, Preconditions.CheckPositive(shape), Preconditions.CheckPositive(scale));
    }

    /// <summary>
    /// Creates the distribution whose quantile on the open side at <paramref name="level"/> lies
    /// at relative distance <paramref name="relativeSpread"/> from the bound: for "over 100" with
    /// spread 0.1 and level 0.95, 95% of the probability lies in [100, 110].
    /// </summary>
    /// <param name="bound">The stated bound; finite and positive.</param>
    /// <param name="direction">Which side of the bound the value lies on.</param>
    /// <param name="shape">The gamma shape of Y; finite and positive.</param>
    /// <param name="relativeSpread">The relative distance of that quantile from the bound, positive; below 1 for <see cref="OneSidedDirection.Below"/>.</param>
    /// <param name="level">The probability within that distance, in (0, 1).</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static OneSidedDistribution FromSpread(double bound, OneSidedDirection direction, double shape, double relativeSpread, double level)
    {
        Preconditions.CheckPositive(relativeSpread);
        Preconditions.CheckOpenUnit(level);
        Preconditions.CheckArgument(direction != OneSidedDirection.Below || relativeSpread < 1, nameof(relativeSpread),
            "Expected a relative spread below 1 for a distribution below its bound.");
        var logDistance = direction == OneSidedDirection.Above ? Math.Log(1 + relativeSpread) : -Math.Log(1 - relativeSpread);
        return Of(bound, direction, shape, logDistance / Gamma.InvCDF(Preconditions.CheckPositive(shape), 1, level));
    }

    /// <summary>Trusted constructor for the hedge model's precomputed parameters.</summary>
    internal static OneSidedDistribution CreateTrusted(double bound, OneSidedDirection direction, double shape, double scale)
        => new(bound, direction, shape, scale);

    /// <summary>The stated bound, in the stated unit.</summary>
    public double Bound { get; }

    /// <summary>Which side of <see cref="Bound"/> the value lies on.</summary>
    public OneSidedDirection Direction { get; }

    /// <summary>The gamma shape of the log-scale distance Y from the bound.</summary>
    public double Shape { get; }

    /// <summary>The gamma scale of the log-scale distance Y from the bound.</summary>
    public double Scale { get; }

    private double Sign => Direction == OneSidedDirection.Above ? 1 : -1;

    /// <summary>The mean: Bound · E[e^(±Y)] = Bound · (1 ∓ Scale)^(−Shape); +∞ when that does not exist.</summary>
    public override double Mean => Moment(1);

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            var mean = Moment(1);
            var second = Moment(2);
            return double.IsInfinity(second) ? double.PositiveInfinity : Math.Max(0, second - (mean * mean));
        }
    }

    /// <inheritdoc />
    public override double SupportLower => Direction == OneSidedDirection.Above ? Bound : 0;

    /// <inheritdoc />
    public override double SupportUpper => Direction == OneSidedDirection.Above ? double.PositiveInfinity : Bound;

    // E[X^t] = Bound^t · E[e^(±tY)], the gamma moment generating function (1 − θs)^(−k) for θs < 1.
    private double Moment(int t)
    {
        var s = Sign * t * Scale;
        return s >= 1 ? double.PositiveInfinity : Math.Pow(Bound, t) * Math.Pow(1 - s, -Shape);
    }

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }
        if (Direction == OneSidedDirection.Above)
        {
            return x <= Bound ? 0 : Gamma.CDF(Shape, 1, Math.Log(x / Bound) / Scale);
        }
        if (x >= Bound)
        {
            return 1;
        }
        return x <= 0 ? 0 : 1 - Gamma.CDF(Shape, 1, Math.Log(Bound / x) / Scale);
    }

    /// <inheritdoc />
    protected override double QuantileCore(double p)
    {
        var y = Direction == OneSidedDirection.Above ? UnitGammaQuantile(p, complement: false) : -UnitGammaQuantile(p, complement: true);
        return Bound * Math.Exp(Scale * y);
    }

    // Inverting the gamma CDF costs about a microsecond; the median, the 90% and 95% interval ends and
    // the one-sigma points (which aggregation reads) are asked for most, so they are kept per shape
    // (one shape is in use almost always).
    // With complement, the quantile at 1 − p; p itself is matched, since 1 − 0.95 is not 0.05 in binary floating point.
    private double UnitGammaQuantile(double p, bool complement)
    {
        var cached = commonQuantiles;
        if (cached.Shape != Shape)
        {
            cached = new CommonQuantiles(Shape);
            commonQuantiles = cached;
        }
        return p switch
        {
            0.025 => complement ? cached.P975 : cached.P025,
            0.05 => complement ? cached.P95 : cached.P05,
            StandardNormal.OneSigmaBelow => complement ? cached.POneSigmaAbove : cached.POneSigmaBelow,
            0.5 => cached.P50,
            StandardNormal.OneSigmaAbove => complement ? cached.POneSigmaBelow : cached.POneSigmaAbove,
            0.95 => complement ? cached.P05 : cached.P95,
            0.975 => complement ? cached.P025 : cached.P975,
            _ => Gamma.InvCDF(Shape, 1, complement ? 1 - p : p),
        };
    }

    private static CommonQuantiles commonQuantiles = new(2);

    private sealed class CommonQuantiles(double shape)
    {
        public double Shape { get; } = shape;

        public double P025 { get; } = Gamma.InvCDF(shape, 1, 0.025);

        public double P05 { get; } = Gamma.InvCDF(shape, 1, 0.05);

        public double POneSigmaBelow { get; } = Gamma.InvCDF(shape, 1, StandardNormal.OneSigmaBelow);

        public double POneSigmaAbove { get; } = Gamma.InvCDF(shape, 1, StandardNormal.OneSigmaAbove);

        public double P975 { get; } = Gamma.InvCDF(shape, 1, 0.975);

        public double P50 { get; } = Gamma.InvCDF(shape, 1, 0.5);

        public double P95 { get; } = Gamma.InvCDF(shape, 1, 0.95);
    }

    /// <inheritdoc />
    public override bool Equals(EstimateDistribution? other)
        => other is OneSidedDistribution o && Bound.Equals(o.Bound) && Direction == o.Direction && Shape.Equals(o.Shape) && Scale.Equals(o.Scale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(OneSidedDistribution), Bound, Direction, Shape, Scale);

    /// <summary>Describes the parameters, culture-invariant, e.g. <c>OneSided(above 40, shape 2, scale 0.04)</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"OneSided({(Direction == OneSidedDirection.Above ? "above" : "below")} {Bound:G6}, shape {Shape:G6}, scale {Scale:G6})");
}

/// <summary>Which side of its bound a <see cref="OneSidedDistribution"/> lies on.</summary>
public enum OneSidedDirection
{
    /// <summary>Not a direction; rejected by the factories.</summary>
    None = 0,

    /// <summary>Above the bound ("over", "at least").</summary>
    Above = 1,

    /// <summary>Below the bound ("nearly", "at most", "under").</summary>
    Below = 2,
}
