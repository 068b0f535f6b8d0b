using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ForceEstimates.Consistency;

/// <summary>
/// The choices behind <see cref="ConsistencyCheck.Run"/>: the thresholds of the verdicts, how far
/// apart in time levels may be and still be compared, how reports from one origin are correlated,
/// how derived figures are recomputed, and the declared relations between places and between
/// metrics. Immutable (change a copy with a <c>with</c> expression or the <c>With…</c> methods; each
/// property validates its value) and thread-safe.
/// </summary>
/// <example><code>
/// var options = ConsistencyOptions.Default.WithPart("Kursk Oblast", "all fronts") with { ViolationThreshold = 0.01 };
/// </code></example>
public sealed record ConsistencyOptions
{
    private static readonly string[] DefaultTotals = ["casualties", "losses"];

    private static readonly string[] DefaultCategories =
        ["killed", "dead", "deaths", "fatalities", "wounded", "injured", "missing", "captured", "prisoners"];

    private readonly double violationThreshold = 0.05;
    private readonly double consistentThreshold = 0.2;
    private readonly int timeWindowDays = 7;
    private readonly double sharedOriginCorrelation;
    private readonly ArithmeticOptions arithmetic = ArithmeticOptions.Default;
    private (string Part, string Whole)[] parts = [];
    private (string Whole, string[] Parts)[] partitions = [];
    private (string Category, string Total)[] categories = DefaultCategoryPairs();
    private (string Subgroup, string Group)[] subgroups = DefaultSubgroups;

    // Who a toll counts, as extraction names them: children are civilians, and civilians, women and men are people.
    private static readonly (string Subgroup, string Group)[] DefaultSubgroups =
        [("children", "civilians"), ("civilians", "people"), ("women", "people"), ("men", "people")];

    /// <summary>
    /// The defaults: violated below 0.05, consistent above 0.2, levels compared up to 7 days apart,
    /// reports independent, derived figures recomputed with <see cref="ArithmeticOptions.Default"/>;
    /// no relations between places; deaths (killed, dead, fatalities), wounded (injured), missing and
    /// captured (prisoners) at most casualties and losses; children a subgroup of civilians, and civilians,
    /// women and men of people.
    /// </summary>
    public static ConsistencyOptions Default { get; } = new();

    /// <summary>
    /// A relation whose probability is below this is <see cref="Verdict.Violated"/>; 0.05 by default.
    /// Among n relations that all hold, each checked at this threshold, at most about n × threshold are
    /// flagged by chance (fewer where the relations hold with a margin); see <see cref="ConsistencyCheck"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1.</exception>
    public double ViolationThreshold
    {
        get => violationThreshold;
        init => violationThreshold = value is > 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(ViolationThreshold), value, "Expected a probability strictly between 0 and 1.");
    }

    /// <summary>
    /// A relation whose probability is above this is <see cref="Verdict.Consistent"/>; 0.2 by default:
    /// the readings then favour a violation by less than 4 to 1. Two figures that are read alike give
    /// 0.5 for "at most", so they are consistent. Must not be below <see cref="ViolationThreshold"/>
    /// (checked by <see cref="ConsistencyCheck.Run"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1.</exception>
    public double ConsistentThreshold
    {
        get => consistentThreshold;
        init => consistentThreshold = value is > 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(ConsistentThreshold), value, "Expected a probability strictly between 0 and 1.");
    }

    /// <summary>
    /// How many days apart the times of two levels may be and still be compared as one moment (parts
    /// and wholes, categories and totals, the parts of a sum); 7 by default, so that the seed article's
    /// "nearly 60,000" in Kursk (23 November) and "almost 580,000" on all fronts (21 November) are
    /// compared. Overlapping times are always compared; peaks and cumulative counts are compared by
    /// period instead (see <see cref="ConsistencyCheck"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above 3,660.</exception>
    public int TimeWindowDays
    {
        get => timeWindowDays;
        init => timeWindowDays = value is >= 0 and <= 3660 ? value : throw new ArgumentOutOfRangeException(nameof(TimeWindowDays), value, "Expected between 0 and 3,660 days.");
    }

    /// <summary>
    /// The correlation between the readings of two reports that share an origin (by name or alias): a
    /// source that overstates one figure is likely to overstate the next. 0 (independent) by default;
    /// in [0, 1]. It is the Gaussian-copula correlation of <see cref="ArithmeticOptions"/>: for two
    /// log-normal readings the correlation of their logarithms. It applies to the inputs of a derived
    /// figure and to every compared pair.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1] or NaN.</exception>
    public double SharedOriginCorrelation
    {
        get => sharedOriginCorrelation;
        init => sharedOriginCorrelation = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(SharedOriginCorrelation), value, "Expected a correlation between 0 and 1.");
    }

    /// <summary>How derived figures are recomputed, and the samples and seed wherever Monte Carlo is needed; <see cref="ArithmeticOptions.Default"/> unless set. Its own correlations are not used (see <see cref="SharedOriginCorrelation"/>).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ArithmeticOptions Arithmetic
    {
        get => arithmetic;
        init => arithmetic = value ?? throw new ArgumentNullException(nameof(Arithmetic));
    }

    /// <summary>The places declared part of another, as given (the relation is closed transitively when checking).</summary>
    public IReadOnlyList<(string Part, string Whole)> Parts => parts;

    /// <summary>The wholes declared to be made up of parts (<see cref="WithParts"/>).</summary>
    public IReadOnlyList<(string Whole, IReadOnlyList<string> Parts)> Partitions
        => partitions.Select(p => (p.Whole, (IReadOnlyList<string>)p.Parts)).ToArray();

    /// <summary>The metrics declared a category of a total (deaths of casualties, ...), the defaults included.</summary>
    public IReadOnlyList<(string Category, string Total)> Categories => categories;

    /// <summary>The subjects declared a subgroup of another (children of civilians, ...), the defaults included, as given (closed transitively when checking).</summary>
    public IReadOnlyList<(string Subgroup, string Group)> Subgroups => subgroups;

    /// <summary>These options with one place declared part of another: "Kursk Oblast" of "all fronts".</summary>
    /// <param name="part">The part's place name, as in <see cref="Quantity.Place"/>; compared ignoring case and spacing.</param>
    /// <param name="whole">The whole's place name.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, the two are the same place, or the declaration would make a place part of itself.</exception>
    public ConsistencyOptions WithPart(string part, string whole)
    {
        var tidyPart = Names.CheckName(part, nameof(part));
        var tidyWhole = Names.CheckName(whole, nameof(whole));
        Preconditions.CheckArgument(!Names.Comparer.Equals(tidyPart, tidyWhole), nameof(whole),
            $"Expected a whole other than the part, but both are \"{tidyPart}\".");
        Preconditions.CheckArgument(!WholesOf(tidyWhole).Contains(tidyPart), nameof(whole),
            $"Expected no circle of parts, but \"{tidyWhole}\" is already declared part of \"{tidyPart}\".");
        return this with { parts = [.. parts, (tidyPart, tidyWhole)] };
    }

    /// <summary>
    /// These options with a whole declared to be made up of the given parts, each part of it, none
    /// overlapping: the whole is then checked against the sum of its parts
    /// (<see cref="ConsistencyRule.SumOfParts"/>) as well as each part against it.
    /// </summary>
    /// <param name="whole">The whole's place name.</param>
    /// <param name="parts">The parts' place names; at least two, all different.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentNullException">An argument or a name is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, fewer than two parts are given, a part repeats or is the whole, or a declaration would make a place part of itself.</exception>
    public ConsistencyOptions WithParts(string whole, params string[] parts)
    {
        var tidyWhole = Names.CheckName(whole, nameof(whole));
        Preconditions.CheckNotNull(parts);
        Preconditions.CheckArgument(parts.Length >= 2, nameof(parts), $"Expected at least two parts, but got {parts.Length}.");
        var tidyParts = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            tidyParts[i] = Names.CheckName(parts[i], nameof(parts), i);
            Preconditions.CheckArgument(!tidyParts.Take(i).Contains(tidyParts[i], Names.Comparer), nameof(parts), $"Expected different parts, but \"{tidyParts[i]}\" repeats.");
        }
        var options = this;
        foreach (var part in tidyParts)
        {
            options = options.WithPart(part, tidyWhole);
        }
        return options with { partitions = [.. partitions, (tidyWhole, tidyParts)] };
    }

    /// <summary>These options with one metric declared a category of another: "killed" of "casualties". Matching ignores case and spacing.</summary>
    /// <param name="category">The category's metric name.</param>
    /// <param name="total">The total's metric name.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, or both are the same metric.</exception>
    public ConsistencyOptions WithCategory(string category, string total)
    {
        var tidyCategory = Names.CheckName(category, nameof(category));
        var tidyTotal = Names.CheckName(total, nameof(total));
        Preconditions.CheckArgument(!Names.Comparer.Equals(tidyCategory, tidyTotal), nameof(total),
            $"Expected a total other than the category, but both are \"{tidyCategory}\".");
        return this with { categories = [.. categories, (tidyCategory, tidyTotal)] };
    }

    /// <summary>
    /// These options with one subject declared a subgroup of another: "children" of "civilians", "conscripts" of
    /// "Russian troops". A figure of the subgroup is then at most the group's figure of the same metric, place (or a
    /// place it is part of), statistic and dimension at comparable times (<see cref="ConsistencyRule.PartOfWhole"/>):
    /// "85 people killed, including 16 children". Matching ignores case and spacing.
    /// </summary>
    /// <param name="subgroup">The subgroup's subject, as in <see cref="Quantity.Subject"/>.</param>
    /// <param name="group">The group's subject.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, the two are the same subject, or the declaration would make a subject a subgroup of itself.</exception>
    public ConsistencyOptions WithSubgroup(string subgroup, string group)
    {
        var tidySubgroup = Names.CheckName(subgroup, nameof(subgroup));
        var tidyGroup = Names.CheckName(group, nameof(group));
        Preconditions.CheckArgument(!Names.Comparer.Equals(tidySubgroup, tidyGroup), nameof(group),
            $"Expected a group other than the subgroup, but both are \"{tidySubgroup}\".");
        Preconditions.CheckArgument(!GroupsOf(tidyGroup).Contains(tidySubgroup), nameof(group),
            $"Expected no circle of subgroups, but \"{tidyGroup}\" is already declared a subgroup of \"{tidySubgroup}\".");
        return this with { subgroups = [.. subgroups, (tidySubgroup, tidyGroup)] };
    }

    /// <summary>These options without any subgroup of a subject, the defaults included.</summary>
    /// <returns>New options.</returns>
    public ConsistencyOptions WithoutSubgroups() => this with { subgroups = [] };

    /// <summary>These options without any category of a metric, the defaults included.</summary>
    /// <returns>New options.</returns>
    public ConsistencyOptions WithoutCategories() => this with { categories = [] };

    /// <summary>Whether <paramref name="place"/> is declared part of <paramref name="whole"/>, directly or through other parts.</summary>
    /// <param name="place">A place name.</param>
    /// <param name="whole">Another place name.</param>
    /// <returns>True when declared so.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    public bool IsPartOf(string place, string whole)
    {
        Preconditions.CheckNotNull(place);
        Preconditions.CheckNotNull(whole);
        return WholesOf(Names.Tidy(place)).Contains(Names.Tidy(whole));
    }

    /// <summary>Every place <paramref name="place"/> is part of, transitively (a breadth-first walk).</summary>
    internal HashSet<string> WholesOf(string place) => Closure(parts, place);

    /// <summary>Every subject <paramref name="subject"/> is a subgroup of, transitively.</summary>
    internal HashSet<string> GroupsOf(string subject) => Closure(subgroups, subject);

    // Everything a name lies inside by the declared pairs, transitively (a breadth-first walk).
    private static HashSet<string> Closure((string Inner, string Outer)[] pairs, string name)
    {
        var found = new HashSet<string>(Names.Comparer);
        var queue = new Queue<string>();
        queue.Enqueue(name);
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            foreach (var (inner, outer) in pairs)
            {
                if (Names.Comparer.Equals(inner, next) && found.Add(outer))
                {
                    queue.Enqueue(outer);
                }
            }
        }
        return found;
    }

    /// <inheritdoc />
    public bool Equals(ConsistencyOptions? other)
        => other is not null
            && violationThreshold.Equals(other.violationThreshold)
            && consistentThreshold.Equals(other.consistentThreshold)
            && timeWindowDays == other.timeWindowDays
            && sharedOriginCorrelation.Equals(other.sharedOriginCorrelation)
            && arithmetic.Equals(other.arithmetic)
            && parts.SequenceEqual(other.parts)
            && categories.SequenceEqual(other.categories)
            && subgroups.SequenceEqual(other.subgroups)
            && partitions.Length == other.partitions.Length
            && partitions.Zip(other.partitions).All(p => p.First.Whole == p.Second.Whole && p.First.Parts.SequenceEqual(p.Second.Parts));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(violationThreshold, consistentThreshold, timeWindowDays, sharedOriginCorrelation, arithmetic, parts.Length, categories.Length, subgroups.Length);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture,
            $"ViolationThreshold = {violationThreshold}, ConsistentThreshold = {consistentThreshold}, TimeWindowDays = {timeWindowDays}, SharedOriginCorrelation = {sharedOriginCorrelation}, ");
        builder.Append("Parts = [").AppendJoin(", ", parts.Select(p => $"{p.Part} ⊂ {p.Whole}")).Append("], ");
        builder.Append("Categories = ").Append(categories.Length.ToString(CultureInfo.InvariantCulture)).Append(", ");
        builder.Append("Subgroups = [").AppendJoin(", ", subgroups.Select(p => $"{p.Subgroup} ⊂ {p.Group}")).Append(']');
        return true;
    }

    private static (string, string)[] DefaultCategoryPairs()
        => [.. DefaultTotals.SelectMany(total => DefaultCategories.Select(category => (category, total)))];
}
