using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;

namespace ForceEstimates.Consistency;

/// <summary>
/// The outcome of checking one relation between reports: which rule, which reports, the probability
/// that the relation holds given the readings of the figures, the verdict and why.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// What <see cref="Probability"/> means depends on the rule (see <see cref="ConsistencyCheck"/>); it is
/// NaN when the relation could not be checked (<see cref="IsChecked"/> false: a missing input, a cycle of
/// derivations, units that do not convert), and the <see cref="Explanation"/> then says why.
/// </remarks>
[Presentation.TypeFormatterSource(typeof(Presentation.NotebookFormatterSource))]
public sealed class ConsistencyFinding
{
    private readonly Func<ConsistencyFinding, string> explain;
    private readonly Report[] reports;
    private ReadOnlyCollection<Report>? view;
    private string? explanation;
    private readonly EstimateDistribution? recomputedDistribution;
    private Estimate? recomputed;

    internal ConsistencyFinding(ConsistencyRule rule, Report[] reports, double probability, Verdict verdict, Func<ConsistencyFinding, string> explain, Estimate? recomputed, EstimateDistribution? recomputedDistribution = null)
    {
        Rule = rule;
        this.reports = reports;
        Probability = probability;
        Verdict = verdict;
        this.explain = explain;
        this.recomputed = recomputed;
        this.recomputedDistribution = recomputedDistribution;
    }

    /// <summary>The relation checked.</summary>
    public ConsistencyRule Rule { get; }

    /// <summary>The reports involved, in the order the rule names them (see <see cref="ConsistencyRule"/>).</summary>
    public IReadOnlyList<Report> Reports => view ??= Array.AsReadOnly(reports);

    /// <summary>The probability that the relation holds, in [0, 1]; NaN when it could not be checked.</summary>
    public double Probability { get; }

    /// <summary>Violated, inconclusive or consistent, by the thresholds of the options used.</summary>
    public Verdict Verdict { get; }

    /// <summary>True unless the verdict is <see cref="Verdict.Violated"/>.</summary>
    public bool Holds => Verdict != Verdict.Violated;

    /// <summary>Whether the relation could be checked; false when a needed input was missing or unusable.</summary>
    public bool IsChecked => !double.IsNaN(Probability);

    /// <summary>
    /// One sentence: the figures compared, the probability and the verdict, or why the relation could
    /// not be checked. Written when first read (a check over many reports need not write them all);
    /// always the same text.
    /// </summary>
    public string Explanation => explanation ??= explain(this);

    /// <summary>
    /// For <see cref="ConsistencyRule.DerivedFigure"/>, <see cref="ConsistencyRule.LostAgainstHeld"/> and
    /// <see cref="ConsistencyRule.ChangeAgainstEnds"/>: the figure recomputed from the other reports, in the first report's
    /// unit; otherwise null.
    /// </summary>
    public Estimate? Recomputed
    {
        get
        {
            // A sampled figure's estimate (its 90% interval needs the samples sorted) is made when first read.
            if (recomputed is null && recomputedDistribution is not null)
            {
                Interlocked.CompareExchange(ref recomputed, Estimate.FromDistribution(recomputedDistribution), null);
            }
            return recomputed;
        }
    }

    /// <summary>The rule, the verdict and the explanation, e.g. "DerivedFigure, Consistent: ...".</summary>
    public override string ToString() => $"{Rule}, {Verdict}: {Explanation}";
}

/// <summary>The list <see cref="ConsistencyCheck.Run"/> returns: read-only, and shown in notebooks as the HTML of <see cref="Presentation.Html.Of(IEnumerable{ConsistencyFinding})"/>.</summary>
[Presentation.TypeFormatterSource(typeof(Presentation.NotebookFormatterSource))]
internal sealed class ConsistencyFindings(IList<ConsistencyFinding> findings) : ReadOnlyCollection<ConsistencyFinding>(findings);
