using System;
using FluentAssertions;
using Xunit;

namespace ForceEstimates.Tests.Estimates.Arithmetic;

public class FormulaTest
{
    [Theory]
    [InlineData("1-now/peak", "1 - now / peak")]
    [InlineData("1 - (now / peak)", "1 - now / peak")]
    [InlineData("(1 - now) / peak", "(1 - now) / peak")]
    [InlineData("a - (b - c)", "a - (b - c)")]
    [InlineData("(a - b) - c", "a - b - c")]
    [InlineData("a / (b * c)", "a / (b * c)")]
    [InlineData("a × b ÷ c", "a * b / c")]
    [InlineData("a − b", "a - b")]
    [InlineData("-a^2", "-a^2")]
    [InlineData("(-a)^2", "(-a)^2")]
    [InlineData("2^3^2", "2^3^2")]
    [InlineData("(2^3)^2", "(2^3)^2")]
    [InlineData("a - -b", "a - -b")]
    [InlineData("max( a ,b, 3)", "max(a, b, 3)")]
    [InlineData("[kursk-2024-11-23/area-now] / [ x ]", "[kursk-2024-11-23/area-now] / x")]
    [InlineData("[min] + 1", "[min] + 1")]
    [InlineData("1.5e3 * .5", "1500 * 0.5")]
    public void Parse_GivesTheCanonicalText(string text, string canonical)
    {
        var formula = Formula.Parse(text);

        formula.Text.Should().Be(canonical);
        Formula.Parse(formula.Text).Should().Be(formula);
    }

    [Fact]
    public void Inputs_AreEachNameOnceInOrderOfFirstAppearance()
    {
        var formula = Formula.Parse("(later - earlier) / earlier + [report 3]");

        formula.Inputs.Should().Equal("later", "earlier", "report 3");
    }

    [Theory]
    [InlineData("1 - a / b", new[] { 800.0, 1376 }, 1 - (800.0 / 1376))]
    [InlineData("a - b - c", new[] { 10.0, 3, 2 }, 5)]
    [InlineData("a / b / c", new[] { 12.0, 3, 2 }, 2)]
    [InlineData("2^3^2", new double[0], 512)]
    [InlineData("-a^2", new[] { 3.0 }, -9)]
    [InlineData("min(a, b) + max(a, b, 7) + abs(-2) + sqrt(16) + ln(exp(1))", new[] { 1.0, 5 }, 1 + 7 + 2 + 4 + 1)]
    [InlineData("a - a", new[] { 1e308 }, 0)]
    public void Evaluate_FollowsTheUsualPrecedence(string text, double[] values, double expected)
    {
        Formula.Parse(text).Evaluate(values).Should().BeApproximately(expected, 1e-12);
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("1 +", 3, "ends")]
    [InlineData("1 + * 2", 4, "found '*'")]
    [InlineData("(a + b", 6, "')'")]
    [InlineData("a b", 2, "operator or the end")]
    [InlineData("foo(1)", 0, "not one")]
    [InlineData("min(1)", 0, "at least 2 arguments")]
    [InlineData("sqrt(1, 2)", 0, "1 argument")]
    [InlineData("[a", 1, "']'")]
    [InlineData("[ ] + 1", 1, "empty")]
    [InlineData("ln + 1", 0, "'('")]
    [InlineData("1e999", 0, "finite")]
    public void Parse_RejectsWhatIsNotAFormula_NamingThePosition(string text, int position, string expected)
    {
        var act = () => Formula.Parse(text);

        act.Should().Throw<FormatException>()
            .WithMessage($"*\"{text}\"*{expected}*position {position}.");
        Formula.TryParse(text, out var formula).Should().BeFalse();
        formula.Should().BeNull();
    }

    [Fact]
    public void Parse_QuotesABoundedExcerptOfAHugeFormula()
    {
        // 4 + 1,048,576 + 2 characters; the stray "c" stands after the long name and one space.
        string huge = "a + " + new string('b', 1 << 20) + " c";

        var message = FluentActions.Invoking(() => Formula.Parse(huge)).Should().Throw<FormatException>().Which.Message;

        message.Length.Should().BeLessThan(400, "a 1 MB formula must not make a 1 MB message");
        message.Should().Contain("1,048,582 characters").And.Contain("found 'c'").And.Contain("position 1048581");
    }

    [Fact]
    public void Parse_QuotesABoundedExcerptOfAHugeUnknownFunctionName()
    {
        var message = FluentActions.Invoking(() => Formula.Parse(new string('f', 1 << 20) + "(1)")).Should().Throw<FormatException>().Which.Message;

        message.Length.Should().BeLessThan(500);
        message.Should().Contain("1,048,576 characters").And.Contain("is not one");
    }

    [Fact]
    public void Parse_EscapesControlAndBidiCharactersInItsMessage()
    {
        // U+202E would reverse the rest of the message on screen.
        var message = FluentActions.Invoking(() => Formula.Parse("a \u202E b")).Should().Throw<FormatException>().Which.Message;

        message.Should().Contain("found '\\u202E'");
        message.Should().NotContain("\u202E");
        FluentActions.Invoking(() => Formula.Parse("a + \0")).Should().Throw<FormatException>().Which.Message.Should().Contain("found '\\u0000'").And.NotContain("\0");
    }

    [Fact]
    public void Parse_RejectsDeepNestingInsteadOfOverflowingTheStack()
    {
        var text = new string('(', 5000) + "1" + new string(')', 5000);

        Formula.TryParse(text, out _).Should().BeFalse();
        Formula.TryParse(new string('-', 5000) + "1", out _).Should().BeFalse();
    }

    [Fact]
    public void BadArguments_AreRejected()
    {
        var formula = Formula.Parse("a + b");

        ((Action)(() => Formula.Parse(null!))).Should().Throw<ArgumentNullException>();
        Formula.TryParse(null, out _).Should().BeFalse();
        ((Action)(() => formula.Evaluate([1.0]))).Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("*2 values*a, b*");
    }

    [Fact]
    public void Equality_IsByCanonicalText()
    {
        Formula.Parse("a+b").Should().Be(Formula.Parse("(a) + (b)"));
        Formula.Parse("a+b").GetHashCode().Should().Be(Formula.Parse("(a) + (b)").GetHashCode());
        Formula.Parse("a+b").Should().NotBe(Formula.Parse("b+a"));
        (Formula.Parse("a") == Formula.Parse("a")).Should().BeTrue();
        (Formula.Parse("a") != Formula.Parse("b")).Should().BeTrue();
        Formula.Parse("a").ToString().Should().Be("a");
    }
}
