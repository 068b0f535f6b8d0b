using System;

namespace ForceEstimates;

/// <summary>
/// The exact distribution of a formula where one exists. Two families close under arithmetic:
/// <list type="bullet">
/// <item>log-normal readings under products, ratios and constant powers: c·∏ xᵢ^eᵢ is log-normal
/// with μ = ln c + Σ eᵢμᵢ and σ² = Σᵢⱼ eᵢeⱼρᵢⱼσᵢσⱼ (the logarithms are jointly normal under the
/// Gaussian copula); then a constant may be added or the whole scaled, giving
/// <see cref="AffineDistribution"/> (1 − now/peak is exact);</item>
/// <item>normal readings under sums, differences and constant factors: a + Σ bᵢxᵢ is normal with
/// variance Σᵢⱼ bᵢbⱼρᵢⱼσᵢσⱼ.</item>
/// </list>
/// Point readings are constants in both. Everything else (a sum of log-normals, a one-sided
/// reading anywhere) has no closed form here and goes to Monte Carlo.
/// </summary>
internal static class ClosedForm
{
    private enum FormKind
    {
        Constant,
        LogNormal,
        Normal,
    }

    /// <summary>
    /// A + B·∏ xᵢ^Cᵢ over log-normal inputs (<see cref="FormKind.LogNormal"/>), or A + Σ Cᵢxᵢ over
    /// normal inputs (<see cref="FormKind.Normal"/>), or the number A (<see cref="FormKind.Constant"/>).
    /// The x of an input are its base variable: for an input read as a + b·LN(μ, σ), the LN.
    /// </summary>
    private sealed record Form(FormKind Kind, double A, double B, double[] C)
    {
        internal bool IsPureProduct => Kind == FormKind.LogNormal && A == 0;
    }

    /// <summary>An input's family: a constant, a + b·LN(μ, σ), or N(μ, σ).</summary>
    private readonly record struct Shape(FormKind Kind, double Mu, double Sigma, double Offset, double Factor);

    /// <summary>The exact distribution of <paramref name="root"/> times <paramref name="scale"/>, or null when there is none here.</summary>
    internal static EstimateDistribution? TryCompute(FormulaNode root, ReadOnlySpan<EstimateDistribution> inputs, double[,]? correlation, double scale)
    {
        var shapes = new Shape[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            if (Classify(inputs[i]) is not { } shape)
            {
                return null;
            }
            shapes[i] = shape;
        }
        var form = Reduce(root, shapes);
        if (form is null)
        {
            return null;
        }
        form = Multiply(form, Constant(scale), shapes.Length);
        return form is null ? null : ToDistribution(form, shapes, correlation);
    }

    private static Shape? Classify(EstimateDistribution distribution) => distribution switch
    {
        PointDistribution p => new Shape(FormKind.Constant, 0, 0, p.Value, 0),
        LogNormalDistribution l => new Shape(FormKind.LogNormal, l.Mu, l.Sigma, 0, 1),
        NormalDistribution n => new Shape(FormKind.Normal, n.Mu, n.Sigma, 0, 1),
        ScaledDistribution s => Classify(s.Inner) is { } inner ? Transform(inner, 0, s.Factor) : null,
        AffineDistribution a => Classify(a.Inner) is { } inner ? Transform(inner, a.Offset, a.Factor) : null,
        _ => null,
    };

    // The shape of offset + factor·X for X of the given shape.
    private static Shape Transform(Shape inner, double offset, double factor) => inner.Kind switch
    {
        FormKind.Constant => inner with { Offset = offset + (factor * inner.Offset) },
        FormKind.Normal => new Shape(FormKind.Normal, offset + (factor * inner.Mu), Math.Abs(factor) * inner.Sigma, 0, 1),
        _ => inner with { Offset = offset + (factor * inner.Offset), Factor = factor * inner.Factor },
    };

    private static Form Constant(double value) => new(FormKind.Constant, value, 0, []);

    private static Form? Reduce(FormulaNode node, Shape[] shapes)
    {
        var k = shapes.Length;
        switch (node.Operation)
        {
            case FormulaOperation.Constant:
                return Constant(node.Value);
            case FormulaOperation.Input:
                var shape = shapes[node.Input];
                var unit = new double[k];
                unit[node.Input] = 1;
                return shape.Kind switch
                {
                    FormKind.Constant => Constant(shape.Offset),
                    FormKind.LogNormal => new Form(FormKind.LogNormal, shape.Offset, shape.Factor, unit),
                    _ => new Form(FormKind.Normal, 0, 0, unit),
                };
        }
        var arguments = new Form[node.Arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            if (Reduce(node.Arguments[i], shapes) is not { } argument)
            {
                return null;
            }
            arguments[i] = argument;
        }
        if (Array.TrueForAll(arguments, a => a.Kind == FormKind.Constant))
        {
            return Constant(EvaluateConstant(node.Operation, arguments));
        }
        return node.Operation switch
        {
            FormulaOperation.Negate => Multiply(arguments[0], Constant(-1), k),
            FormulaOperation.Add => Add(arguments[0], arguments[1], k),
            FormulaOperation.Subtract => Add(arguments[0], Multiply(arguments[1], Constant(-1), k)!, k),
            FormulaOperation.Multiply => Multiply(arguments[0], arguments[1], k),
            FormulaOperation.Divide => Divide(arguments[0], arguments[1], k),
            FormulaOperation.Power => Power(arguments[0], arguments[1]),
            _ => null,
        };
    }

    private static double EvaluateConstant(FormulaOperation operation, Form[] arguments)
    {
        var node = FormulaNode.Apply(operation, Array.ConvertAll(arguments, a => FormulaNode.Constant(a.A)));
        return node.Evaluate([]);
    }

    private static Form? Add(Form x, Form y, int k)
    {
        if (y.Kind == FormKind.Constant)
        {
            (x, y) = (y, x);
        }
        if (x.Kind == FormKind.Constant)
        {
            return y with { A = y.A + x.A };
        }
        if (x.Kind == FormKind.Normal && y.Kind == FormKind.Normal)
        {
            var c = new double[k];
            for (var i = 0; i < k; i++)
            {
                c[i] = x.C[i] + y.C[i];
            }
            return new Form(FormKind.Normal, x.A + y.A, 0, c);
        }
        // One product added to itself (x + x, 2·a/b − a/b) stays one product.
        if (x.Kind == FormKind.LogNormal && y.Kind == FormKind.LogNormal && x.C.AsSpan().SequenceEqual(y.C))
        {
            var factor = x.B + y.B;
            return factor == 0 ? Constant(x.A + y.A) : new Form(FormKind.LogNormal, x.A + y.A, factor, x.C);
        }
        return null;
    }

    private static Form? Multiply(Form x, Form y, int k)
    {
        if (y.Kind == FormKind.Constant)
        {
            (x, y) = (y, x);
        }
        if (x.Kind == FormKind.Constant)
        {
            var c = x.A;
            return y.Kind switch
            {
                FormKind.Constant => Constant(c * y.A),
                _ when c == 0 => Constant(0),
                FormKind.LogNormal => y with { A = c * y.A, B = c * y.B },
                _ => y with { A = c * y.A, C = Array.ConvertAll(y.C, v => c * v) },
            };
        }
        if (x.IsPureProduct && y.IsPureProduct)
        {
            var c = new double[k];
            for (var i = 0; i < k; i++)
            {
                c[i] = x.C[i] + y.C[i];
            }
            return new Form(FormKind.LogNormal, 0, x.B * y.B, c);
        }
        return null;
    }

    private static Form? Divide(Form x, Form y, int k)
    {
        if (y.Kind == FormKind.Constant)
        {
            return y.A == 0 ? null : Multiply(x, Constant(1 / y.A), k);
        }
        if (y.IsPureProduct && (x.Kind == FormKind.Constant || x.IsPureProduct))
        {
            var inverse = new Form(FormKind.LogNormal, 0, 1 / y.B, Array.ConvertAll(y.C, v => -v));
            return Multiply(x, inverse, k);
        }
        return null;
    }

    private static Form? Power(Form x, Form y)
    {
        // A power of a positive product with a constant exponent stays a product; (−2·a/b)^0.5 has no real value.
        if (y.Kind == FormKind.Constant && x.IsPureProduct && x.B > 0)
        {
            var e = y.A;
            return new Form(FormKind.LogNormal, 0, Math.Pow(x.B, e), Array.ConvertAll(x.C, v => e * v));
        }
        return null;
    }

    private static EstimateDistribution? ToDistribution(Form form, Shape[] shapes, double[,]? correlation)
    {
        if (form.Kind == FormKind.Constant)
        {
            return double.IsFinite(form.A) ? PointDistribution.Of(form.A) : null;
        }
        double centre = 0, variance = 0;
        for (var i = 0; i < shapes.Length; i++)
        {
            if (form.C[i] == 0)
            {
                continue;
            }
            centre += form.C[i] * shapes[i].Mu;
            for (var j = 0; j < shapes.Length; j++)
            {
                if (form.C[j] != 0)
                {
                    var rho = i == j ? 1 : correlation?[i, j] ?? 0;
                    variance += form.C[i] * form.C[j] * rho * shapes[i].Sigma * shapes[j].Sigma;
                }
            }
        }
        var sigma = Math.Sqrt(Math.Max(0, variance));
        if (form.Kind == FormKind.Normal)
        {
            var mean = form.A + centre;
            if (!double.IsFinite(mean) || !double.IsFinite(sigma))
            {
                return null;
            }
            return sigma > 0 ? NormalDistribution.Of(mean, sigma) : PointDistribution.Of(mean);
        }
        // A perfectly correlated ratio (ρ = 1, equal σ) has no spread left: its value is fixed.
        if (!(sigma > 1e-300))
        {
            var value = form.A + (form.B * Math.Exp(centre));
            return double.IsFinite(value) ? PointDistribution.Of(value) : null;
        }
        if (!double.IsFinite(centre) || !double.IsFinite(sigma) || form.B == 0 || !double.IsFinite(form.B) || !double.IsFinite(form.A))
        {
            return null;
        }
        if (form.A == 0 && form.B > 0)
        {
            var mu = centre + Math.Log(form.B);
            return double.IsFinite(mu) ? LogNormalDistribution.FromLogParameters(mu, sigma) : null;
        }
        return AffineDistribution.Of(LogNormalDistribution.FromLogParameters(centre, sigma), form.A, form.B);
    }
}
