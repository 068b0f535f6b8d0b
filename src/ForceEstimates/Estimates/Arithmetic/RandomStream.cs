using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ForceEstimates;

/// <summary>
/// The random numbers behind Monte Carlo arithmetic: xoshiro256** (Blackman &amp; Vigna 2021,
/// "Scrambled linear pseudorandom number generators", ACM TOMS 47(4)) seeded through SplitMix64,
/// with standard normals by the ziggurat method (Marsaglia &amp; Tsang 2000, "The Ziggurat Method
/// for Generating Random Variables", J. Stat. Softw. 5(8), 256 layers) and gamma variates by
/// Marsaglia &amp; Tsang (2000, ACM TOMS 26(3)). Written here rather than taken from
/// <see cref="Random"/> because a seeded <see cref="Random"/> is several times slower per draw, and
/// because the stream must be the same on every runtime the library targets. A mutable struct:
/// one per computation, never shared.
/// </summary>
internal struct RandomStream
{
    // The 256-layer ziggurat of exp(−x²/2): r is the start of the tail, v the area of each layer.
    private const int Layers = 256;
    private const double TailStart = 3.6541528853610088;
    private const double LayerArea = 0.00492867323399;

    // Layer i spans x in [0, LayerEdge[i]] between heights Density(LayerEdge[i]) and Density(LayerEdge[i + 1]).
    private static readonly double[] LayerEdge = BuildLayers();
    private static readonly double[] LayerHeight = BuildHeights();

    private ulong s0, s1, s2, s3;

    internal RandomStream(ulong seed)
    {
        s0 = SplitMix(ref seed);
        s1 = SplitMix(ref seed);
        s2 = SplitMix(ref seed);
        s3 = SplitMix(ref seed);
    }

    /// <summary>64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong NextBits()
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform number in (0, 1): 53 random bits, never 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double NextOpenUnit() => ((NextBits() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>A standard normal variate.</summary>
    internal double NextNormal()
    {
        while (true)
        {
            var bits = NextBits();
            var layer = (int)(bits & (Layers - 1));
            // The top 53 bits as a signed uniform in (−1, 1); the low 8 bits chose the layer.
            var u = ((((bits >> 11) + 0.5) * (1.0 / (1UL << 53))) * 2) - 1;
            var x = u * LayerEdge[layer];
            if (Math.Abs(x) < LayerEdge[layer + 1])
            {
                return x;
            }
            if (layer == 0)
            {
                return Tail(u < 0);
            }
            // The wedge between the layer's rectangle and the curve.
            var y = LayerHeight[layer] + (NextOpenUnit() * (LayerHeight[layer + 1] - LayerHeight[layer]));
            if (y < Density(x))
            {
                return x;
            }
        }
    }

    /// <summary>A Gamma(<paramref name="shape"/>, 1) variate, shape positive.</summary>
    internal double NextGamma(double shape)
    {
        if (shape is 1 or 2 or 3 or 4)
        {
            // An integer shape k is a sum of k unit exponentials: −ln(U₁⋯U_k), exact and cheaper than rejection.
            var product = NextOpenUnit();
            for (var i = 1; i < shape; i++)
            {
                product *= NextOpenUnit();
            }
            return -Math.Log(product);
        }
        if (shape < 1)
        {
            // Gamma(a) = Gamma(a + 1) · U^(1/a) (Marsaglia & Tsang, section 6).
            return NextGamma(shape + 1) * Math.Pow(NextOpenUnit(), 1 / shape);
        }
        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = NextNormal();
                v = 1 + (c * x);
            }
            while (v <= 0);
            v = v * v * v;
            var u = NextOpenUnit();
            var x2 = x * x;
            if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    internal void FillNormal(Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = NextNormal();
        }
    }

    // Beyond the tail start r: Marsaglia's (1964) method, x = r + a with a exponential, accepted with probability e^(−a²/2).
    private double Tail(bool negative)
    {
        double a, b;
        do
        {
            a = -Math.Log(NextOpenUnit()) / TailStart;
            b = -Math.Log(NextOpenUnit());
        }
        while (2 * b < a * a);
        return negative ? -(TailStart + a) : TailStart + a;
    }

    private static double Density(double x) => Math.Exp(-0.5 * x * x);

    private static double[] BuildLayers()
    {
        var edge = new double[Layers + 1];
        // The bottom layer is the rectangle up to Density(r) widened so that its area, tail included, is v.
        edge[0] = LayerArea / Density(TailStart);
        edge[1] = TailStart;
        for (var i = 1; i < Layers - 1; i++)
        {
            edge[i + 1] = Math.Sqrt(-2 * Math.Log(Density(edge[i]) + (LayerArea / edge[i])));
        }
        edge[Layers] = 0;
        return edge;
    }

    private static double[] BuildHeights()
    {
        var height = new double[Layers + 1];
        for (var i = 0; i <= Layers; i++)
        {
            height[i] = Density(LayerEdge[i]);
        }
        // The bottom layer's lower edge is the axis, not Density(edge[0]).
        height[0] = 0;
        return height;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
