using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ForceEstimates;

/// <summary>
/// How a figure is computed from others, written as arithmetic: <c>1 - now / peak</c>,
/// <c>part / whole</c>, <c>(later - earlier) / earlier</c>. Inputs are names; a name that is not a
/// plain identifier (a report id such as <c>kursk-2024-11-23/area-now</c>) is written in square
/// brackets: <c>1 - [kursk-2024-11-23/area-now] / [kursk-2024-11-23/area-peak]</c>.
/// <see cref="Arithmetic.Evaluate(Formula, IReadOnlyDictionary{string, Estimate}, ArithmeticOptions?)"/>
/// applies it to estimates; <see cref="Provenance.Formula"/> keeps it with a derived report.
/// </summary>
/// <remarks>
/// <para><b>Syntax.</b> Numbers (<c>1</c>, <c>0.5</c>, <c>1e3</c>; invariant culture, no digit
/// groups); names (a letter or <c>_</c>, then letters, digits and <c>_</c>; or any text without
/// brackets inside <c>[...]</c>); <c>+</c> and <c>-</c> (also <c>−</c>); <c>*</c> (also <c>×</c>,
/// <c>·</c>) and <c>/</c> (also <c>÷</c>); a leading sign; <c>^</c> for powers (grouping to the
/// right); parentheses; and the functions <c>min(a, b, ...)</c>, <c>max(a, b, ...)</c>,
/// <c>abs</c>, <c>sqrt</c>, <c>exp</c> and <c>ln</c> (natural logarithm). Precedence is the usual:
/// powers, then signs, then products, then sums.</para>
/// <para><b>Units.</b> A formula works on plain numbers. Where it is applied to reports
/// (consistency checks), each input is first converted to its dimension's canonical unit (km²,
/// km, a count; a percentage becomes a plain fraction, 40% → 0.4), and a result without dimension
/// is a plain fraction: <c>1 - now / peak</c> is 0.42, which is 42% for a report stated in percent.
/// A formula whose last step multiplies such a plain number by 100 (<c>100 * (1 - now / peak)</c>)
/// says the percentage outright and is taken as percent.</para>
/// <para><b>Identity.</b> <see cref="Text"/> is the canonical form (spaces around operators, brackets
/// only where needed), so <c>1-a/b</c> and <c>1 - (a / b)</c> are equal formulas; equality and
/// hashing use it, ordinally. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Formula : IEquatable<Formula>
{
    private readonly string[] inputs;

    private Formula(FormulaNode root, string[] inputs)
    {
        Root = root;
        this.inputs = inputs;
        var text = new StringBuilder();
        root.Write(text, inputs);
        Text = text.ToString();
    }

    internal FormulaNode Root { get; }

    /// <summary>Reads a formula.</summary>
    /// <param name="text">The formula, e.g. <c>1 - now / peak</c>.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a formula; the message names the text, what was expected and the position (0-based) where reading stopped.</exception>
    public static Formula Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        if (!FormulaParser.TryParse(text, out var root, out var names, out var failure))
        {
            throw new FormatException(FormulaParser.Describe(text, failure));
        }
        return new Formula(root!, names);
    }

    /// <summary>Tries to read a formula as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The formula; null gives false.</param>
    /// <param name="formula">The formula, or null when the text is not one.</param>
    /// <returns>Whether the text is a formula.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Formula? formula)
    {
        formula = null;
        if (text is null || !FormulaParser.TryParse(text, out var root, out var names, out _))
        {
            return false;
        }
        formula = new Formula(root!, names);
        return true;
    }

    /// <summary>The names of the inputs, each once, in the order they first appear (the order <see cref="Evaluate(ReadOnlySpan{double})"/> takes their values in).</summary>
    public IReadOnlyList<string> Inputs => inputs;

    /// <summary>The canonical text, which <see cref="Parse(string)"/> reads back to an equal formula.</summary>
    public string Text { get; }

    /// <summary>The value of the formula for one set of input values.</summary>
    /// <param name="values">One value per input, in the order of <see cref="Inputs"/>.</param>
    /// <returns>The value; NaN or infinite where the arithmetic is (division by zero, the square root or logarithm of a negative number).</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have one value per input.</exception>
    public double Evaluate(ReadOnlySpan<double> values)
    {
        Preconditions.CheckArgument(values.Length == inputs.Length, nameof(values),
            $"Expected {inputs.Length} values (one per input: {string.Join(", ", inputs)}), but got {values.Length}.");
        return Root.Evaluate(values);
    }

    /// <inheritdoc />
    public bool Equals(Formula? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Formula);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Whether two formulas are equal (both null counts as equal).</summary>
    /// <param name="left">The first formula.</param>
    /// <param name="right">The second formula.</param>
    public static bool operator ==(Formula? left, Formula? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two formulas differ.</summary>
    /// <param name="left">The first formula.</param>
    /// <param name="right">The second formula.</param>
    public static bool operator !=(Formula? left, Formula? right) => !(left == right);

    /// <summary>The canonical text (<see cref="Text"/>).</summary>
    public override string ToString() => Text;
}
