namespace ForceEstimates;

/// <summary>
/// The reliability of a source in the Admiralty (NATO STANAG 2511, AJP-2.1) system, letters A to F.
/// It judges the source's record, not the particular piece of information
/// (see <see cref="InformationCredibility"/>). <see cref="CannotBeJudged"/> (F) means there is no
/// basis to judge the source, for example a new or unattributed source: it is not worse than E.
/// </summary>
public enum SourceReliability
{
    /// <summary>A — completely reliable: no doubt of authenticity, trustworthiness or competence; a history of complete reliability.</summary>
    CompletelyReliable = 1,

    /// <summary>B — usually reliable: minor doubt; a history of valid information most of the time.</summary>
    UsuallyReliable = 2,

    /// <summary>C — fairly reliable: doubt; has provided valid information in the past.</summary>
    FairlyReliable = 3,

    /// <summary>D — not usually reliable: significant doubt; has provided valid information in the past.</summary>
    NotUsuallyReliable = 4,

    /// <summary>E — unreliable: lacking in authenticity, trustworthiness and competence; a history of invalid information.</summary>
    Unreliable = 5,

    /// <summary>F — reliability cannot be judged: no basis exists for evaluating the source. Not "worst"; a neutral "unknown".</summary>
    CannotBeJudged = 6,
}
