using System;
using NodaTime;

namespace ForceEstimates;

/// <summary>
/// Ready-made reports for trying the library: the six figures of the seed article
/// (<see cref="Kursk2024"/>) and the reports on North Korean troops sent to Russia for the Kursk
/// front (<see cref="NorthKoreanTroops"/>).
/// </summary>
/// <remarks>
/// <para>The Admiralty ratings are this library's own judgement, made for demonstration, and say
/// why in the comments of the source code: sources that are a party to the war get C (fairly
/// reliable: they have provided valid information but have an interest in the figures), third-party
/// intelligence services and news agencies B (usually reliable), an unattributed figure F (cannot
/// be judged). Credibility is 2 when other independent reports of the time agree, 3 when they agree
/// only in part or cannot be compared.</para>
/// <para>Both collections are built on first use and shared; they are immutable and thread-safe.</para>
/// </remarks>
public static partial class Samples
{
    private static readonly Lazy<ReportCollection> Kursk = new(BuildKursk2024);
    private static readonly Lazy<ReportCollection> NorthKorean = new(BuildNorthKoreanTroops);

    // The figure "about 11,000 North Korean soldiers" belongs to both collections, as the same report.
    private const string NorthKoreanSeedId = "kursk-2024-11-23/north-korean-troops";

    /// <summary>
    /// The six figures of the Kyiv Independent article of 23 November 2024 ("Ukraine has lost over
    /// 40% of territory previously gained in Kursk incursion, Reuters reports"), in the order they
    /// appear:
    /// <list type="number">
    /// <item><c>kursk-2024-11-23/area-peak</c>: "about 1,376 square kilometres", the peak of territory held in Kursk Oblast, 6 Aug – 23 Nov 2024; anonymous General Staff source → Reuters → Kyiv Independent.</item>
    /// <item><c>kursk-2024-11-23/area-now</c>: "approximately 800 square kilometres", the level on 23 Nov; same chain.</item>
    /// <item><c>kursk-2024-11-23/share-lost</c>: "over 40 per cent" of the territory lost, Reuters' own summary, derived from the two area reports by the formula <c>1 - [kursk-2024-11-23/area-now] / [kursk-2024-11-23/area-peak]</c> (<see cref="Provenance.Formula"/>).</item>
    /// <item><c>kursk-2024-11-23/russian-troops-kursk</c>: "nearly 60,000" Russian army personnel in Kursk Oblast; the General Staff source.</item>
    /// <item><c>kursk-2024-11-23/north-korean-troops</c>: "about 11,000" North Korean soldiers; "Kyiv" (Ukrainian officials), background by the Kyiv Independent.</item>
    /// <item><c>kursk-2024-11-23/russian-troops-total</c>: "almost 580,000" Russian soldiers in combat against Ukraine; Vadym Skibitskyi (HUR) → Interfax-Ukraine (21 Nov) → Kyiv Independent.</item>
    /// </list>
    /// All are published 2024-11-23 and unverified: the Kyiv Independent says it could not verify the General Staff source.
    /// </summary>
    public static ReportCollection Kursk2024 => Kursk.Value;

    /// <summary>
    /// Seven reports of the number of North Korean troops sent to Russia for the Kursk front, all
    /// about one quantity (personnel of North Korean troops in Russia (Kursk front), a level, in persons):
    /// <list type="number">
    /// <item><c>nk-troops/2024-10-29-us</c>: "around 10,000", US intelligence (Pentagon) → Financial Times → Kyiv Independent.</item>
    /// <item><c>nk-troops/2024-10-29-hur</c>: "12,000", Ukrainian military intelligence → the same articles.</item>
    /// <item><c>nk-troops/2024-11-20-nis</c>: "around 10,900", South Korea's National Intelligence Service → lawmaker Lee Seong-kweun → wire reports.</item>
    /// <item><c>kursk-2024-11-23/north-korean-troops</c>: "about 11,000", Kyiv → Kyiv Independent (the seed article's report).</item>
    /// <item><c>nk-troops/2024-12-19-nis</c>: "11,000", the National Intelligence Service again → the lawmaker → wire reports: it shares its origin with the report of 20 Nov.</item>
    /// <item><c>nk-troops/2025-02-11-agencies</c>: "more than 10,000", Western, South Korean and Ukrainian intelligence agencies → wire reports.</item>
    /// <item><c>nk-troops/2025-03-07-unattributed</c>: "between 11,000 and 20,000", unattributed "current estimates" → news reports.</item>
    /// </list>
    /// Dates are approximate where the reporting is vague; each report refers to its publication day.
    /// </summary>
    public static ReportCollection NorthKoreanTroops => NorthKorean.Value;

    private static ReportCollection BuildKursk2024()
    {
        var published = new LocalDate(2024, 11, 23);
        var today = new DateInterval(published, published);

        var generalStaff = Source.Of("source in Ukraine's General Staff", SourceKind.Military, ConflictSide.Ukraine, isAnonymous: true);
        var reuters = Source.Of("Reuters", SourceKind.NewsAgency, ConflictSide.ThirdParty);
        var kyivIndependent = KyivIndependent();
        var kyiv = Source.Of("Kyiv (Ukrainian officials)", SourceKind.Government, ConflictSide.Ukraine, ["Kyiv"]);
        var skibitskyi = Source.Of("Vadym Skibitskyi, deputy head of HUR", SourceKind.IntelligenceService, ConflictSide.Ukraine, ["Vadym Skibitskyi"]);
        var interfaxUkraine = Source.Of("Interfax-Ukraine", SourceKind.NewsAgency, ConflictSide.Ukraine);

        // The General Staff source spoke to Reuters on an unstated day; Reuters and the Kyiv Independent published on Nov. 23.
        var viaReuters = Provenance.Of(generalStaff, Citation.Of(reuters, published), Citation.Of(kyivIndependent, published))
            .WithVerification(VerificationStatus.Unverified)
            // C: a party to the war, speaking anonymously, about its own operation. 3: no independent figure to compare with at the time.
            .WithRating(AdmiraltyRating.Of(SourceReliability.FairlyReliable, InformationCredibility.PossiblyTrue));

        var ukrainianForces = "Ukrainian forces";
        var kursk = "Kursk Oblast";
        var peak = Report.Of("kursk-2024-11-23/area-peak",
            Quantity.Of(Metric.TerritoryHeld, ukrainianForces, kursk, Unit.SquareKilometres, Statistic.Peak),
            Estimate.Parse("about 1,376 square kilometres"),
            viaReuters,
            // The incursion began on 6 August 2024 ("early August" in the article).
            new DateInterval(new LocalDate(2024, 8, 6), published),
            published,
            "At most, we controlled about 1,376 square kilometres, now of course this territory is smaller.");
        var now = Report.Of("kursk-2024-11-23/area-now",
            Quantity.Of(Metric.TerritoryHeld, ukrainianForces, kursk, Unit.SquareKilometres, Statistic.Level),
            Estimate.Parse("approximately 800 square kilometres"),
            viaReuters,
            today,
            published,
            "Now we control approximately 800 square kilometres.");
        var shareLost = Report.Of("kursk-2024-11-23/share-lost",
            Quantity.Of(Metric.TerritoryLost, ukrainianForces, kursk, Unit.Percent, Statistic.Level),
            Estimate.Parse("over 40 per cent"),
            // Reuters' own arithmetic, (1,376 − 800) / 1,376 ≈ 42%: B for Reuters, but no more credible (3) than the figures it is computed from.
            Provenance.Of([Citation.Of(reuters, published), Citation.Of(kyivIndependent, published)])
                .WithDerivedFrom(peak.Id, now.Id)
                // The share lost is 1 − level/peak of the two area reports.
                .WithFormula(Formula.Parse($"1 - [{now.Id}] / [{peak.Id}]"))
                .WithRating(AdmiraltyRating.Of(SourceReliability.UsuallyReliable, InformationCredibility.PossiblyTrue)),
            today,
            published,
            "Ukraine has lost over 40 per cent of the territory it previously gained in Russia's Kursk Oblast due to Russian counterattacks");
        var russianTroopsKursk = Report.Of("kursk-2024-11-23/russian-troops-kursk",
            Quantity.Of(Metric.Personnel, "Russian troops", kursk, Unit.Persons, Statistic.Level),
            Estimate.Parse("nearly 60,000"),
            viaReuters,
            today,
            published,
            "The source added that nearly 60,000 Russian army personnel are currently stationed in Kursk Oblast");
        var northKorean = Report.Of(NorthKoreanSeedId,
            NorthKoreanTroopsQuantity(),
            Estimate.Parse("about 11,000"),
            Provenance.Of(kyiv, Citation.Of(kyivIndependent, published))
                // C: a party to the war. 2: South Korea's intelligence service had said about 10,900 three days earlier.
                .WithRating(AdmiraltyRating.Of(SourceReliability.FairlyReliable, InformationCredibility.ProbablyTrue)),
            // "Kyiv has previously said": the statement is not dated; we take November up to publication.
            new DateInterval(new LocalDate(2024, 11, 1), published),
            published,
            "Kyiv has previously said that about 11,000 North Korean soldiers have joined the counteroffensive in Kursk");
        var statedOn = new LocalDate(2024, 11, 21);
        var russianTroopsTotal = Report.Of("kursk-2024-11-23/russian-troops-total",
            Quantity.Of(Metric.Personnel, "Russian troops", "all fronts", Unit.Persons, Statistic.Level),
            Estimate.Parse("almost 580,000"),
            Provenance.Of([Citation.Of(skibitskyi, statedOn), Citation.Of(interfaxUkraine, statedOn), Citation.Of(kyivIndependent, published)])
                // C: a party to the war estimating the enemy's strength; 3: other estimates of the time differ in what they count.
                .WithRating(AdmiraltyRating.Of(SourceReliability.FairlyReliable, InformationCredibility.PossiblyTrue)),
            new DateInterval(statedOn, statedOn),
            published,
            "In total, almost 580,000 Russian soldiers are participating in combat against Ukraine, Vadym Skibitskyi, the deputy head of Ukraine's military intelligence agency (HUR), told Interfax Ukraine on Nov. 21.");
        return ReportCollection.Of(peak, now, shareLost, russianTroopsKursk, northKorean, russianTroopsTotal);
    }

    private static ReportCollection BuildNorthKoreanTroops()
    {
        var quantity = NorthKoreanTroopsQuantity();
        var kyivIndependent = KyivIndependent();
        var financialTimes = Source.Of("Financial Times", SourceKind.Outlet, ConflictSide.ThirdParty, ["FT"]);
        var usIntelligence = Source.Of("US intelligence (Pentagon)", SourceKind.IntelligenceService, ConflictSide.ThirdParty, ["US intelligence", "Pentagon"]);
        var hur = Source.Of("Ukrainian military intelligence (HUR)", SourceKind.IntelligenceService, ConflictSide.Ukraine, ["HUR", "GUR", "Defence Intelligence of Ukraine"]);
        var nis = Source.Of("South Korea's National Intelligence Service", SourceKind.IntelligenceService, ConflictSide.ThirdParty, ["NIS", "National Intelligence Service"]);
        var lawmaker = Source.Of("Lee Seong-kweun, South Korean lawmaker", SourceKind.Official, ConflictSide.ThirdParty, ["Lee Seong-kweun"]);
        var wire = Source.Of("wire reports", SourceKind.NewsAgency, ConflictSide.ThirdParty);
        var agencies = Source.Of("Western, South Korean and Ukrainian intelligence agencies", SourceKind.IntelligenceService, ConflictSide.Several);
        var unattributed = Source.Of("unattributed current estimates", SourceKind.Unknown, ConflictSide.Unknown, isAnonymous: true);
        var news = Source.Of("news reports", SourceKind.Outlet, ConflictSide.Unknown);

        // B: a third-party intelligence service with a good record; 2: consistent with the other services' figures of the time.
        var thirdPartyAgreeing = AdmiraltyRating.Of(SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue);

        Report Level(string id, string figure, Provenance provenance, LocalDate published)
            => Report.Of(id, quantity, Estimate.Parse(figure), provenance, new DateInterval(published, published), published);

        var october29 = new LocalDate(2024, 10, 29);
        var november20 = new LocalDate(2024, 11, 20);
        var december19 = new LocalDate(2024, 12, 19);
        var february11 = new LocalDate(2025, 2, 11);
        var march7 = new LocalDate(2025, 3, 7);
        return ReportCollection.Of(
            Level("nk-troops/2024-10-29-us", "around 10,000",
                Provenance.Of(usIntelligence, Citation.Of(financialTimes, october29), Citation.Of(kyivIndependent, october29)).WithRating(thirdPartyAgreeing),
                october29),
            Level("nk-troops/2024-10-29-hur", "12,000",
                // C: a party to the war; 3: above the other services' figures of the same day.
                Provenance.Of(hur, Citation.Of(financialTimes, october29), Citation.Of(kyivIndependent, october29))
                    .WithRating(AdmiraltyRating.Of(SourceReliability.FairlyReliable, InformationCredibility.PossiblyTrue)),
                october29),
            Level("nk-troops/2024-11-20-nis", "around 10,900",
                Provenance.Of(nis, Citation.Of(lawmaker, november20), Citation.Of(wire, november20)).WithRating(thirdPartyAgreeing),
                november20),
            Kursk2024.Get(NorthKoreanSeedId),
            Level("nk-troops/2024-12-19-nis", "11,000",
                Provenance.Of(nis, Citation.Of(lawmaker, december19), Citation.Of(wire, december19)).WithRating(thirdPartyAgreeing),
                december19),
            Level("nk-troops/2025-02-11-agencies", "more than 10,000",
                Provenance.Of(agencies, Citation.Of(wire, february11)).WithRating(thirdPartyAgreeing),
                february11),
            Level("nk-troops/2025-03-07-unattributed", "between 11,000 and 20,000",
                // F: no source to judge; 3: overlaps the other figures but reaches far above them.
                Provenance.Of(unattributed, Citation.Of(news, march7))
                    .WithRating(AdmiraltyRating.Of(SourceReliability.CannotBeJudged, InformationCredibility.PossiblyTrue)),
                march7));
    }

    private static Quantity NorthKoreanTroopsQuantity()
        => Quantity.Of(Metric.Personnel, "North Korean troops", "Russia (Kursk front)", Unit.Persons, Statistic.Level);

    private static Source KyivIndependent()
        => Source.Of("Kyiv Independent", SourceKind.Outlet, ConflictSide.Ukraine, ["The Kyiv Independent"]);
}
