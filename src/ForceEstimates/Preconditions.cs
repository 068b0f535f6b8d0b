using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ForceEstimates;

/// <summary>Argument checks shared by the whole library, so that messages read the same everywhere.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, [CallerArgumentExpression(nameof(argument))] string paramName = "")
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    /// <summary>Rejects NaN and infinities.</summary>
    internal static double CheckFinite(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Expected a finite number, but got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", paramName);
        }
        return value;
    }

    /// <summary>Rejects NaN, infinities, zero and negative numbers.</summary>
    internal static double CheckPositive(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentException($"Expected a finite number greater than zero, but got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", paramName);
        }
        return value;
    }

    /// <summary>Requires <paramref name="value"/> strictly between 0 and 1 (a probability level or quantile).</summary>
    internal static double CheckOpenUnit(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Expected a probability strictly between 0 and 1.");
        }
        return value;
    }

    /// <summary>Requires <paramref name="value"/> in [0, 1].</summary>
    internal static double CheckClosedUnit(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Expected a probability between 0 and 1 inclusive.");
        }
        return value;
    }

    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>
    /// As <see cref="CheckArgument(bool, string, string)"/>, for an interpolated message that is only
    /// formatted when the check fails: checks on hot paths (unit conversion, say) cost nothing when they pass.
    /// </summary>
    internal static void CheckArgument(bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Builds a check's message, culture-invariant, only when the check has failed.</summary>
    [InterpolatedStringHandler]
    internal ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler inner;

        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            inner = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        }

        public void AppendLiteral(string value) => inner.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

        public void AppendFormatted<T>(T value, int alignment) => inner.AppendFormatted(value, alignment);

        public void AppendFormatted(string? value) => inner.AppendFormatted(value);

        public void AppendFormatted(ReadOnlySpan<char> value) => inner.AppendFormatted(value);

        public string ToStringAndClear() => inner.ToStringAndClear();
    }
}
