namespace ForceEstimates;

/// <summary>
/// The credibility of a piece of information in the Admiralty (NATO STANAG 2511, AJP-2.1)
/// system, digits 1 to 6. It judges the information against other information, independently of
/// the source's reliability. <see cref="CannotBeJudged"/> (6) means there is no basis to judge
/// the information: it is not worse than 5.
/// </summary>
public enum InformationCredibility
{
    /// <summary>1 — confirmed by other independent sources; logical in itself; consistent with other information.</summary>
    Confirmed = 1,

    /// <summary>2 — probably true: not confirmed; logical in itself; consistent with other information on the subject.</summary>
    ProbablyTrue = 2,

    /// <summary>3 — possibly true: not confirmed; reasonably logical in itself; agrees with some other information.</summary>
    PossiblyTrue = 3,

    /// <summary>4 — doubtful: not confirmed; possible but not logical; no other information on the subject.</summary>
    Doubtful = 4,

    /// <summary>5 — improbable: not confirmed; not logical in itself; contradicted by other information.</summary>
    Improbable = 5,

    /// <summary>6 — truth cannot be judged: no basis exists for evaluating the information. Not "worst"; a neutral "unknown".</summary>
    CannotBeJudged = 6,
}
