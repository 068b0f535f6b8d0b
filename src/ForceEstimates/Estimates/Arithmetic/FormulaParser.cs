using System;
using System.Collections.Generic;
using System.Globalization;

namespace ForceEstimates;

/// <summary>
/// Reads a formula by recursive descent:
/// <code>
/// sum     := product (("+" | "-" | "−") product)*
/// product := signed (("*" | "×" | "·" | "/" | "÷") signed)*
/// signed  := ("-" | "−" | "+") signed | power
/// power   := atom ("^" signed)?
/// atom    := number | name | "[" text "]" | function "(" sum ("," sum)* ")" | "(" sum ")"
/// </code>
/// Every failure names the position where reading stopped. Nesting is capped so that hostile
/// input cannot exhaust the stack.
/// </summary>
internal sealed class FormulaParser
{
    private const int MaximumDepth = 100;

    private static readonly Dictionary<string, (FormulaOperation Operation, int MinimumArguments, int MaximumArguments)> Functions = new(StringComparer.Ordinal)
    {
        ["min"] = (FormulaOperation.Min, 2, int.MaxValue),
        ["max"] = (FormulaOperation.Max, 2, int.MaxValue),
        ["abs"] = (FormulaOperation.Abs, 1, 1),
        ["sqrt"] = (FormulaOperation.Sqrt, 1, 1),
        ["exp"] = (FormulaOperation.Exp, 1, 1),
        ["ln"] = (FormulaOperation.Ln, 1, 1),
    };

    private readonly string text;
    private readonly List<string> inputs = [];
    private int position;
    private int depth;

    private FormulaParser(string text) => this.text = text;

    /// <summary>The error of a failed read: what was expected and where.</summary>
    internal readonly record struct Failure(string Message, int Position);

    internal static bool TryParse(string text, out FormulaNode? root, out string[] inputs, out Failure failure)
    {
        var parser = new FormulaParser(text);
        try
        {
            parser.SkipSpace();
            if (parser.position == text.Length)
            {
                throw parser.Fail("Expected a formula, but the text is empty");
            }
            root = parser.Sum();
            parser.SkipSpace();
            if (parser.position < text.Length)
            {
                throw parser.Fail($"Expected an operator or the end of the formula, but found {Excerpt.Character(text[parser.position])}");
            }
            inputs = [.. parser.inputs];
            failure = default;
            return true;
        }
        catch (ParseFailure e)
        {
            root = null;
            inputs = [];
            failure = new Failure(e.Message, e.Position);
            return false;
        }
    }

    internal static string Describe(string text, Failure failure)
        => string.Create(CultureInfo.InvariantCulture, $"Cannot read {Excerpt.Quote(text)} as a formula: {failure.Message} at position {failure.Position}.");

    /// <summary>Whether a name may be written without brackets: a letter or '_' first, then letters, digits and '_', and not a function's name.</summary>
    internal static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || Functions.ContainsKey(name))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!IsNameCharacter(c))
            {
                return false;
            }
        }
        return true;
    }

    internal static string FunctionName(FormulaOperation operation)
    {
        foreach (var (name, function) in Functions)
        {
            if (function.Operation == operation)
            {
                return name;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a function.");
    }

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private FormulaNode Sum()
    {
        Enter();
        var left = Product();
        while (true)
        {
            SkipSpace();
            if (position < text.Length && text[position] is '+' or '-' or '\u2212')
            {
                var operation = text[position] == '+' ? FormulaOperation.Add : FormulaOperation.Subtract;
                position++;
                left = FormulaNode.Apply(operation, left, Product());
            }
            else
            {
                depth--;
                return left;
            }
        }
    }

    private FormulaNode Product()
    {
        var left = Signed();
        while (true)
        {
            SkipSpace();
            if (position < text.Length && text[position] is '*' or '\u00d7' or '\u00b7' or '/' or '\u00f7')
            {
                var operation = text[position] is '/' or '\u00f7' ? FormulaOperation.Divide : FormulaOperation.Multiply;
                position++;
                left = FormulaNode.Apply(operation, left, Signed());
            }
            else
            {
                return left;
            }
        }
    }

    private FormulaNode Signed()
    {
        SkipSpace();
        if (position < text.Length && text[position] is '-' or '\u2212' or '+')
        {
            var negate = text[position] != '+';
            position++;
            Enter();
            var operand = Signed();
            depth--;
            return negate ? FormulaNode.Apply(FormulaOperation.Negate, operand) : operand;
        }
        return Power();
    }

    private FormulaNode Power()
    {
        var atom = Atom();
        SkipSpace();
        if (position < text.Length && text[position] == '^')
        {
            position++;
            Enter();
            var exponent = Signed();
            depth--;
            return FormulaNode.Apply(FormulaOperation.Power, atom, exponent);
        }
        return atom;
    }

    private FormulaNode Atom()
    {
        SkipSpace();
        if (position == text.Length)
        {
            throw Fail("Expected a number, a name, '[' or '(', but the formula ends");
        }
        var c = text[position];
        if (c == '(')
        {
            position++;
            var inner = Sum();
            Expect(')');
            return inner;
        }
        if (c == '[')
        {
            var start = ++position;
            var close = text.IndexOf(']', position);
            var open = text.IndexOf('[', position);
            if (close < 0 || (open >= 0 && open < close))
            {
                throw Fail("Expected ']' to close the name in brackets");
            }
            var name = text[start..close].Trim();
            if (name.Length == 0)
            {
                throw Fail("Expected a name between the brackets, but they are empty");
            }
            position = close + 1;
            return Input(name);
        }
        if (char.IsDigit(c) || (c == '.' && position + 1 < text.Length && char.IsDigit(text[position + 1])))
        {
            return Number();
        }
        if (char.IsLetter(c) || c == '_')
        {
            var start = position;
            while (position < text.Length && IsNameCharacter(text[position]))
            {
                position++;
            }
            var name = text[start..position];
            var afterName = position;
            SkipSpace();
            if (position < text.Length && text[position] == '(')
            {
                if (!Functions.TryGetValue(name, out var function))
                {
                    position = start;
                    throw Fail($"Expected a function (min, max, abs, sqrt, exp, ln), but {Excerpt.Quote(name)} is not one");
                }
                position++;
                Enter();
                var arguments = new List<FormulaNode> { Sum() };
                SkipSpace();
                while (position < text.Length && text[position] == ',')
                {
                    position++;
                    arguments.Add(Sum());
                    SkipSpace();
                }
                Expect(')');
                depth--;
                if (arguments.Count < function.MinimumArguments || arguments.Count > function.MaximumArguments)
                {
                    position = start;
                    throw Fail(function.MinimumArguments == function.MaximumArguments
                        ? $"Expected {function.MinimumArguments} argument for {name}, but got {arguments.Count}"
                        : $"Expected at least {function.MinimumArguments} arguments for {name}, but got {arguments.Count}");
                }
                return FormulaNode.Apply(function.Operation, [.. arguments]);
            }
            position = afterName;
            if (Functions.ContainsKey(name))
            {
                position = start;
                throw Fail($"Expected '(' after the function {name}; to use an input of that name, write [{name}]");
            }
            return Input(name);
        }
        throw Fail($"Expected a number, a name, '[' or '(', but found {Excerpt.Character(c)}");
    }

    private FormulaNode Number()
    {
        var start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }
        if (position < text.Length && text[position] == '.')
        {
            position++;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
        }
        if (position < text.Length && text[position] is 'e' or 'E')
        {
            var mark = position++;
            if (position < text.Length && text[position] is '+' or '-')
            {
                position++;
            }
            if (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                while (position < text.Length && char.IsAsciiDigit(text[position]))
                {
                    position++;
                }
            }
            else
            {
                position = mark;
            }
        }
        var value = double.Parse(text.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            position = start;
            throw Fail("Expected a finite number");
        }
        return FormulaNode.Constant(value);
    }

    private FormulaNode Input(string name)
    {
        var index = inputs.IndexOf(name);
        if (index < 0)
        {
            index = inputs.Count;
            inputs.Add(name);
        }
        return FormulaNode.ForInput(index);
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (position < text.Length && text[position] == c)
        {
            position++;
            return;
        }
        throw Fail(position < text.Length ? $"Expected '{c}', but found {Excerpt.Character(text[position])}" : $"Expected '{c}', but the formula ends");
    }

    private void Enter()
    {
        if (++depth > MaximumDepth)
        {
            throw Fail($"Expected at most {MaximumDepth} levels of nesting");
        }
    }

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private ParseFailure Fail(string message) => new(message, position);

    private sealed class ParseFailure(string message, int position) : Exception(message)
    {
        public int Position { get; } = position;
    }
}
