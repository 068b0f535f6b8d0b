namespace ForceEstimates.Consistency;

/// <summary>Which relation between reports a <see cref="ConsistencyFinding"/> checks.</summary>
public enum ConsistencyRule
{
    /// <summary>
    /// A derived figure against its inputs: the report's <see cref="Provenance.Formula"/> applied to
    /// the readings of the reports it was computed from (<see cref="Provenance.DerivedFrom"/>),
    /// compared with what it states. Reports: the derived report, then its inputs in the formula's order.
    /// </summary>
    DerivedFigure,

    /// <summary>
    /// A part is at most its whole: the same metric, statistic and dimension (counts, areas, lengths; not
    /// shares, which do not add up), in places declared part and whole (<see cref="ConsistencyOptions.WithPart"/>),
    /// or of a subject declared a subgroup of the whole's (<see cref="ConsistencyOptions.WithSubgroup"/>: "16 children"
    /// of "85 people" killed, in the same place or one it is part of), at comparable times. Reports: the part, then the whole.
    /// </summary>
    PartOfWhole,

    /// <summary>
    /// A peak over a period is at least every level within it: a <see cref="Statistic.Peak"/> and a
    /// <see cref="Statistic.Level"/> of the same metric, subject, place and dimension, the level's time
    /// inside the peak's period; likewise a peak over a shorter period inside it (the highest of some of its
    /// levels). Reports: the peak, then the level (or the shorter period's peak).
    /// </summary>
    PeakAtLeastLevel,

    /// <summary>
    /// One origin's cumulative count of one quantity never falls: each figure against the one before it
    /// in time, and against the highest earlier figure when that is higher (so that a bound in between
    /// hides no fall). Reports: the earlier, then the later.
    /// </summary>
    CumulativeNeverFalls,

    /// <summary>
    /// A whole equals the sum of its parts, where the parts are declared to make up the whole
    /// (<see cref="ConsistencyOptions.WithParts"/>): with every part reported, the sum against the
    /// whole (two-sided); with only some, their sum is at most the whole. Reports: the whole, then the parts.
    /// </summary>
    SumOfParts,

    /// <summary>
    /// A category is at most its total: deaths (killed, dead, fatalities), wounded, missing or captured
    /// at most casualties or losses, and any pair declared with <see cref="ConsistencyOptions.WithCategory"/>;
    /// the same subject, place, statistic and dimension, at comparable times. Reports: the category, then the total.
    /// </summary>
    CategoryWithinTotal,

    /// <summary>
    /// Territory lost against the territory held: a <see cref="Metric.TerritoryLost"/> level stated as a
    /// share ("lost over 40%") against 1 − now / peak, or as an area against peak − now, recomputed from a
    /// <see cref="Metric.TerritoryHeld"/> level ("now we control approximately 800 km²") at its time (within
    /// <see cref="ConsistencyOptions.TimeWindowDays"/>) and a peak reached before it ("at most about
    /// 1,376 km²"), all of one territory: the same subject and place, or one origin's figures published on one
    /// day with at most one of them naming a place (a loose pairing, which can find the figures consistent but
    /// never violated, since it may join two territories). A lost figure that declares its formula is a
    /// <see cref="DerivedFigure"/> instead. Probabilities as for a derived figure. Reports: the lost figure,
    /// the level, the peak.
    /// </summary>
    LostAgainstHeld,

    /// <summary>
    /// A period's change against the amounts at its ends: a <see cref="Statistic.Change"/> over a period ("gained
    /// 430 km² in March", "1,200 killed on 3 May") equals the amount at its last day minus the amount when it began
    /// (for a day's change the day before's; for a longer period its first day's, "in the past 24 hours" being the day
    /// before and the day), both from one origin's series of the same quantity (metric, subject, place, dimension): its
    /// <see cref="Statistic.Level"/>s, or its <see cref="Statistic.Cumulative"/> totals counted from one start.
    /// Each end is the series' report nearest its day, at most a quarter of the period away (and at most
    /// <see cref="ConsistencyOptions.TimeWindowDays"/>), so a day's change needs the totals of that day and the
    /// day before. A change from another origin than the series is compared loosely (consistent or inconclusive,
    /// never violated). Ground lost over a period (a <see cref="Metric.TerritoryLost"/> change in an area, "lost about
    /// 430 km² in August") is the fall of the same side's <see cref="Metric.TerritoryHeld"/> levels: start minus end.
    /// One side's ground taken or lost at a place is also checked against another side's ground held there (taken
    /// ground its fall, lost ground its rise), loosely: what one side takes the other need not have held.
    /// Not for shares (a change of a share may be in points or relative). Probabilities as for a
    /// derived figure. Reports: the change, the start, the end.
    /// </summary>
    ChangeAgainstEnds,
}

/// <summary>What a <see cref="ConsistencyFinding"/> concludes.</summary>
public enum Verdict
{
    /// <summary>The reports cannot all be true as stated: the probability of the relation is below <see cref="ConsistencyOptions.ViolationThreshold"/>.</summary>
    Violated,

    /// <summary>Neither violated nor clearly consistent, or the relation could not be checked (the probability is then NaN).</summary>
    Inconclusive,

    /// <summary>The reports agree: the probability of the relation is above <see cref="ConsistencyOptions.ConsistentThreshold"/>.</summary>
    Consistent,
}
