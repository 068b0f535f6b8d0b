using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace ForceEstimates.Consistency;

/// <summary>
/// Checks across related reports: whether figures that are tied to one another (a derived figure and
/// its inputs, a part and its whole, a peak and the levels in its period, one source's cumulative
/// count over time, a category and its total, territory lost and the territory held, a period's change and the
/// amounts at its ends) can all be true as stated.
/// </summary>
/// <remarks>
/// <para><b>What is compared.</b> The <em>readings</em> of the figures: each estimate's own distribution
/// from its hedge and roundness, without the floor of reporting uncertainty that aggregation adds —
/// the question is whether the statements can all be true as written. Figures are converted to the
/// canonical unit of their dimension (square miles to km²). Bounds count as bounds ("over",
/// "more than", "at least" below; "at most", "up to", "under", "fewer than" above): a bound is taken
/// at its stated number where that is the most favourable value it allows, and a bound on the open side
/// of a relation cannot contradict it ("at least 1,700" then "at least 300" is no fall). "Nearly" and
/// "almost" are read by their reading, just below the number.</para>
/// <para><b>Probability</b>, per rule (see <see cref="ConsistencyRule"/>): P(part ≤ whole),
/// P(level ≤ peak), P(later ≥ earlier), P(category ≤ total) under the readings, bounds censored. For a
/// derived figure the formula is applied to the inputs' readings (exactly where a closed form exists,
/// else by Monte Carlo with <see cref="ConsistencyOptions.Arithmetic"/>'s seed and samples); against a
/// one-sided claim ("over 40%") the probability is that the recomputed value lies beyond the bound
/// (for the seed article, 1 − 800/1,376 ≈ 42% exceeds 40% with probability 0.70); against any other
/// claim it is the two-sided tail probability 2·min(P(R ≤ S), P(R ≥ S)) of the stated reading S under
/// the recomputed R (for an exact figure, of the stated value itself). For a sum of parts with every
/// part reported, the same two-sided probability of the whole against the sum.</para>
/// <para><b>Verdicts.</b> Violated below <see cref="ConsistencyOptions.ViolationThreshold"/> (0.05),
/// consistent above <see cref="ConsistencyOptions.ConsistentThreshold"/> (0.2), inconclusive between
/// or when the relation could not be checked.</para>
/// <para><b>Flags by chance.</b> If the readings describe the sources' uncertainty well, a relation that
/// holds exactly at its edge (a part equal to its whole, a count that did not change) has a probability
/// that is roughly uniform on [0, 1], so it is flagged with probability about the threshold: among n
/// such relations expect about 0.05·n violations by chance under the defaults (5 in 100). Relations that
/// hold with a margin are flagged far less often. To keep the chance of any false flag among n findings
/// near 5%, use a threshold of 0.05/n (Bonferroni), e.g. <c>options with { ViolationThreshold = 0.0005 }</c>
/// for 100 findings; a tool that exits non-zero on violations should say which it used.</para>
/// <para><b>Bad input.</b> A derived report without a formula, with inputs missing from the reports,
/// in a cycle of derivations, or whose units do not convert gives a finding that says so, with
/// probability NaN and verdict <see cref="Verdict.Inconclusive"/>; nothing throws for such data. Null
/// arguments, null reports and duplicate ids throw.</para>
/// <para>Thread-safe; each call works on its own copy of the list.</para>
/// </remarks>
public static partial class ConsistencyCheck
{
    /// <summary>Checks every relation between the reports that the rules and options define.</summary>
    /// <param name="reports">The reports; ids unique, no nulls.</param>
    /// <param name="options">Thresholds, windows and declared relations; <see cref="ConsistencyOptions.Default"/> when null.</param>
    /// <returns>One finding per relation checked, grouped by rule in the order of <see cref="ConsistencyRule"/>, within a rule in the order of the reports.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two reports share an id, or <paramref name="options"/> has its consistent threshold below its violation threshold.</exception>
    public static IReadOnlyList<ConsistencyFinding> Run(IEnumerable<Report> reports, ConsistencyOptions? options = null)
    {
        using var check = new Check(Materialise(reports, nameof(reports)), Checked(options));
        check.DerivedFigures();
        check.PartsOfWholes();
        check.PeaksAndLevels();
        check.CumulativeCounts();
        check.SumsOfParts();
        check.CategoriesOfTotals();
        check.LostAgainstHeld();
        check.ChangesAgainstEnds();
        return new ConsistencyFindings(check.Findings);
    }

    /// <summary>
    /// The figure a derived report states, recomputed from its inputs: its <see cref="Provenance.Formula"/>
    /// applied to the readings of the reports it names, in the derived report's unit (see the remarks on
    /// <see cref="ConsistencyCheck"/>). The notebook shows it beside the stated figure.
    /// </summary>
    /// <param name="derived">The derived report.</param>
    /// <param name="reports">Reports among which its inputs are found by id (others are ignored).</param>
    /// <param name="options">Arithmetic and the shared-origin correlation; <see cref="ConsistencyOptions.Default"/> when null.</param>
    /// <returns>The recomputed estimate.</returns>
    /// <exception cref="ArgumentNullException">An argument or a report is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="derived"/> has no formula or its units do not convert (blaming <paramref name="derived"/>); an input is missing or two reports share an id (blaming <paramref name="reports"/>); or the arithmetic has no finite value (a division by zero).</exception>
    public static Estimate Recompute(Report derived, IEnumerable<Report> reports, ConsistencyOptions? options = null)
    {
        Preconditions.CheckNotNull(derived);
        using var check = new Check(Materialise(reports, nameof(reports)), Checked(options));
        var formula = derived.Provenance.Formula
            ?? throw new ArgumentException($"Expected a derived report with a formula, but report \"{derived.Id}\" has none.", nameof(derived));
        var missing = check.Missing(formula);
        Preconditions.CheckArgument(missing.Count == 0, nameof(reports),
            $"Expected every input of report \"{derived.Id}\" among the reports, but {string.Join(", ", missing.Select(id => "\"" + id + "\""))} {(missing.Count == 1 ? "is" : "are")} missing.");
        if (!check.TryRecompute(derived, formula, out var recomputed, out var distribution, out var failure))
        {
            throw new ArgumentException($"Cannot recompute report \"{derived.Id}\": {failure}.", nameof(derived));
        }
        return recomputed ?? Estimate.FromDistribution(distribution!);
    }

    private static Report[] Materialise(IEnumerable<Report> reports, string paramName)
    {
        Preconditions.CheckNotNull(reports, paramName);
        var array = reports.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentNullException(paramName, string.Create(CultureInfo.InvariantCulture, $"Report {i} is null."));
            }
        }
        return array;
    }

    private static ConsistencyOptions Checked(ConsistencyOptions? options)
    {
        options ??= ConsistencyOptions.Default;
        Preconditions.CheckArgument(options.ConsistentThreshold >= options.ViolationThreshold, nameof(options),
            $"Expected the consistent threshold ({options.ConsistentThreshold}) to be at least the violation threshold ({options.ViolationThreshold}).");
        return options;
    }

    /// <summary>One run: the reports, their claims (read once, on demand), and the findings so far.</summary>
    private sealed partial class Check : IDisposable
    {
        private readonly Report[] reports;
        private readonly ConsistencyOptions options;
        private readonly Dictionary<string, int> byId;
        private readonly Claim?[] claims;
        private readonly ArithmeticOptions sampling;

        internal Check(Report[] reports, ConsistencyOptions options)
        {
            this.reports = reports;
            this.options = options;
            claims = new Claim?[reports.Length];
            byId = new Dictionary<string, int>(reports.Length, StringComparer.Ordinal);
            for (var i = 0; i < reports.Length; i++)
            {
                if (!byId.TryAdd(reports[i].Id, i))
                {
                    throw new ArgumentException($"Expected report ids to be unique, but \"{reports[i].Id}\" appears twice (reports {byId[reports[i].Id]} and {i}).", nameof(reports));
                }
            }
            var arithmetic = options.Arithmetic;
            // The options' own correlations are by input index and mean nothing here: shared origins decide.
            sampling = ArithmeticOptions.Default with { Method = arithmetic.Method, SampleCount = arithmetic.SampleCount, Seed = arithmetic.Seed };
        }

        internal List<ConsistencyFinding> Findings { get; } = [];

        /// <summary>Sample arrays shared by this run's Monte Carlo computations, one after another.</summary>
        private SampleArrays Scratch { get; } = new();

        public void Dispose() => Scratch.Dispose();

        private Claim ClaimOf(int index) => claims[index] ??= Claim.Of(reports[index]);

        private double CorrelationOf(Report a, Report b)
            => options.SharedOriginCorrelation != 0 && a.Provenance.SharesOriginWith(b.Provenance) ? options.SharedOriginCorrelation : 0;

        private Verdict VerdictOf(double probability)
            => probability < options.ViolationThreshold ? Verdict.Violated
                : probability > options.ConsistentThreshold ? Verdict.Consistent
                : Verdict.Inconclusive;

        // Explanations are written when first read, from the finding itself: most findings of a large
        // check are never read, and a finding then costs no text and no closure.
        private ConsistencyFinding Finding(ConsistencyRule rule, Report[] involved, double probability, Func<ConsistencyFinding, string> explain, Estimate? recomputed = null, EstimateDistribution? recomputedDistribution = null)
            => new(rule, involved, probability, VerdictOf(probability), explain, recomputed, recomputedDistribution);

        private static ConsistencyFinding Unchecked(ConsistencyRule rule, Report[] involved, string description, string reason)
        {
            var text = $"{description}: could not be checked: {reason}.";
            return new(rule, involved, double.NaN, Verdict.Inconclusive, _ => text, null);
        }

        /// <summary>One pair compared with <see cref="Claim.ProbabilityAtMost"/>: <paramref name="lesser"/> at most <paramref name="greater"/>.</summary>
        private ConsistencyFinding Compare(ConsistencyRule rule, int lesser, int greater, Report[] involved, Func<ConsistencyFinding, string> explain)
        {
            var probability = Claim.ProbabilityAtMost(ClaimOf(lesser), ClaimOf(greater), CorrelationOf(reports[lesser], reports[greater]), sampling);
            return Finding(rule, involved, probability, explain);
        }

        /// <summary>The sentence of a finding: what was compared, the probability and its relation, what censoring did, the verdict.</summary>
        private static string Sentence(ConsistencyFinding finding, string description, string relation, string note = "")
            => string.Create(CultureInfo.InvariantCulture,
                $"{description}: {relation} {FormatProbability(finding.Probability)}{(note.Length > 0 ? " (" + note + ")" : "")}; {Word(finding.Verdict)}.");

        /// <summary>The sentence of a pair compared by <see cref="Compare"/>.</summary>
        private static string PairSentence(ConsistencyFinding finding, string description, string relation, Report lesser, Report greater)
            => Sentence(finding, description, relation, Claim.CensoringNote(Claim.Of(lesser), Claim.Of(greater)));

        private static string Word(Verdict verdict) => verdict switch
        {
            Verdict.Violated => "violated",
            Verdict.Consistent => "consistent",
            _ => "inconclusive",
        };

        /// <summary>A report as the explanations quote it: "nearly 60,000" persons (id).</summary>
        private static string Figure(Report report)
        {
            var text = "\"" + report.Estimate.Stated.Text + "\"";
            return (report.Estimate.Stated.Unit is null ? text + " " + report.Quantity.Unit.Symbol : text) + " (" + report.Id + ")";
        }

        private static string FormatProbability(double p)
            => p < 0.001 ? "< 0.001" : p > 0.999 ? "> 0.999" : "= " + p.ToString(p < 0.01 ? "0.000" : "0.00", CultureInfo.InvariantCulture);

        // Findings of one rule in the order of their reports: by first report, then second, then as found.
        private void AddSorted(Found found) => found.AddSortedTo(Findings);

        /// <summary>One rule's findings, each with the pair of reports it is about, for sorting by that pair.</summary>
        private sealed class Found
        {
            private long[] pairs = new long[16];
            private ConsistencyFinding[] findings = new ConsistencyFinding[16];
            private int count;

            internal void Add(int first, int second, ConsistencyFinding finding)
            {
                if (count == pairs.Length)
                {
                    Array.Resize(ref pairs, 2 * count);
                    Array.Resize(ref findings, 2 * count);
                }
                // Both indices are non-negative: the pair as one number sorts by first, then second.
                pairs[count] = ((long)first << 32) | (uint)second;
                findings[count++] = finding;
            }

            internal void AddSortedTo(List<ConsistencyFinding> target)
            {
                var order = new int[count];
                for (var k = 0; k < count; k++)
                {
                    order[k] = k;
                }
                // A sort on integer keys; a pair found twice (one whole in two partitions) keeps the order found.
                Array.Sort(pairs, order, 0, count);
                for (var run = 0; run < count;)
                {
                    var end = run + 1;
                    while (end < count && pairs[end] == pairs[run])
                    {
                        end++;
                    }
                    if (end - run > 1)
                    {
                        Array.Sort(order, run, end - run);
                    }
                    run = end;
                }
                target.EnsureCapacity(target.Count + count);
                foreach (var k in order)
                {
                    target.Add(findings[k]);
                }
            }
        }
    }
}
