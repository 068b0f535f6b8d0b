using System;
using FluentAssertions;

namespace ForceEstimates.Tests.Estimates;

/// <summary>Checks the equality contract once for any type: Equals (typed and object), the operators when present, and hashing.</summary>
internal static class EqualityContract
{
    public static void Check<T>(T value, T equalValue, params T[] unequalValues)
        where T : notnull, IEquatable<T>
    {
        value.Equals(equalValue).Should().BeTrue("equal values are Equal");
        equalValue.Equals(value).Should().BeTrue("equality is symmetric");
        value.Equals((object)equalValue).Should().BeTrue("object.Equals agrees with IEquatable");
        value.GetHashCode().Should().Be(equalValue.GetHashCode(), "equal values hash alike");
        CheckAgainstNullAndOtherTypes(value);
        CheckOperators(value, equalValue, expected: true);
        foreach (var other in unequalValues)
        {
            value.Equals(other).Should().BeFalse($"{value} differs from {other}");
            other.Equals(value).Should().BeFalse("inequality is symmetric");
            value.Equals((object)other).Should().BeFalse();
            CheckOperators(value, other, expected: false);
        }
    }

    private static void CheckAgainstNullAndOtherTypes(object value)
    {
        value.Equals(new object()).Should().BeFalse("a value never equals another type");
        value.Equals(null).Should().BeFalse("nothing equals null");
    }

    private static void CheckOperators<T>(T left, T right, bool expected)
    {
        var equality = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)]);
        var inequality = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)]);
        if (equality is not null)
        {
            ((bool)equality.Invoke(null, [left, right])!).Should().Be(expected, "== agrees with Equals");
        }
        if (inequality is not null)
        {
            ((bool)inequality.Invoke(null, [left, right])!).Should().Be(!expected, "!= is the negation of ==");
        }
    }
}
