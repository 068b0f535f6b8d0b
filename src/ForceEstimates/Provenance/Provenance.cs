using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text;
using NodaTime;

namespace ForceEstimates;

/// <summary>
/// Where a figure comes from: its <see cref="Origin"/>, the <see cref="Chain"/> of citations from
/// the origin to the outlet that published it, its <see cref="Verification"/> status, the
/// reports it was computed from (<see cref="DerivedFrom"/>), and an Admiralty
/// <see cref="Rating"/>.
/// </summary>
/// <remarks>
/// <para>The chain always starts with the origin: <c>Chain[0].Source</c> is <see cref="Origin"/>,
/// and <c>Chain[^1].Source</c> is the <see cref="Outlet"/> (the origin itself when it published
/// directly). Known dates along the chain must not go backwards: nobody relays a statement
/// before it was made.</para>
/// <para>Reports whose provenances <see cref="SharesOriginWith(Provenance)"/> each other, or one of
/// which <see cref="IsDerivedFrom(string)"/> the other, are not independent (circular reporting);
/// <c>ReportCollection.IndependentGroups</c> closes this relation transitively. A joint origin
/// ("Western, South Korean and Ukrainian intelligence") is one source here: its overlap with
/// each member agency is not detected.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Provenance : IEquatable<Provenance>
{
    private readonly ReadOnlyCollection<Citation> chain;
    private readonly ReadOnlyCollection<string> derivedFrom;

    // The origin is kept beside the chain: aggregation reads it for every report (independence, the reporting floor),
    // and through the chain it is three more objects away (the collection, its array, the citation).
    private readonly Source origin;

    private Provenance(ReadOnlyCollection<Citation> chain, VerificationStatus verification, AdmiraltyRating rating, ReadOnlyCollection<string> derivedFrom, Formula? formula = null)
    {
        this.chain = chain;
        origin = chain[0].Source;
        Verification = verification;
        Rating = rating;
        this.derivedFrom = derivedFrom;
        Formula = formula;
    }

    /// <summary>
    /// A provenance from an origin and the sources that relayed it, in order from the origin to the outlet.
    /// The origin's own citation is undated; use <see cref="Of(IEnumerable{Citation})"/> to date it.
    /// Unverified, unrated (F6), derived from nothing.
    /// </summary>
    /// <param name="origin">Who first stated the figure.</param>
    /// <param name="relays">Who passed it on, from the first relay to the outlet; may be empty when the origin published directly.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="origin"/>, <paramref name="relays"/> or a relay is null.</exception>
    /// <exception cref="ArgumentException">Known dates go backwards along the chain.</exception>
    public static Provenance Of(Source origin, params Citation[] relays)
    {
        Preconditions.CheckNotNull(origin);
        Preconditions.CheckNotNull(relays);
        return OfChain(relays.Prepend(Citation.Of(origin)), nameof(relays));
    }

    /// <summary>A provenance from the whole chain, origin first, so that the origin's statement can be dated. Unverified, unrated (F6), derived from nothing.</summary>
    /// <param name="chain">The citations from the origin to the outlet; at least one.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> or one of its citations is null.</exception>
    /// <exception cref="ArgumentException">The chain is empty, or known dates go backwards along it.</exception>
    public static Provenance Of(IEnumerable<Citation> chain) => OfChain(chain, nameof(chain));

    private static Provenance OfChain(IEnumerable<Citation> chain, string paramName)
    {
        Preconditions.CheckNotNull(chain, paramName);
        var links = chain.ToArray();
        Preconditions.CheckArgument(links.Length > 0, paramName, "Expected at least one citation (the origin), but the chain is empty.");
        LocalDate? latest = null;
        for (var i = 0; i < links.Length; i++)
        {
            if (links[i] is null)
            {
                throw new ArgumentNullException(paramName, $"Citation {i} of the chain is null.");
            }
            if (links[i].Date is { } date)
            {
                Preconditions.CheckArgument(latest is null || date >= latest.Value, paramName,
                    $"Expected dates along the chain not to go backwards, but citation {i} ({links[i]}) is dated before an earlier link ({latest}).");
                latest = date;
            }
        }
        return new Provenance(Array.AsReadOnly(links), VerificationStatus.Unverified, AdmiraltyRating.Unrated, ReadOnlyCollection<string>.Empty);
    }

    /// <summary>Who first stated the figure: <c>Chain[0].Source</c>.</summary>
    public Source Origin => origin;

    /// <summary>Who published it last: <c>Chain[^1].Source</c>.</summary>
    public Source Outlet => Chain[^1].Source;

    /// <summary>The citations from the origin to the outlet; never empty.</summary>
    public IReadOnlyList<Citation> Chain => chain;

    /// <summary>Whether the figure has been checked.</summary>
    public VerificationStatus Verification { get; }

    /// <summary>The Admiralty rating of source and information; <see cref="AdmiraltyRating.Unrated"/> (F6) unless set.</summary>
    public AdmiraltyRating Rating { get; }

    /// <summary>The ids of the reports the figure was computed from (Reuters' "over 40%" from the two area figures), in the order given, without duplicates; empty for a primary figure.</summary>
    public IReadOnlyList<string> DerivedFrom => derivedFrom;

    /// <summary>Whether <see cref="DerivedFrom"/> names any report.</summary>
    internal bool IsDerived => derivedFrom.Count > 0;

    /// <summary>
    /// How the figure was computed from the reports in <see cref="DerivedFrom"/>, or null when that
    /// is not stated: its inputs are report ids, e.g.
    /// <c>1 - [kursk-2024-11-23/area-now] / [kursk-2024-11-23/area-peak]</c> for Reuters' share lost.
    /// Every input of the formula is listed in <see cref="DerivedFrom"/>.
    /// </summary>
    public Formula? Formula { get; }

    /// <summary>This provenance with another verification status.</summary>
    /// <param name="verification">The status; a defined value.</param>
    /// <returns>A new provenance.</returns>
    /// <exception cref="ArgumentException"><paramref name="verification"/> is not a defined value.</exception>
    public Provenance WithVerification(VerificationStatus verification)
    {
        Preconditions.CheckArgument(verification is >= VerificationStatus.Unverified and <= VerificationStatus.Refuted, nameof(verification),
            $"Expected a defined VerificationStatus, but got {(int)verification}.");
        return new Provenance(chain, verification, Rating, derivedFrom, Formula);
    }

    /// <summary>This provenance with another Admiralty rating.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>A new provenance.</returns>
    public Provenance WithRating(AdmiraltyRating rating)
        => new(chain, Verification, rating, derivedFrom, Formula);

    /// <summary>This provenance derived from the given reports (replacing any earlier list; a <see cref="Formula"/> is kept, and its inputs must stay listed).</summary>
    /// <param name="reportIds">The ids of the reports the figure was computed from; each not blank. Trimmed; duplicates dropped.</param>
    /// <returns>A new provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reportIds"/> or an id is null.</exception>
    /// <exception cref="ArgumentException">An id is blank, or an input of the <see cref="Formula"/> is no longer listed.</exception>
    public Provenance WithDerivedFrom(params string[] reportIds)
    {
        Preconditions.CheckNotNull(reportIds);
        var ids = new List<string>(reportIds.Length);
        for (var i = 0; i < reportIds.Length; i++)
        {
            var id = Names.CheckId(reportIds[i], nameof(reportIds), i);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        if (Formula is not null)
        {
            foreach (var input in Formula.Inputs)
            {
                Preconditions.CheckArgument(ids.Contains(input), nameof(reportIds),
                    $"Expected the reports derived from to include every input of the formula {Formula}, but \"{input}\" is missing; remove the formula first with WithFormula(null).");
            }
        }
        return new(chain, Verification, Rating, ids.AsReadOnly(), Formula);
    }

    /// <summary>
    /// This provenance with the formula that computed the figure: its inputs are report ids, added to
    /// <see cref="DerivedFrom"/> where not listed yet (in the formula's order, after those listed).
    /// </summary>
    /// <param name="formula">The formula, e.g. <c>Formula.Parse("1 - [area-now] / [area-peak]")</c>; null removes the formula and keeps <see cref="DerivedFrom"/>.</param>
    /// <returns>A new provenance.</returns>
    /// <exception cref="ArgumentException">An input of the formula is blank after trimming (a report id cannot be).</exception>
    public Provenance WithFormula(Formula? formula)
    {
        if (formula is null)
        {
            return new(chain, Verification, Rating, derivedFrom, null);
        }
        var ids = new List<string>(derivedFrom);
        foreach (var input in formula.Inputs)
        {
            var id = Names.CheckId(input, nameof(formula));
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        return new(chain, Verification, Rating, ids.AsReadOnly(), formula);
    }

    /// <summary>Whether both figures trace back to the same origin (by name or alias, see <see cref="Source.IsSameAs(Source)"/>).</summary>
    /// <param name="other">The other provenance.</param>
    /// <returns>True when the origins are one source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool SharesOriginWith(Provenance other)
    {
        Preconditions.CheckNotNull(other);
        return Origin.IsSameAs(other.Origin);
    }

    /// <summary>Whether the figure was computed from the report with this id.</summary>
    /// <param name="reportId">A report id (compared ordinally after trimming).</param>
    /// <returns>True when <see cref="DerivedFrom"/> lists it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reportId"/> is null.</exception>
    public bool IsDerivedFrom(string reportId)
    {
        Preconditions.CheckNotNull(reportId);
        return DerivedFrom.Contains(reportId.Trim(), StringComparer.Ordinal);
    }

    /// <summary>Whether some source in this chain is the same as (<see cref="Source.IsSameAs(Source)"/>) <paramref name="source"/>.</summary>
    /// <param name="source">The source to look for.</param>
    /// <returns>True when the figure passed through it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public bool PassesThrough(Source source)
    {
        Preconditions.CheckNotNull(source);
        return Chain.Any(citation => citation.Source.IsSameAs(source));
    }

    /// <inheritdoc />
    public bool Equals(Provenance? other)
        => other is not null
            && Verification == other.Verification
            && Rating == other.Rating
            && Chain.SequenceEqual(other.Chain)
            && DerivedFrom.SequenceEqual(other.DerivedFrom, StringComparer.Ordinal)
            && Formula == other.Formula;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Provenance);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var citation in Chain)
        {
            hash.Add(citation);
        }
        foreach (var id in DerivedFrom)
        {
            hash.Add(id, StringComparer.Ordinal);
        }
        hash.Add(Verification);
        hash.Add(Rating);
        hash.Add(Formula);
        return hash.ToHashCode();
    }

    /// <summary>Whether two provenances are equal (both null counts as equal).</summary>
    /// <param name="left">The first provenance.</param>
    /// <param name="right">The second provenance.</param>
    public static bool operator ==(Provenance? left, Provenance? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two provenances differ.</summary>
    /// <param name="left">The first provenance.</param>
    /// <param name="right">The second provenance.</param>
    public static bool operator !=(Provenance? left, Provenance? right) => !(left == right);

    /// <summary>The chain with arrows and the rating, e.g. "Ukraine's General Staff → Reuters (2024-11-23) → Kyiv Independent (2024-11-23) [C3, Unverified]".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendJoin(" → ", Chain);
        text.Append(" [").Append(Rating.ToString()).Append(", ").Append(Verification.ToString());
        if (DerivedFrom.Count > 0)
        {
            text.Append(", derived from ").AppendJoin(", ", DerivedFrom);
            if (Formula is not null)
            {
                text.Append(" as ").Append(Formula.Text);
            }
        }
        return text.Append(']').ToString();
    }
}
