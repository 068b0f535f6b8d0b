namespace ForceEstimates;

/// <summary>The side a <see cref="Source"/> is on in the Russia–Ukraine war, as far as its reporting may be partial.</summary>
public enum ConflictSide
{
    /// <summary>Not known (unattributed reports).</summary>
    Unknown,

    /// <summary>Ukraine and its institutions, including Ukrainian media.</summary>
    Ukraine,

    /// <summary>Russia and its institutions and allies, including Russian state media.</summary>
    Russia,

    /// <summary>A third party: another state, international media, independent analysts.</summary>
    ThirdParty,

    /// <summary>Several sides together, as in a joint statement of several states' agencies.</summary>
    Several,
}
