using System;
using System.ComponentModel;

namespace ForceEstimates;

/// <summary>What kind of body or person a <see cref="Source"/> is. Aggregation may use it, for example to set a floor of reporting uncertainty.</summary>
/// <remarks>Whether the speaker is named is not a kind: it is said once, with <c>isAnonymous</c> in <see cref="Source.Of"/>
/// (<see cref="Source.IsAnonymous"/>), beside the kind of the institution when it is known ("a source in Ukraine's
/// General Staff" is <see cref="Military"/> and anonymous) and <see cref="Unknown"/> when not even that is known
/// ("current estimates", "sources say").</remarks>
public enum SourceKind
{
    /// <summary>Not known; with <see cref="Source.IsAnonymous"/> set, an unattributed figure ("current estimates", "sources say").</summary>
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

    /// <summary>Obsolete since 0.2.0: a second way to say a source is anonymous. <see cref="Source.Of"/> reads it as
    /// <see cref="Unknown"/> with <see cref="Source.IsAnonymous"/> set, so no source has this kind.</summary>
    [Obsolete("Say anonymity with Source.Of(..., isAnonymous: true); an unattributed source is SourceKind.Unknown and anonymous.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    Anonymous,
}
