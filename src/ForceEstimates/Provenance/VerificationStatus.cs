namespace ForceEstimates;

/// <summary>What is known about whether a reported figure has been checked.</summary>
public enum VerificationStatus
{
    /// <summary>Not verified, including when the outlet says it could not verify the claim. The usual case.</summary>
    Unverified,

    /// <summary>Confirmed independently of its origin (another source, imagery, an admission by the other side).</summary>
    Confirmed,

    /// <summary>Contradicted by other credible sources, without being shown false.</summary>
    Disputed,

    /// <summary>Shown to be false.</summary>
    Refuted,
}
