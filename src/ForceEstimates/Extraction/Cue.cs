using System.Collections.Generic;
using NodaTime;

namespace ForceEstimates.Extraction;

/// <summary>
/// A reporting clause in a sentence: "X said", "X told Reuters on Nov. 21", "Reuters reported,
/// citing X", "according to X", "X put the number at". [<see cref="Start"/>, <see cref="End"/>)
/// covers the speaker, the verb, the recipient and the statement date, so that the date is not
/// mistaken for the time a figure refers to.
/// </summary>
internal sealed class Cue
{
    internal int VerbStart { get; init; }

    internal int VerbEnd { get; init; }

    internal int Start { get; set; }

    internal int End { get; set; }

    internal Attribution Chain { get; set; } = Attribution.Empty;

    internal DateInterval? Date { get; set; }

    /// <summary>"has previously said", "said earlier": the figure is older than the article.</summary>
    internal bool Previously { get; init; }

    /// <summary>No figure follows the verb in its sentence: the clause relays what came before it ("..., a Pentagon spokesperson said").</summary>
    internal bool IsRelay { get; set; }

    /// <summary>
    /// "..., after the leader said it was impossible", "..., when fighting eased and the allies announced they would leave": a
    /// clause opened by a conjunction of time or cause speaks for what follows its verb, not for the figures before it.
    /// </summary>
    internal bool IsSubordinate { get; set; }

    internal Speaker? Speaker { get; set; }

    internal List<Speaker>? Cited { get; set; }

    internal Speaker? Recipient { get; set; }

    /// <summary>"This was stated by X", "X said this": the clause attributes the figures said before it, not after.</summary>
    internal bool RefersBack { get; set; }

    /// <summary>"General Staff: 1,150 soldiers ...": a headline's name before a colon, a speaker only if the article quotes it again.</summary>
    internal bool IsHeadlineName { get; init; }

    /// <summary>"1,200 killed (Kessian estimate)": a clause alone in brackets after a figure, which tags the figures before it, not those after the bracket.</summary>
    internal bool IsTag { get; set; }

    /// <summary>"(Marlow 1998, p. 45)": a work cited by its author and year; the year is when the work came out, not when its figures count.</summary>
    internal bool IsCitation { get; init; }

    /// <summary>"Per Kessia:", "Western estimate:": a box row's label naming a count's maker, which speaks for the figures after it in its row, not before.</summary>
    internal bool IsLabel { get; init; }

    /// <summary>"the civilian toll claimed by Dovran officials": a count's maker named after the count's noun, which speaks for the figures after it, not before.</summary>
    internal bool SpeaksForward { get; init; }
}
