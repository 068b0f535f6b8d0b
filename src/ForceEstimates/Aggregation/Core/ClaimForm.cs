namespace ForceEstimates.Aggregation;

/// <summary>
/// The form of a claim about a value: a point, a bound on one side, or an interval. It says how a report's figure
/// enters an aggregate (<see cref="Contribution.Claim"/>) and what an <see cref="Observation"/> of the numeric core
/// states (<see cref="Observation.Form"/>). Whether a bound is strict ("more than" against "at least") makes no
/// difference to a continuous model.
/// </summary>
public enum ClaimForm
{
    /// <summary>A central value with a spread: a bare or approximate figure, "nearly", or a bounded claim read through the hedge model.</summary>
    Point,

    /// <summary>Right-censored: the value is at least the bound ("more than 10,000", "over 40%").</summary>
    AtLeast,

    /// <summary>Left-censored: the value is at most the bound ("up to 15,000", "under 5,000").</summary>
    AtMost,

    /// <summary>Interval-censored: the value lies between two bounds ("between 11,000 and 20,000").</summary>
    Between,
}
