namespace ForceEstimates;

/// <summary>What kind of body or person a <see cref="Source"/> is. Aggregation may use it, for example to set a floor of reporting uncertainty.</summary>
public enum SourceKind
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A government or head of state speaking as such ("Kyiv has said", a presidential office).</summary>
    Government,

    /// <summary>Armed forces and their commands and staffs (a general staff, a defence ministry's military spokesman).</summary>
    Military,

    /// <summary>An intelligence service (Ukraine's HUR, South Korea's NIS, US intelligence), or one of its officers.</summary>
    IntelligenceService,

    /// <summary>Another official: a lawmaker, a regional governor, a ministry official.</summary>
    Official,

    /// <summary>A news agency that reports for other outlets (Reuters, Interfax-Ukraine, Yonhap).</summary>
    NewsAgency,

    /// <summary>A newspaper, broadcaster or news site that publishes to readers (Kyiv Independent, Financial Times).</summary>
    Outlet,

    /// <summary>An analyst, researcher or think tank.</summary>
    Analyst,

    /// <summary>Unattributed: not even the institution is known ("current estimates", "sources say").
    /// An unnamed person in a known institution is that institution's kind with <see cref="Source.IsAnonymous"/> set.</summary>
    Anonymous,
}
