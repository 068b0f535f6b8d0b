using System;
using FluentAssertions;

namespace ForceEstimates.Tests.Contracts;

/// <summary>
/// Checks the ordering contract of a type once: <see cref="IComparable{T}.CompareTo(T)"/>, the
/// non-generic <see cref="IComparable.CompareTo(object)"/> (when implemented) and the
/// <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> operators (when declared) must agree
/// and be antisymmetric; equal values compare as 0. Use beside <see cref="EqualityContract"/>.
/// </summary>
public static class ComparisonContract
{
    /// <summary>Checks the contract for a value, a value equal to it, and values strictly greater than it.</summary>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A value that compares equal to <paramref name="value"/>.</param>
    /// <param name="greaterValues">Values strictly greater than <paramref name="value"/>; at least one.</param>
    public static void Holds<T>(T value, T equalValue, params T[] greaterValues)
        where T : notnull, IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equalValue);
        greaterValues.Should().NotBeEmpty("the contract needs at least one greater value");

        value.CompareTo(value).Should().Be(0, "a value compares equal to itself");
        value.CompareTo(equalValue).Should().Be(0, "{0} compares equal to {1}", value, equalValue);
        equalValue.CompareTo(value).Should().Be(0, "comparison is antisymmetric");
        CheckOperators(value, equalValue, 0);

        if (!typeof(T).IsValueType)
        {
            value.CompareTo(default!).Should().BePositive("every value is greater than null");
        }
        if (value is IComparable nonGeneric)
        {
            nonGeneric.CompareTo(equalValue).Should().Be(0, "the non-generic CompareTo agrees");
            nonGeneric.Invoking(c => c.CompareTo(new object())).Should().Throw<ArgumentException>("comparing with another type is an error");
        }

        foreach (var greater in greaterValues)
        {
            ArgumentNullException.ThrowIfNull(greater);
            value.CompareTo(greater).Should().BeNegative("{0} is less than {1}", value, greater);
            greater.CompareTo(value).Should().BePositive("{0} is greater than {1}", greater, value);
            if (value is IComparable plain)
            {
                plain.CompareTo(greater).Should().BeNegative("the non-generic CompareTo agrees");
            }
            CheckOperators(value, greater, -1);
            CheckOperators(greater, value, 1);
        }
    }

    private static void CheckOperators<T>(T left, T right, int sign)
    {
        void Check(string name, bool expected)
        {
            if (BinaryOperator.Find<T>(name) is { } method)
            {
                ((bool)method.Invoke(null, [left, right])!).Should().Be(expected, "{0} for {1} and {2}", name, left, right);
            }
        }
        Check("op_LessThan", sign < 0);
        Check("op_LessThanOrEqual", sign <= 0);
        Check("op_GreaterThan", sign > 0);
        Check("op_GreaterThanOrEqual", sign >= 0);
    }
}
