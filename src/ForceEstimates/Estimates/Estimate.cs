using System;
using System.Diagnostics.CodeAnalysis;

namespace ForceEstimates;

// CONTRACT STUB: the Estimates-layer work replaces this file with the real implementation.
// Other layers may rely on every member declared here.

/// <summary>An uncertain number as stated in a report and as interpreted.</summary>
public sealed class Estimate
{
    private Estimate() { }

    /// <summary>Parses a figure as newspapers write it.</summary>
    public static Estimate Parse(string text) => throw new NotImplementedException();

    /// <summary>Parses a figure with a given hedge model.</summary>
    public static Estimate Parse(string text, HedgeModel model) => throw new NotImplementedException();

    /// <summary>Tries to parse a figure.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Estimate? estimate) => throw new NotImplementedException();

    /// <summary>Tries to parse a figure with a given hedge model.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, HedgeModel model, [NotNullWhen(true)] out Estimate? estimate) => throw new NotImplementedException();

    /// <summary>An exact value.</summary>
    public static Estimate Exact(double value) => throw new NotImplementedException();

    /// <summary>"about value".</summary>
    public static Estimate About(double value) => throw new NotImplementedException();

    /// <summary>"between low and high".</summary>
    public static Estimate Between(double low, double high) => throw new NotImplementedException();

    /// <summary>"at least bound".</summary>
    public static Estimate AtLeast(double bound) => throw new NotImplementedException();

    /// <summary>"at most bound".</summary>
    public static Estimate AtMost(double bound) => throw new NotImplementedException();

    /// <summary>The figure as stated.</summary>
    public StatedFigure Stated => throw new NotImplementedException();

    /// <summary>The hedge category.</summary>
    public HedgeKind Hedge => throw new NotImplementedException();

    /// <summary>The stated lower bound when the claim is bounded below ("over 40%", "between 11,000 and ..."), else null.</summary>
    public double? LowerBound => throw new NotImplementedException();

    /// <summary>The stated upper bound when the claim is bounded above ("nearly 60,000", "up to 15,000"), else null.</summary>
    public double? UpperBound => throw new NotImplementedException();

    /// <summary>The median.</summary>
    public double Median => throw new NotImplementedException();

    /// <summary>The mean.</summary>
    public double Mean => throw new NotImplementedException();

    /// <summary>The quantile at p.</summary>
    public double Quantile(double p) => throw new NotImplementedException();

    /// <summary>The cumulative probability at x.</summary>
    public double Cdf(double x) => throw new NotImplementedException();

    /// <summary>The central interval at the level.</summary>
    public EstimateInterval Interval(double level) => throw new NotImplementedException();
}

/// <summary>The stated form of a figure.</summary>
public sealed class StatedFigure
{
    private StatedFigure() { }

    /// <summary>The text as written.</summary>
    public string Text => throw new NotImplementedException();

    /// <summary>The hedge words as written ("nearly"), or empty.</summary>
    public string HedgeText => throw new NotImplementedException();

    /// <summary>The number(s) as stated, in the stated unit.</summary>
    public System.Collections.Generic.IReadOnlyList<double> Values => throw new NotImplementedException();

    /// <summary>The unit as written, or null.</summary>
    public string? Unit => throw new NotImplementedException();
}

/// <summary>Hedge categories.</summary>
public enum HedgeKind
{
    /// <summary>A bare number.</summary>
    Bare,
    /// <summary>"exactly".</summary>
    Exact,
    /// <summary>"about".</summary>
    Approximate,
    /// <summary>"nearly", "almost".</summary>
    JustBelow,
    /// <summary>"over", "more than".</summary>
    Above,
    /// <summary>"at least".</summary>
    AtLeast,
    /// <summary>"at most", "up to".</summary>
    AtMost,
    /// <summary>"under", "fewer than".</summary>
    Below,
    /// <summary>"between a and b".</summary>
    Range,
    /// <summary>"dozens", "tens of thousands".</summary>
    Vague,
}

/// <summary>Turns a hedge and number into a distribution.</summary>
public class HedgeModel
{
    /// <summary>The default, calibrated model.</summary>
    public static HedgeModel Default => throw new NotImplementedException();
}
