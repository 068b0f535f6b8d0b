namespace ForceEstimates;

/// <summary>
/// What the hedge words of a figure say about the number, grouped by meaning. The hedge model
/// (<see cref="HedgeModel"/>) turns a kind, the number and its roundness into a distribution.
/// </summary>
/// <remarks>
/// <para>The kinds are named for what the words mean; the <see cref="Estimate"/> factories are named
/// for the commonest word of each. They map one to one:</para>
/// <list type="table">
/// <listheader><term>factory</term><description>kind</description></listheader>
/// <item><term><see cref="Estimate.Bare"/></term><description><see cref="Bare"/></description></item>
/// <item><term><see cref="Estimate.Exact"/></term><description><see cref="Exact"/></description></item>
/// <item><term><see cref="Estimate.About"/></term><description><see cref="Approximate"/></description></item>
/// <item><term><see cref="Estimate.Nearly"/></term><description><see cref="JustBelow"/></description></item>
/// <item><term><see cref="Estimate.Above"/></term><description><see cref="Above"/></description></item>
/// <item><term><see cref="Estimate.AtLeast"/></term><description><see cref="AtLeast"/></description></item>
/// <item><term><see cref="Estimate.AtMost"/></term><description><see cref="AtMost"/></description></item>
/// <item><term><see cref="Estimate.Under"/></term><description><see cref="Below"/></description></item>
/// <item><term><see cref="Estimate.Between"/></term><description><see cref="Range"/></description></item>
/// <item><term><see cref="Estimate.FromDistribution"/></term><description><see cref="Distribution"/></description></item>
/// </list>
/// <para><see cref="Vague"/> has no factory: parse the words ("dozens", "tens of thousands").</para>
/// <para>Each kind below quotes the common words that read as it; the parser may know more spellings of the same kind.
/// A figure with two hedges has the kind of the two: "about" (or "some", "an estimated", "perhaps", ...) with a bound is the
/// bound ("some 800-odd" is <see cref="Above"/>, "up to around 270" <see cref="AtMost"/>), two of one kind are that kind
/// ("about 800 or so"), and "between about 800 and 1,000" is a <see cref="Range"/>.</para>
/// </remarks>
public enum HedgeKind
{
    /// <summary>A bare number with no hedge ("12,000"), <see cref="Estimate.Bare"/>: read as meant, widened modestly by its roundness.</summary>
    Bare,

    /// <summary>"exactly", "precisely"; <see cref="Estimate.Exact"/>.</summary>
    Exact,

    /// <summary>"about", "approximately", "approx.", "around", "roughly", "some", "circa", "an estimated", "estimated", "an approximate", "c.", "ca.", "in the region of", "in the neighbourhood of" (or "neighborhood"), "more or less", "on the order of", "of the order of", "in the order of", "in the range of", "ballpark", "in the ballpark of", "something like", "perhaps", "maybe", "possibly", "somewhere", "anywhere", "something" and "anything" (before another hedge: "somewhere around", "anywhere between", "something close to", "anything under"), the signs "~" and "≈", and after the number "or so", "or thereabouts", "give or take", "plus or minus" ("800 or so", "800, give or take"): two-sided around the number; <see cref="Estimate.About"/>.</summary>
    Approximate,

    /// <summary>"nearly", "almost", "not quite", "just under", "just below", "just short of", "just shy of", "just less than", "just fewer than", "close to", "near", "shy of", "a little under", "a little below", "a little less than", "a little fewer than", "slightly under", "slightly below", "slightly less than", "slightly fewer than", "approaching", "nearing", "approach" (after an auxiliary: "will approach", "may approach", "could approach"): the number is an upper bound, approached closely; <see cref="Estimate.Nearly"/>.</summary>
    JustBelow,

    /// <summary>"over", "just over", "well over", "more than", "above", "in excess of", "upwards of", "upward of", "greater than", "just above", "just more than", "well above", "north of", "well in excess of", "rather more than", "well more than", "far over", "far above", "far more than", "far in excess of", "a little over", "a little above", "a little more than", "slightly over", "slightly above", "slightly more than", the sign "&gt;", and "-odd" after the number ("800-odd": 800 and an unstated remainder): the number is a lower bound; <see cref="Estimate.Above"/>.</summary>
    Above,

    /// <summary>"at least", "no less than", "no fewer than", "not less than", "not fewer than", "a minimum of", "as few as", "as little as" (the low end, as "as many as" is the high one), the signs "≥" and "⩾", and after the number "+", "-plus", "plus", "or more", "or higher", "or greater", "or above" ("800+", "11,000-plus troops", "2,000 plus", "40% or more"): the number is a lower bound; <see cref="Estimate.AtLeast"/>.</summary>
    AtLeast,

    /// <summary>"at most", "no more than", "not more than", "up to", "as many as", "as much as", "a maximum of", "maybe even", "perhaps even", "possibly even" (the far end the speaker will go to), the signs "≤" and "⩽", and after the number "or fewer", "or less", "or lower", "or below" ("800 or fewer"): the number is an upper bound; <see cref="Estimate.AtMost"/>.</summary>
    AtMost,

    /// <summary>"under", "fewer than", "less than", "below", "south of", "short of", "well under", "well below", "well short of", "far under", "far below", "far fewer than", "far less than", the sign "&lt;": the number is an upper bound; <see cref="Estimate.Under"/>.</summary>
    Below,

    /// <summary>Two numbers: "between 10,000 and 12,000", "10,000–12,000", "10,000 to 12,000" ("10,000 to about 12,000" too), "10-12 thousand", two figures given as alternatives ("20,000 or 30,000"), a lower bound with an upper one ("at least 13 and as many as 46", "at least 800, possibly 1,000"), and a stated margin ("60,000 ± 5,000", "60,000 +/- 5,000", "60,000, plus or minus 5,000", "60,000 give or take 5,000": 55,000 to 65,000); <see cref="Estimate.Between"/>.</summary>
    Range,

    /// <summary>A vague amount with no number: "dozens", "scores", "several hundred", "a few thousand", "tens of thousands".</summary>
    Vague,

    /// <summary>No hedge words: the estimate was given directly as a distribution (<see cref="Estimate.FromDistribution"/>).</summary>
    Distribution,
}
