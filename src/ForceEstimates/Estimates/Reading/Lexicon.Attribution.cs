namespace ForceEstimates;

/// <summary>
/// The words the extractor reads attributions with: reporting participles, documents and counts a
/// source publishes, heads and modifiers of source names, words that open sentences or follow an
/// inverted speaker, and the words that tell a place from a source. Kept with the other word lists so
/// that there is one list of the words the library reads.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>Words that open a paragraph of background rather than the report's news: "However", "Meanwhile", "Separately".</summary>
    internal static readonly WordSet BackgroundOpenings = new("However", "Meanwhile", "Separately", "Elsewhere", "Previously", "Historically", "Earlier");

    /// <summary>Past participles that report only with an agent: "an estimate produced by a medical charity", "figures compiled by X", "satellite images analysed by X".</summary>
    internal static readonly WordSet AgentParticiples = new("produced", "compiled", "provided", "collected", "gathered", "given", "published", "released", "issued", "cited", "reported", "confirmed", "estimated", "documented", "recorded", "counted", "verified", "mentioned", "quoted", "analysed", "analyzed");

    /// <summary>Verbs that report only with a document as their object: "updated data on Russian casualties", "published its latest tally".</summary>
    internal static readonly WordSet PublishingVerbs = new("updated", "published", "released", "issued", "posted", "shared");

    /// <summary>Objects of "claim" that are not a statement: "claimed the lives of", "claimed responsibility".</summary>
    internal static readonly WordSet ClaimObjects = new("lives", "life", "responsibility", "victory", "credit");

    /// <summary>Reporting verbs in -ing: their speaker is the subject of the clause they hang on ("X accused Y ..., noting that ...").</summary>
    internal static readonly WordSet ReportingParticiples = new(ReportingParticipleWords());

    /// <summary>The words of <see cref="ReportingParticiples"/>, which the extractor's reporting verbs hold too.</summary>
    internal static string[] ReportingParticipleWords() => ["noting", "saying", "adding", "claiming", "stressing", "estimating", "putting", "telling", "placing"];

    /// <summary>Verbs that report only with an object or a complement, never as a participle before a noun ("a reported 38 acts", "reported fatalities").</summary>
    internal static readonly WordSet NotAfterParticiple = new("as", "killed", "dead", "missing", "wounded", "injured", "died", "captured", "fatalities", "deaths", "cases", "casualties", "incidents", "losses");

    /// <summary>Words for what a source publishes; "the report said" refers back to whoever published one, "according to data compiled between ..." names nobody.</summary>
    internal static readonly WordSet DocumentNouns = new(
        "report", "reports", "study", "statement", "update", "assessment", "analysis", "review", "summary", "survey", "data", "figures",
        "figure", "statistics", "estimates", "estimate", "information", "tally", "count", "research", "findings", "document", "bulletin",
        "briefing", "post", "release", "communique", "toll"
    );

    /// <summary>Organisation nouns: "the group said" refers back to the last organisation named, whatever its own head noun.</summary>
    internal static readonly WordSet OrganisationNouns = new(
        "group", "organisation", "organization", "monitor", "network", "body", "project", "charity", "watchdog", "ngo", "outlet", "organisers"
    );

    /// <summary>Words that, as the subject of a passive report or the object of an active one, point back at what was just said.</summary>
    internal static readonly WordSet BackReferenceWords = new("this", "that", "it", "these", "those", "figure", "figures", "data", "information", "numbers", "number", "toll", "estimate", "estimates");

    /// <summary>Head words of place names: "Kherson Region", "Rakhine State" as the subject of "reported violence" is a place, not a source.</summary>
    internal static readonly WordSet PlaceHeads = new("region", "Region", "oblast", "Oblast", "province", "Province", "State", "district", "District", "township", "Township", "city", "City", "county", "County", "governorate", "Governorate");

    /// <summary>Quantifiers before "estimates" that say nothing about whose they are: "by some estimates".</summary>
    internal static readonly WordSet EstimateQuantifiers = new("some", "most", "many", "several", "various", "other", "one", "all", "these", "those", "conservative");

    /// <summary>Nouns of a count after "by" or "according to": "by some estimates", "by the ministry's count", "by expert estimates".</summary>
    internal static readonly WordSet CountNouns = new("count", "tally", "estimate", "estimates", "reckoning", "calculation", "calculations", "figures", "data", "account", "accounts");

    /// <summary>Nouns of a count after a possessor, who is its source: "Kyiv's count", "the agency's estimate".</summary>
    internal static readonly WordSet PossessiveCountNouns = new("count", "tally", "estimate", "estimates", "figures", "figure", "toll", "data", "reckoning", "calculations");

    /// <summary>Verbs that put a figure after a possessed count: "Moscow's count stood at", "the agency's tally is".</summary>
    internal static readonly WordSet CountVerbs = new("stood", "stands", "stand", "is", "was", "were", "are", "puts", "put", "reached", "reaches", "rose", "put", "showed", "shows", "has", "had", "of");

    /// <summary>Words that may follow an inverted speaker ("..., said the ministry on Friday"); any other lower-case word means a clause follows.</summary>
    internal static readonly WordSet InvertedFollowers = new(
        "on", "in", "at", "during", "to", "last", "this", "earlier", "late", "today", "yesterday", "citing", "according", "adding",
        "noting", "while", "as", "after", "before", "when", "and", "but", "who", "which", "told", "from", "speaking", "via", "through");

    /// <summary>Auxiliaries that make a phrase a clause rather than a speaker: "victims, who were shot near ...".</summary>
    internal static readonly WordSet FiniteVerbs = new("was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "did", "do", "does");

    /// <summary>Prepositions a phrase cannot end with and still name a speaker: "... shot by the forces near".</summary>
    internal static readonly WordSet TrailingPrepositions = new("from", "by", "of", "to", "with", "near", "in", "at", "on", "for", "than", "into", "about");

    /// <summary>Capitalised words that open a sentence without being part of a speaker's name: "In March it said", "On Monday Council President ...".</summary>
    internal static readonly WordSet SentenceOpeningWords = new(
        "In", "On", "At", "By", "Last", "Earlier", "Later", "Meanwhile", "However", "Separately", "Since", "During", "After", "Before",
        "Also", "And", "But", "Then", "Now", "Today", "Yesterday", "When", "While", "As", "Still", "Overall", "Elsewhere", "Based");

    /// <summary>Adjectives that may be coordinated in a speaker's name before its head: "security and local sources".</summary>
    internal static readonly WordSet CoordinatedAdjectives = new("security", "local", "military", "medical", "western", "regional", "government", "humanitarian", "diplomatic", "intelligence", "defence", "defense");

    /// <summary>Head nouns of sources written in lower case: "the Russian government", "the health ministry".</summary>
    internal static readonly WordSet SourceHeads = new(
        "government", "ministry", "army", "military", "forces", "intelligence", "officials", "official", "command", "staff", "police",
        "administration", "governor", "mayor", "president", "minister", "rebels", "spokesman", "spokesperson", "spokeswoman", "junta",
        "regime", "authorities", "militia", "monitor", "observatory", "council", "group", "agency", "service", "office", "institute",
        "alliance", "coalition", "committee", "network", "organisation", "organization", "union", "movement", "brigade", "battalion",
        "regiment", "division", "corps", "navy", "air force", "guard", "kremlin", "pentagon", "researchers", "analysts", "experts");

    /// <summary>Lower-case words that may stand inside a source's name before its head: "the health ministry", "the country's parallel government".</summary>
    internal static readonly WordSet SourceModifiers = new(
        "health", "defence", "defense", "foreign", "interior", "armed", "general", "spy", "rebel", "opposition", "local", "national",
        "parallel", "shadow", "paramilitary", "military", "security", "regional", "provincial", "state", "federal", "central", "senior",
        "top", "own", "civil", "emergency", "press", "border", "air", "naval", "ground", "special", "main", "joint", "de", "al", "of", "for", "and");

    /// <summary>Prepositions that show a name is a place where the article writes it: "in X", "from X", "across X".</summary>
    internal static readonly WordSet PlaceNamePrepositions = new("in", "from", "across", "into", "throughout", "inside", "within");

    /// <summary>Words between such a preposition and a place name: "in northern X", "across eastern X".</summary>
    internal static readonly WordSet CompassWords = new("northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "neighbouring", "neighboring");
}
