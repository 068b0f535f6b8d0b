using System.Linq;
using ForceEstimates.Aggregation;

namespace ForceEstimates.CalibrationStudy;

/// <summary>What a method gives for one trial, in the quantity's unit.</summary>
/// <param name="Point">The estimate.</param>
/// <param name="Lower">The lower end of the 95% confidence interval.</param>
/// <param name="Upper">Its upper end.</param>
/// <param name="PredictionLower">The lower end of the 95% prediction interval for a new report.</param>
/// <param name="PredictionUpper">Its upper end.</param>
/// <param name="Flagged">How many reports were flagged as disagreeing with the rest.</param>
internal readonly record struct Outcome(double Point, double Lower, double Upper, double PredictionLower, double PredictionUpper, int Flagged);

/// <summary>A way of combining a trial's reports into an estimate with intervals.</summary>
internal abstract class Method
{
    /// <summary>The name in tables.</summary>
    internal abstract string Name { get; }

    /// <summary>Combines the trial's reports; may throw (the study counts that as a failure).</summary>
    internal abstract Outcome Run(Trial trial);
}

/// <summary>The library as a user calls it: <see cref="Aggregate.Of"/> with some options.</summary>
internal sealed class LibraryMethod(string name, AggregationOptions options) : Method
{
    internal override string Name => name;

    internal AggregationOptions Options => options;

    internal override Outcome Run(Trial trial)
    {
        var aggregate = Aggregate.Of(trial.Reports, Trial.AsOf, options);
        return Of(aggregate, aggregate.Contributions.Count(c => c.Disagrees));
    }

    /// <summary>An aggregate's estimate and intervals as an outcome, with <paramref name="flagged"/> reports flagged.</summary>
    internal static Outcome Of(Aggregate aggregate, int flagged)
        => new(
            aggregate.Value,
            aggregate.ConfidenceInterval.Lower,
            aggregate.ConfidenceInterval.Upper,
            aggregate.PredictionInterval.Lower,
            aggregate.PredictionInterval.Upper,
            flagged);
}

/// <summary>
/// The library's default, then, when it flags reports as disagreeing with the rest, again without them: what the
/// aggregate would be if a user set the flagged reports aside by hand (explored on 2026-12-05, not the default).
/// </summary>
internal sealed class SetAsideMethod(string name, AggregationOptions options) : Method
{
    internal override string Name => name;

    internal override Outcome Run(Trial trial)
    {
        var first = Aggregate.Of(trial.Reports, Trial.AsOf, options);
        int flagged = first.Contributions.Count(c => c.Disagrees);
        var aggregate = flagged == 0 ? first
            : Aggregate.Of(first.Contributions.Where(c => !c.Disagrees).Select(c => c.Report).ToArray(), Trial.AsOf, options);
        return LibraryMethod.Of(aggregate, flagged);
    }
}
