using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Contracts;

/// <summary>The contract helpers must catch broken types, or passing them proves nothing.</summary>
public class ContractTest
{
    [Fact]
    public void EqualityContractAcceptsACorrectType()
        => EqualityContract.Holds(new Good(1), new Good(1), new Good(2));

    [Fact]
    public void EqualityContractCatchesAHashThatDisagreesWithEquals()
        => FluentActions.Invoking(() => EqualityContract.Holds(new BadHash(1), new BadHash(1), new BadHash(2)))
            .Should().Throw<Exception>();

    [Fact]
    public void EqualityContractCatchesAnOperatorThatDisagreesWithEquals()
        => FluentActions.Invoking(() => EqualityContract.Holds(new BadOperator(1), new BadOperator(1), new BadOperator(2)))
            .Should().Throw<Exception>();

    [Fact]
    public void EqualityContractCatchesValuesThatShouldDifferButDoNot()
        => FluentActions.Invoking(() => EqualityContract.Holds(new Good(1), new Good(1), new Good(1)))
            .Should().Throw<Exception>();

    private sealed class Good(int value) : IEquatable<Good>
    {
        public int Value { get; } = value;
        public bool Equals(Good? other) => other is not null && other.Value == Value;
        public override bool Equals(object? obj) => Equals(obj as Good);
        public override int GetHashCode() => Value;
        public static bool operator ==(Good? a, Good? b) => a is null ? b is null : a.Equals(b);
        public static bool operator !=(Good? a, Good? b) => !(a == b);
        public override string ToString() => $"Good({Value})";
    }

    private sealed class BadHash(int value) : IEquatable<BadHash>
    {
        private static int counter;
        private readonly int hash = ++counter;
        public int Value { get; } = value;
        public bool Equals(BadHash? other) => other is not null && other.Value == Value;
        public override bool Equals(object? obj) => Equals(obj as BadHash);
        public override int GetHashCode() => hash;
    }

    private sealed class BadOperator(int value) : IEquatable<BadOperator>
    {
        public int Value { get; } = value;
        public bool Equals(BadOperator? other) => other is not null && other.Value == Value;
        public override bool Equals(object? obj) => Equals(obj as BadOperator);
        public override int GetHashCode() => Value;
        public static bool operator ==(BadOperator? a, BadOperator? b) => ReferenceEquals(a, b);
        public static bool operator !=(BadOperator? a, BadOperator? b) => !ReferenceEquals(a, b);
    }
}
