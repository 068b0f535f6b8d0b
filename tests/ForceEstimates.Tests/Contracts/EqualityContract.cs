using System;
using System.Reflection;
using FluentAssertions;

namespace ForceEstimates.Tests.Contracts;

/// <summary>
/// Checks the equality contract of a type once, so that each type's test only supplies values:
/// <see cref="IEquatable{T}.Equals(T)"/>, <see cref="object.Equals(object)"/>, <see cref="object.GetHashCode"/>
/// and the <c>==</c>/<c>!=</c> operators (when the type declares them) must agree; equality must be
/// reflexive and symmetric; nothing equals null or an object of another type.
/// </summary>
/// <example>
/// <code>EqualityContract.Holds(Unit.Parse("km2"), Unit.Parse("sq km"), Unit.SquareMiles, Unit.Percent);</code>
/// </example>
public static class EqualityContract
{
    /// <summary>Checks the contract for one value, a distinct instance equal to it, and values that differ from it.</summary>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">Another value equal to <paramref name="value"/> (for reference types, preferably another instance).</param>
    /// <param name="unequalValues">Values that must differ from <paramref name="value"/>; at least one.</param>
    public static void Holds<T>(T value, T equalValue, params T[] unequalValues)
        where T : notnull, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equalValue);
        unequalValues.Should().NotBeEmpty("the contract needs at least one value that differs");

        value.Equals(value).Should().BeTrue("a value equals itself (IEquatable)");
        value.Equals((object)value).Should().BeTrue("a value equals itself (object.Equals)");
        value.Equals(equalValue).Should().BeTrue("{0} should equal {1}", value, equalValue);
        equalValue.Equals(value).Should().BeTrue("equality is symmetric");
        value.Equals((object)equalValue).Should().BeTrue("object.Equals agrees with IEquatable");
        equalValue.Equals((object)value).Should().BeTrue("object.Equals is symmetric");
        value.GetHashCode().Should().Be(equalValue.GetHashCode(), "equal values have equal hash codes");
        value.GetHashCode().Should().Be(value.GetHashCode(), "the hash code is stable");
        CheckOperators(value, equalValue, expectEqual: true);

        object boxed = value;
        boxed.Equals(null).Should().BeFalse("nothing equals null");
        boxed!.Equals(new object()).Should().BeFalse("nothing equals an object of another type");
        if (!typeof(T).IsValueType)
        {
            value.Equals(default(T)).Should().BeFalse("nothing equals null (IEquatable)");
            CheckOperatorsAgainstNull(value);
        }

        foreach (var other in unequalValues)
        {
            ArgumentNullException.ThrowIfNull(other);
            value.Equals(other).Should().BeFalse("{0} should differ from {1}", value, other);
            other.Equals(value).Should().BeFalse("inequality is symmetric ({0} vs {1})", other, value);
            value.Equals((object)other).Should().BeFalse("object.Equals agrees with IEquatable ({0} vs {1})", value, other);
            CheckOperators(value, other, expectEqual: false);
        }
    }

    private static void CheckOperators<T>(T left, T right, bool expectEqual)
    {
        var (equality, inequality) = Operators<T>();
        if (equality is not null)
        {
            ((bool)equality.Invoke(null, [left, right])!).Should().Be(expectEqual, "operator == agrees with Equals for {0} and {1}", left, right);
            ((bool)equality.Invoke(null, [right, left])!).Should().Be(expectEqual, "operator == is symmetric");
        }
        if (inequality is not null)
        {
            ((bool)inequality.Invoke(null, [left, right])!).Should().Be(!expectEqual, "operator != is the negation of == for {0} and {1}", left, right);
        }
    }

    private static void CheckOperatorsAgainstNull<T>(T value)
    {
        var (equality, inequality) = Operators<T>();
        if (equality is not null)
        {
            ((bool)equality.Invoke(null, [value, null])!).Should().BeFalse("a value is not == null");
            ((bool)equality.Invoke(null, [null, value])!).Should().BeFalse("null is not == a value");
            ((bool)equality.Invoke(null, [null, null])!).Should().BeTrue("null == null");
        }
        if (inequality is not null)
        {
            ((bool)inequality.Invoke(null, [value, null])!).Should().BeTrue("a value is != null");
            ((bool)inequality.Invoke(null, [null, null])!).Should().BeFalse("null is not != null");
        }
    }

    private static (MethodInfo? Equality, MethodInfo? Inequality) Operators<T>()
        => (BinaryOperator.Find<T>("op_Equality"), BinaryOperator.Find<T>("op_Inequality"));
}
