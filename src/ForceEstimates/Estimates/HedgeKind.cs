namespace ForceEstimates;

/// <summary>
/// What the hedge words of a figure say about the number, grouped by meaning. The hedge model
/// (<see cref="HedgeModel"/>) turns a kind, the number and its roundness into a distribution.
/// </summary>
public enum HedgeKind
{
    /// <summary>A bare number with no hedge ("12,000"): read as meant, widened modestly by its roundness.</summary>
    Bare,

    /// <summary>"exactly", "precisely".</summary>
    Exact,

    /// <summary>"about", "approximately", "around", "roughly", "some", "an estimated", "estimated": two-sided around the number.</summary>
    Approximate,

    /// <summary>"nearly", "almost", "just under": the number is an upper bound, approached closely.</summary>
    JustBelow,

    /// <summary>"over", "just over", "more than", "above", "in excess of", "upwards of", "greater than": the number is a lower bound.</summary>
    Above,

    /// <summary>"at least", "no less than", "no fewer than", "a minimum of": the number is a lower bound.</summary>
    AtLeast,

    /// <summary>"at most", "no more than", "up to", "as many as", "a maximum of": the number is an upper bound.</summary>
    AtMost,

    /// <summary>"under", "fewer than", "less than", "below": the number is an upper bound.</summary>
    Below,

    /// <summary>Two numbers: "between 10,000 and 12,000", "10,000–12,000", "10,000 to 12,000", "10-12 thousand".</summary>
    Range,

    /// <summary>A vague amount with no number: "dozens", "several hundred", "a few thousand", "tens of thousands".</summary>
    Vague,

    /// <summary>No hedge words: the estimate was given directly as a distribution (<see cref="Estimate.FromDistribution"/>).</summary>
    Distribution,
}
