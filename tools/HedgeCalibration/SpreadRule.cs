using System;

namespace ForceEstimates.HedgeCalibration;

/// <summary>
/// The rule that turns a hedge's summary figures into the spread the library ships (README.md).
/// The unit tests restate it independently against the summary file kept in the repository.
/// </summary>
internal static class SpreadRule
{
    public static HedgeSpread Spread(HedgeKind kind, double zeroShare, double medianLower, double medianUpper, double nonzeroLogHalfWidth)
    {
        var lower = Math.Round(Math.Min(0, medianLower), 4);
        var upper = Math.Round(Math.Max(0, medianUpper), 4);
        return kind switch
        {
            HedgeKind.Bare or HedgeKind.Exact => HedgeSpread.FromLogHalfWidth(MixtureLogHalfWidth(zeroShare, nonzeroLogHalfWidth)),
            HedgeKind.Above or HedgeKind.AtLeast => new HedgeSpread(0, upper),
            HedgeKind.JustBelow or HedgeKind.AtMost or HedgeKind.Below => new HedgeSpread(lower, 0),
            _ => new HedgeSpread(lower, upper),
        };
    }

    /// <summary>
    /// Most participants read a bare or "exactly" figure as a point; the rest give a range. The
    /// standard deviation of that mixture is √(share giving a range) × the spread of those who do,
    /// so the log half-width is scaled by the square root of the non-zero share.
    /// </summary>
    public static double MixtureLogHalfWidth(double zeroShare, double nonzeroLogHalfWidth)
        => Math.Round(Math.Sqrt(1 - zeroShare) * nonzeroLogHalfWidth, 5);
}
