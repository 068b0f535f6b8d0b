namespace ForceEstimates;

/// <summary>
/// How round a stated number is, from its significant digits (trailing zeros of a whole number
/// are not significant): <c>800</c> and <c>60,000</c> have one, <c>11,000</c> and <c>580,000</c>
/// two, <c>1,376</c> four. Rounder numbers are read more loosely; in the calibration data
/// (Ferson et al. 2015) the median participant's range for "about" is about ±10% for one
/// significant digit, ±6% for two and ±1% for three or more.
/// </summary>
public enum Roundness
{
    /// <summary>One significant digit: 800, 60,000, 40%.</summary>
    OneSignificantDigit,

    /// <summary>Two significant digits: 11,000, 580,000, 1.2 million.</summary>
    TwoSignificantDigits,

    /// <summary>Three or more significant digits: 1,376, 10,900.</summary>
    Precise,
}
