using System;
using System.Globalization;
using System.Text;

namespace ForceEstimates;

/// <summary>The operations a <see cref="Formula"/> is built from.</summary>
internal enum FormulaOperation
{
    Constant,
    Input,
    Negate,
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
    Min,
    Max,
    Abs,
    Sqrt,
    Exp,
    Ln,
}

/// <summary>
/// One node of a parsed formula. Immutable. Evaluation is either one value at a time
/// (<see cref="Evaluate(ReadOnlySpan{double})"/>) or a whole sample set at once
/// (<see cref="EvaluateAll"/>), which is how Monte Carlo runs: each node fills one array, so
/// every input is read from the same index of its sample array and <c>x − x</c> is exactly 0.
/// </summary>
internal sealed class FormulaNode
{
    private FormulaNode(FormulaOperation operation, double value, int input, FormulaNode[] arguments)
    {
        Operation = operation;
        Value = value;
        Input = input;
        Arguments = arguments;
    }

    internal FormulaOperation Operation { get; }

    /// <summary>The number of a <see cref="FormulaOperation.Constant"/>.</summary>
    internal double Value { get; }

    /// <summary>The index into the formula's inputs of a <see cref="FormulaOperation.Input"/>.</summary>
    internal int Input { get; }

    internal FormulaNode[] Arguments { get; }

    internal static FormulaNode Constant(double value) => new(FormulaOperation.Constant, value, -1, []);

    internal static FormulaNode ForInput(int index) => new(FormulaOperation.Input, double.NaN, index, []);

    internal static FormulaNode Apply(FormulaOperation operation, params FormulaNode[] arguments) => new(operation, double.NaN, -1, arguments);

    /// <summary>Whether the node holds only numbers (no input), so that its value is a fixed number.</summary>
    internal bool IsConstantExpression
    {
        get
        {
            if (Operation == FormulaOperation.Input)
            {
                return false;
            }
            foreach (var argument in Arguments)
            {
                if (!argument.IsConstantExpression)
                {
                    return false;
                }
            }
            return true;
        }
    }

    internal double Evaluate(ReadOnlySpan<double> inputs)
    {
        switch (Operation)
        {
            case FormulaOperation.Constant:
                return Value;
            case FormulaOperation.Input:
                return inputs[Input];
            case FormulaOperation.Min:
            case FormulaOperation.Max:
                var result = Arguments[0].Evaluate(inputs);
                for (var i = 1; i < Arguments.Length; i++)
                {
                    var next = Arguments[i].Evaluate(inputs);
                    result = Operation == FormulaOperation.Min ? Math.Min(result, next) : Math.Max(result, next);
                }
                return result;
            default:
                var a = Arguments[0].Evaluate(inputs);
                return Arguments.Length == 1 ? Unary(Operation, a) : Binary(Operation, a, Arguments[1].Evaluate(inputs));
        }
    }

    /// <summary>
    /// Evaluates the node for every sample index: <paramref name="inputs"/>[k] holds input k's
    /// samples, <paramref name="destination"/> receives the values. Scratch arrays come from
    /// <paramref name="pool"/> and go back to it.
    /// </summary>
    internal void EvaluateAll(double[][] inputs, Span<double> destination, SampleArrays pool)
    {
        switch (Operation)
        {
            case FormulaOperation.Constant:
                destination.Fill(Value);
                return;
            case FormulaOperation.Input:
                inputs[Input].AsSpan(0, destination.Length).CopyTo(destination);
                return;
        }
        Arguments[0].EvaluateAll(inputs, destination, pool);
        if (Arguments.Length == 1)
        {
            for (var i = 0; i < destination.Length; i++)
            {
                destination[i] = Unary(Operation, destination[i]);
            }
            return;
        }
        var scratch = pool.Rent(destination.Length);
        try
        {
            for (var argument = 1; argument < Arguments.Length; argument++)
            {
                var other = scratch.AsSpan(0, destination.Length);
                Arguments[argument].EvaluateAll(inputs, other, pool);
                Combine(Operation, destination, other);
            }
        }
        finally
        {
            pool.Return(scratch);
        }
    }

    // The operations as plain loops over two arrays (the JIT keeps them tight); min and max fold over their arguments.
    private static void Combine(FormulaOperation operation, Span<double> left, ReadOnlySpan<double> right)
    {
        switch (operation)
        {
            case FormulaOperation.Add:
                for (var i = 0; i < left.Length; i++)
                {
                    left[i] += right[i];
                }
                break;
            case FormulaOperation.Subtract:
                for (var i = 0; i < left.Length; i++)
                {
                    left[i] -= right[i];
                }
                break;
            case FormulaOperation.Multiply:
                for (var i = 0; i < left.Length; i++)
                {
                    left[i] *= right[i];
                }
                break;
            case FormulaOperation.Divide:
                for (var i = 0; i < left.Length; i++)
                {
                    left[i] /= right[i];
                }
                break;
            default:
                for (var i = 0; i < left.Length; i++)
                {
                    left[i] = Binary(operation, left[i], right[i]);
                }
                break;
        }
    }

    private static double Unary(FormulaOperation operation, double a) => operation switch
    {
        FormulaOperation.Negate => -a,
        FormulaOperation.Abs => Math.Abs(a),
        FormulaOperation.Sqrt => Math.Sqrt(a),
        FormulaOperation.Exp => Math.Exp(a),
        FormulaOperation.Ln => Math.Log(a),
        _ => throw new InvalidOperationException($"{operation} takes two arguments."),
    };

    private static double Binary(FormulaOperation operation, double a, double b) => operation switch
    {
        FormulaOperation.Add => a + b,
        FormulaOperation.Subtract => a - b,
        FormulaOperation.Multiply => a * b,
        FormulaOperation.Divide => a / b,
        FormulaOperation.Power => Math.Pow(a, b),
        FormulaOperation.Min => Math.Min(a, b),
        FormulaOperation.Max => Math.Max(a, b),
        _ => throw new InvalidOperationException($"{operation} takes one argument."),
    };

    /// <summary>Writes the node in the canonical form: spaces around + − × ÷, brackets only where precedence needs them.</summary>
    internal void Write(StringBuilder text, string[] inputNames)
    {
        switch (Operation)
        {
            case FormulaOperation.Constant:
                text.Append(Value.ToString("R", CultureInfo.InvariantCulture));
                return;
            case FormulaOperation.Input:
                text.Append(FormulaParser.IsPlainName(inputNames[Input]) ? inputNames[Input] : "[" + inputNames[Input] + "]");
                return;
            case FormulaOperation.Negate:
                text.Append('-');
                WriteOperand(text, inputNames, Arguments[0], Precedence(FormulaOperation.Negate), false);
                return;
            case FormulaOperation.Add or FormulaOperation.Subtract or FormulaOperation.Multiply or FormulaOperation.Divide or FormulaOperation.Power:
                var precedence = Precedence(Operation);
                // Power groups to the right (2^3^2 is 2^(3^2)); the others to the left.
                var rightAssociative = Operation == FormulaOperation.Power;
                WriteOperand(text, inputNames, Arguments[0], precedence, rightAssociative);
                text.Append(Operation switch
                {
                    FormulaOperation.Add => " + ",
                    FormulaOperation.Subtract => " - ",
                    FormulaOperation.Multiply => " * ",
                    FormulaOperation.Divide => " / ",
                    _ => "^",
                });
                WriteOperand(text, inputNames, Arguments[1], precedence, !rightAssociative);
                return;
            default:
                text.Append(FormulaParser.FunctionName(Operation)).Append('(');
                for (var i = 0; i < Arguments.Length; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }
                    Arguments[i].Write(text, inputNames);
                }
                text.Append(')');
                return;
        }
    }

    private static void WriteOperand(StringBuilder text, string[] inputNames, FormulaNode operand, int precedence, bool bracketEqual)
    {
        var own = Precedence(operand.Operation);
        // A negative number written after an operator reads as a sign: keep it bare only where a sign may stand.
        var needsBrackets = own < precedence || (bracketEqual && own == precedence)
            || (operand.Operation == FormulaOperation.Constant && operand.Value < 0 && precedence > Precedence(FormulaOperation.Add));
        if (needsBrackets)
        {
            text.Append('(');
        }
        operand.Write(text, inputNames);
        if (needsBrackets)
        {
            text.Append(')');
        }
    }

    private static int Precedence(FormulaOperation operation) => operation switch
    {
        FormulaOperation.Add or FormulaOperation.Subtract => 1,
        FormulaOperation.Multiply or FormulaOperation.Divide => 2,
        FormulaOperation.Negate => 3,
        FormulaOperation.Power => 4,
        _ => 5,
    };
}
