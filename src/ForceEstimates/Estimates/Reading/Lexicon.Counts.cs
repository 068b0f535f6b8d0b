using NodaTime;

namespace ForceEstimates;

/// <summary>
/// The words that say what a figure counts and over what period: the extractor classifies figures
/// with them (personnel, casualties, territory, equipment, events, other) and reads rates ("a day",
/// "per month"). They live here, with the words figures are written with, so that there is one list
/// of the words the library reads.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>People in a force: "11,000 North Korean soldiers", "30,000 new recruits".</summary>
    internal static readonly WordSet PersonnelNouns = new(
        "troops", "troop", "soldiers", "soldier", "personnel", "servicemen", "serviceman", "servicemembers", "fighters", "fighter",
        "men", "recruits", "conscripts", "reservists", "mercenaries", "forces", "militants", "militant", "volunteers", "paratroopers",
        "marines", "sailors", "pilots", "officers", "commandos", "guards", "contingent", "force", "army", "combatants", "insurgents",
        "jihadists", "rebels", "militiamen", "infantry", "invaders", "terrorists", "gunmen", "auxiliaries", "members", "strength",
        "staff", "crews", "battalions", "brigades", "units", "divisions", "attackers", "assailants", "raiders", "defenders",
        "servicepeople", "servicewomen", "reinforcements");

    /// <summary>What people killed, wounded, captured or missing are called: "casualties", "dead", "lives", "the death toll".</summary>
    internal static readonly WordSet CasualtyNouns = new(
        "casualties", "casualty", "deaths", "death", "dead", "fatalities", "fatality", "lives", "life", "losses", "martyrs", "bodies", "corpses",
        "victims", "toll", "wounded", "injured", "killed", "prisoners", "captives", "pows", "missing", "injuries", "killings",
        "homicides", "homicide", "murders");

    /// <summary>Verbs and participles of killing, wounding and losing people, near a figure: "were killed", "died", "eliminated".</summary>
    internal static readonly WordSet CasualtyVerbs = new(
        "killed", "kill", "killing", "kills", "died", "die", "dying", "dead", "wounded", "wounding", "injured", "injuring", "hurt",
        "lost", "lose", "losing", "loses", "eliminated", "neutralised", "neutralized", "captured", "executed", "massacred", "slain",
        "perished", "murdered", "shot", "buried", "succumbed", "casualties", "losses", "toll", "fatalities", "deaths", "martyrs",
        "surrendered", "lynched", "gassed", "massacring", "drowned");

    /// <summary>
    /// Verbs of a number that moved, before "from N to M": the toll "climbed from 558 to 569" states two values, the one
    /// before and the one after, not a range the value lies in ("ranged from 10 to 20" and "anywhere from 800 to 1,000" are
    /// ranges).
    /// </summary>
    internal static readonly WordSet ChangeVerbs = new(
        "rose", "risen", "rise", "rises", "rising", "climbed", "climb", "climbs", "climbing", "increased", "increase", "increases",
        "increasing", "jumped", "jump", "jumps", "grew", "grown", "grow", "grows", "growing", "surged", "soared", "swelled",
        "swollen", "doubled", "tripled", "fell", "fallen", "fall", "falls", "falling", "dropped", "drop", "drops", "dropping",
        "declined", "decline", "declines", "decreased", "decrease", "decreases", "shrank", "shrunk", "plunged", "slumped", "tumbled",
        "revised", "raised", "lowered", "cut", "went", "moved", "changed", "up", "down");

    /// <summary>Equipment and munitions.</summary>
    internal static readonly WordSet EquipmentNouns = new(
        "tanks", "tank", "vehicles", "vehicle", "apcs", "ifvs", "artillery", "howitzers", "howitzer", "guns", "systems", "drones",
        "drone", "uavs", "uav", "shaheds", "shahed", "missiles", "missile", "rockets", "rocket", "shells", "shell", "rounds",
        "ammunition", "munitions", "bombs", "bomb", "aircraft", "jets", "jet", "planes", "plane", "helicopters", "helicopter",
        "ships", "ship", "boats", "boat", "vessels", "vessel", "submarines", "submarine", "warships", "trucks", "pickups", "launchers",
        "mlrs", "equipment", "weapons", "weapon", "containers", "stock", "fleet", "hardware", "arms", "mines", "interceptors",
        "warplanes", "pieces", "howitzers", "barrels", "projectiles", "rifles", "magazines", "motorcycles", "grenades", "firearms", "explosives");

    /// <summary>Events a tally counts: "443 shootouts", "227 combat engagements", "39 airstrikes".</summary>
    internal static readonly WordSet EventNouns = new(
        "clashes", "clash", "attacks", "attack", "assaults", "assault", "shootouts", "firefights", "assassinations", "explosions",
        "incidents", "acts", "engagements", "battles", "strikes", "airstrikes", "shellings", "raids", "ambushes", "events", "cases",
        "kidnappings", "abductions", "bombings", "skirmishes", "sorties", "targets", "shootings", "offensives", "operations",
        "violations", "bombardments", "barrages", "massacres", "incursions", "firefight", "shootout", "explosion", "incident",
        "counterattacks", "counter-attacks", "counteroffensives", "missions");

    /// <summary>Things and people counted that are neither a force nor its losses: "displaced", "homes", "hostages", "families".</summary>
    internal static readonly WordSet OtherNouns = new(
        "displaced", "refugees", "refugee", "homes", "houses", "buildings", "villages", "towns", "schools", "hospitals",
        "institutions", "families", "hostages", "detainees", "shafts", "tunnels", "graves", "shelters", "facilities", "kitchens",
        "households", "settlements", "localities", "evacuees", "migrants", "asylum", "applications", "visas", "votes", "seats", "idps",
        "bridges", "dams", "classrooms");

    /// <summary>People who may be counted as casualties or otherwise, as the verb says: "people", "civilians", "residents".</summary>
    internal static readonly WordSet PeopleNouns = new(
        "people", "persons", "person", "civilians", "civilian", "residents", "children", "women", "villagers", "inhabitants",
        "palestinians", "sudanese", "ukrainians", "russians", "israelis", "individuals", "others", "citizens", "workers", "students",
        "passengers", "journalists", "medics", "members", "patients", "ones", "infants", "babies", "toddlers", "minors", "girls", "boys");

    /// <summary>What happens to people counted other than as casualties: "fled", "displaced", "evacuated", "arrested".</summary>
    internal static readonly WordSet DisplacementVerbs = new(
        "fled", "flee", "fleeing", "displaced", "displacing", "evacuated", "uprooted", "sheltering", "homeless", "trapped", "detained",
        "arrested", "kidnapped", "abducted", "relocated", "returned", "rescued", "released", "freed", "deported", "mobilised",
        "mobilized", "recruited", "enlisted", "trained", "training", "live", "living", "remain", "remained", "stayed", "evacuation");

    /// <summary>Words that make people counted "other": "homeless", "hungry".</summary>
    internal static readonly WordSet HomelessWords = new("homeless", "hungry", "starving", "unemployed");

    /// <summary>Ground: "of the territory", "more ground", "of the region".</summary>
    internal static readonly WordSet TerritoryNouns = new(
        "territory", "territories", "land", "ground", "region", "country", "area", "oblast", "province", "sector", "frontline",
        "front", "district", "terrain");

    /// <summary>Verbs of holding ground ("we control approximately 800 square kilometres").</summary>
    internal static readonly WordSet HoldingVerbs = new("control", "controls", "controlled", "controlling", "hold", "holds", "held", "holding", "occupy", "occupies", "occupied", "occupying", "retain", "retains", "kept");

    /// <summary>Verbs of losing ground or equipment ("lost over 40 per cent", "destroyed 56 tanks").</summary>
    internal static readonly WordSet LosingVerbs = new(
        "lost", "lose", "loses", "losing", "ceded", "surrendered", "abandoned", "destroyed", "damaged", "downed", "shot", "sunk",
        "hit", "eliminated", "captured", "seized", "losses", "loss", "destroying");

    /// <summary>Verbs of advancing: a distance per day is ground gained ("advancing at 200-300 meters a day").</summary>
    internal static readonly WordSet AdvanceVerbs = new("advance", "advanced", "advances", "advancing", "gain", "gained", "gaining", "progressed", "progressing");

    /// <summary>
    /// What makes a figure an amount per period, after it: "a day", "per month", "every night", "daily", and "over the past day"
    /// (a figure for one day is that day's rate). "in a week" and "over the past week" are totals over the week, not rates.
    /// </summary>
    internal static readonly (string Phrase, PeriodUnits Per)[] RatesAfter = LongestFirst<(string Phrase, PeriodUnits Per)>(
    [
        ("a day", PeriodUnits.Days), ("per day", PeriodUnits.Days), ("each day", PeriodUnits.Days), ("every day", PeriodUnits.Days),
        ("daily", PeriodUnits.Days), ("a night", PeriodUnits.Days), ("per night", PeriodUnits.Days), ("each night", PeriodUnits.Days),
        ("every night", PeriodUnits.Days), ("on average per day", PeriodUnits.Days), ("in a single day", PeriodUnits.Days),
        ("in one day", PeriodUnits.Days), ("in a day", PeriodUnits.Days), ("over the past day", PeriodUnits.Days),
        ("in the past day", PeriodUnits.Days), ("over the last day", PeriodUnits.Days), ("in the last day", PeriodUnits.Days),
        ("during the day", PeriodUnits.Days), ("over the past 24 hours", PeriodUnits.Days), ("in the past 24 hours", PeriodUnits.Days),
        ("over the last 24 hours", PeriodUnits.Days), ("in the last 24 hours", PeriodUnits.Days), ("within 24 hours", PeriodUnits.Days),
        ("in 24 hours", PeriodUnits.Days), ("per 24 hours", PeriodUnits.Days), ("every 24 hours", PeriodUnits.Days),
        ("a week", PeriodUnits.Weeks), ("per week", PeriodUnits.Weeks), ("each week", PeriodUnits.Weeks), ("every week", PeriodUnits.Weeks),
        ("weekly", PeriodUnits.Weeks),
        ("a month", PeriodUnits.Months), ("per month", PeriodUnits.Months), ("each month", PeriodUnits.Months),
        ("every month", PeriodUnits.Months), ("monthly", PeriodUnits.Months),
        ("a year", PeriodUnits.Years), ("per year", PeriodUnits.Years), ("each year", PeriodUnits.Years), ("every year", PeriodUnits.Years),
        ("annually", PeriodUnits.Years), ("yearly", PeriodUnits.Years), ("per annum", PeriodUnits.Years),
    ], static r => r.Phrase);

    /// <summary><see cref="RatesAfter"/> by the letter each phrase starts with ('a' to 'z').</summary>
    internal static readonly (string Phrase, PeriodUnits Per)[][] RatesAfterByInitial = ByInitial(RatesAfter, static r => r.Phrase);

    /// <summary>Adjectives before a figure that make the figures of their clause rates: "daily losses averaged 1,240", "the average daily casualties ... 1,262 and 1,163".</summary>
    internal static readonly (string Word, PeriodUnits Per)[] RateAdjectives =
    [
        ("daily", PeriodUnits.Days), ("per-day", PeriodUnits.Days), ("weekly", PeriodUnits.Weeks), ("monthly", PeriodUnits.Months),
        ("yearly", PeriodUnits.Years), ("annual", PeriodUnits.Years),
    ];

    /// <summary>Words before a rate phrase that make it the period of a total instead: "killed in a week", "over a month".</summary>
    internal static readonly WordSet PeriodOfTotal = new("in", "over", "within", "for", "during", "past", "last", "first", "the", "this", "that", "one", "single", "whole", "entire", "next", "previous");

    /// <summary>Auxiliaries skipped between a figure and the verb that says what it counts: "Seventeen were arrested".</summary>
    internal static readonly WordSet Auxiliaries = new("were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "also", "reportedly", "now", "still", "all");

    /// <summary>Words after a lone plural ("dozens", "hundreds", "thousands") that make it an amount without "of": "dozens dead", "thousands more", "thousands homeless".</summary>
    internal static readonly WordSet BarePluralFollowers = new(
        "dead", "killed", "wounded", "injured", "hurt", "more", "others", "missing", "died", "displaced", "detained", "arrested", "were",
        "have", "had", "are", "fled", "remain", "remained", "homeless");

    /// <summary>Words before a lone plural that make it an amount: "the injury of dozens", "killing hundreds", "left thousands" (what a disaster leaves: "left thousands homeless", "leaving hundreds without shelter").</summary>
    internal static readonly WordSet BarePluralLeaders = new("of", "killing", "wounding", "injuring", "killed", "wounded", "injured", "displacing", "displaced", "detaining", "arresting", "kill", "with",
        "left", "leaving");

    /// <summary>Words after "a day", "a year", ... that make the phrase a time, not a rate: "a day after", "a year ago", "a week of".</summary>
    internal static readonly WordSet NotRateFollowers = new("ago", "after", "before", "earlier", "later", "of", "since", "into", "when", "long", "or");

    /// <summary>Words after a one-word rate ("daily", "weekly") that show it is an adverb ("1,262 ... in May daily and ..."), not an adjective ("its weekly review").</summary>
    internal static readonly WordSet AdverbFollowers = new("and", "or", "but", "while", "as", "over", "for", "in", "on", "since", "to", "during", "until", "from", "at", "this", "last", "according");

    /// <summary>
    /// Words before a fraction word that make it a part of a period, a list or a place, not a share: "the first half of 2024", "in
    /// half", "the eastern half of the country".
    /// </summary>
    internal static readonly WordSet NotShareLeaders = new("first", "second", "last", "latter", "former", "other", "next", "past", "previous", "in", "into", "by",
        "eastern", "western", "northern", "southern", "upper", "lower", "top", "bottom");
}
