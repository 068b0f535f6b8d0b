using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ForceEstimates.Consistency;

/// <summary>
/// The units of a formula applied to reports. Inputs enter in their dimension's canonical unit
/// (km², km, a count; a share as a plain fraction, 40% → 0.4); the formula's result gets its
/// dimension from the arithmetic (km² ÷ km² is a plain number, km × km is km²) and is converted to
/// the derived report's unit. Adding or comparing figures of different dimensions, taking the
/// logarithm of a figure with a unit, or a result in another dimension than the report's, is an
/// error: units that do not convert.
/// </summary>
/// <remarks>
/// A formula for a share whose last step multiplies a plain number by 100 ("100 * (1 - now / peak)")
/// gives percent, not a fraction. Numbers written in the formula have whatever dimension the arithmetic needs where they are added
/// or compared ("1 - now/peak", "total - 1000"), and none where they multiply.
/// </remarks>
internal static class FormulaUnits
{
    /// <summary>
    /// The factor that takes each input from its report's unit to the canonical one, and the factor
    /// that takes the result from canonical to <paramref name="target"/>; or the reason they do not convert.
    /// </summary>
    internal static bool TryResolve(Formula formula, IReadOnlyList<Unit> inputUnits, Unit target, out double[] inputFactors, out double resultFactor, out string failure)
    {
        inputFactors = new double[inputUnits.Count];
        var dimensions = new Units[inputUnits.Count];
        for (var i = 0; i < inputUnits.Count; i++)
        {
            (dimensions[i], inputFactors[i]) = Canonical(inputUnits[i]);
        }
        resultFactor = double.NaN;
        var result = Resolve(formula.Root, dimensions, formula.Inputs, out failure);
        if (result is null)
        {
            return false;
        }
        var (wanted, factor) = Canonical(target);
        if (!result.IsFree && !result.SameAs(wanted))
        {
            failure = string.Create(CultureInfo.InvariantCulture,
                $"the formula gives {result} but the report is in {target.Symbol} ({wanted}): the units do not convert");
            return false;
        }
        resultFactor = 1 / factor;
        if (wanted.IsDimensionless && InPercent(formula.Root, dimensions, formula.Inputs))
        {
            resultFactor /= 100;
        }
        return true;
    }

    // "100 * (1 - now / peak)" for a report in percent says the percentage outright: taking its plain
    // number as a fraction would make 42% into 4,200%.
    private static bool InPercent(FormulaNode root, Units[] inputs, IReadOnlyList<string> names)
    {
        var (scale, rest) = root.Operation switch
        {
            FormulaOperation.Multiply when root.Arguments[0].IsConstantExpression => (root.Arguments[0].Evaluate([]), root.Arguments[1]),
            FormulaOperation.Multiply when root.Arguments[1].IsConstantExpression => (root.Arguments[1].Evaluate([]), root.Arguments[0]),
            FormulaOperation.Divide when root.Arguments[1].IsConstantExpression => (1 / root.Arguments[1].Evaluate([]), root.Arguments[0]),
            _ => (double.NaN, root),
        };
        return Math.Abs(scale - 100) < 1e-9 && Resolve(rest, inputs, names, out _) is { IsFree: false, IsDimensionless: true };
    }

    // How many canonical units one unit is, and the dimension of the canonical unit.
    private static (Units Dimension, double Factor) Canonical(Unit unit) => unit.Dimension switch
    {
        Dimension.Area => (Units.Of("km", 2), unit.FactorToCanonical),
        Dimension.Length => (Units.Of("km", 1), unit.FactorToCanonical),
        // The canonical share is the percent: a plain fraction is a hundredth of that.
        Dimension.Ratio => (Units.None, unit.FactorToCanonical / 100),
        _ => (Units.Of(unit.Symbol, 1), unit.FactorToCanonical),
    };

    private static Units? Resolve(FormulaNode node, Units[] inputs, IReadOnlyList<string> names, out string failure)
    {
        failure = string.Empty;
        switch (node.Operation)
        {
            case FormulaOperation.Constant:
                return Units.Free;
            case FormulaOperation.Input:
                return inputs[node.Input];
        }
        var arguments = new Units[node.Arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = Resolve(node.Arguments[i], inputs, names, out failure);
            if (argument is null)
            {
                return null;
            }
            arguments[i] = argument;
        }
        switch (node.Operation)
        {
            case FormulaOperation.Negate or FormulaOperation.Abs:
                return arguments[0];
            case FormulaOperation.Add or FormulaOperation.Subtract or FormulaOperation.Min or FormulaOperation.Max:
                var common = Units.Free;
                foreach (var argument in arguments)
                {
                    if (argument.IsFree)
                    {
                        continue;
                    }
                    if (!common.IsFree && !common.SameAs(argument))
                    {
                        failure = $"the formula {(node.Operation is FormulaOperation.Add or FormulaOperation.Subtract ? "adds or subtracts" : "compares")} {common} and {argument}: the units do not convert";
                        return null;
                    }
                    common = argument;
                }
                return common;
            case FormulaOperation.Multiply:
                return arguments[0].Times(arguments[1], 1);
            case FormulaOperation.Divide:
                return arguments[0].Times(arguments[1], -1);
            case FormulaOperation.Power:
                if (arguments[0].IsFree)
                {
                    return Units.Free;
                }
                if (arguments[0].IsDimensionless)
                {
                    return Units.None;
                }
                if (!node.Arguments[1].IsConstantExpression)
                {
                    failure = $"the formula raises {arguments[0]} to a power that is not a number";
                    return null;
                }
                return arguments[0].Power(node.Arguments[1].Evaluate([]));
            case FormulaOperation.Sqrt:
                return arguments[0].Power(0.5);
            default:
                if (!arguments[0].IsDimensionless)
                {
                    failure = $"the formula takes the {FormulaParser.FunctionName(node.Operation)} of {arguments[0]}, which needs a plain number";
                    return null;
                }
                return Units.None;
        }
    }

    /// <summary>A product of base units with exponents (km², persons, km²/persons), or a plain number, or "free" (a number written in the formula).</summary>
    private sealed class Units
    {
        private readonly SortedDictionary<string, double> exponents;

        private Units(SortedDictionary<string, double> exponents, bool free)
        {
            this.exponents = exponents;
            IsFree = free;
        }

        internal static Units None { get; } = new(new SortedDictionary<string, double>(StringComparer.Ordinal), false);

        internal static Units Free { get; } = new(new SortedDictionary<string, double>(StringComparer.Ordinal), true);

        internal bool IsFree { get; }

        internal bool IsDimensionless => exponents.Count == 0;

        internal static Units Of(string unit, double exponent) => new(new SortedDictionary<string, double>(StringComparer.Ordinal) { [unit] = exponent }, false);

        internal bool SameAs(Units other)
            => exponents.Count == other.exponents.Count
               && exponents.All(e => other.exponents.TryGetValue(e.Key, out var x) && Math.Abs(x - e.Value) < 1e-9);

        internal Units Times(Units other, double sign)
        {
            if (IsFree && other.IsFree)
            {
                return Free;
            }
            var product = new SortedDictionary<string, double>(exponents, StringComparer.Ordinal);
            foreach (var (unit, exponent) in other.exponents)
            {
                var sum = product.GetValueOrDefault(unit) + (sign * exponent);
                if (Math.Abs(sum) < 1e-9)
                {
                    product.Remove(unit);
                }
                else
                {
                    product[unit] = sum;
                }
            }
            return new Units(product, false);
        }

        internal Units Power(double exponent)
        {
            if (IsFree)
            {
                return Free;
            }
            var power = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var (unit, e) in exponents)
            {
                power[unit] = e * exponent;
            }
            return new Units(power, false);
        }

        public override string ToString()
        {
            if (IsFree)
            {
                return "a number";
            }
            if (IsDimensionless)
            {
                return "a plain number";
            }
            return string.Join("·", exponents.Select(e => e.Value == 1 ? e.Key : string.Create(CultureInfo.InvariantCulture, $"{e.Key}^{e.Value:G4}")));
        }
    }
}
