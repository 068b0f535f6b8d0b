using System;

namespace ForceEstimates.Extraction;

/// <summary>
/// Kinds read from what a counted group of people does or undergoes in its own clause (the verb after the counted noun,
/// however far within the clause), from the place whose population a figure is, and from nouns the subject reader
/// leaves out ("of its regular army soldiers", "mine/ERW casualties").
/// </summary>
internal static partial class FigureKinds
{
    /// <summary>What the first verb of the clause after a counted group says of it.</summary>
    private enum ClauseVerb
    {
        /// <summary>No verb of the families below before the clause ends or another verb comes.</summary>
        None,

        /// <summary>Killed, wounded, gassed, "lost their lives": casualties (of people only).</summary>
        Harmed,

        /// <summary>Destroyed, shot down, captured: casualties when people are counted, lost equipment when things are.</summary>
        HarmedOrDestroyed,

        /// <summary>Fled, displaced, kidnapped, orphaned, took refuge, "lost their homes": people counted as other.</summary>
        Moved,

        /// <summary>An active verb of a force's action ("seized the city", "struck targets"): the group acts, it is no toll.</summary>
        Acting,

        /// <summary>"people in the crews": the crews of a force's vehicles or aircraft, personnel.</summary>
        Crew,

        /// <summary>Fighting, serving, mobilised, taking part in a war or an exercise: a force's men, personnel.</summary>
        Serving,
    }

    /// <summary>How many words after a figure the verb of its counted group may be ("18 fighters and media officials from the ... Units (YPG) were killed").</summary>
    private const int ClauseVerbReach = 14;

    /// <summary>
    /// Verbs and words of people leaving their homes, hiding or sheltering, or taken from their families that make a count
    /// of people <see cref="FigureKind.Other"/>: fleeing, displaced, dislocated, kidnapped, abducted, orphaned, cowering, crowded
    /// in, huddled, stranded, interned, incarcerated or herded into camps, and "refuge" after a verb of taking or seeking it. A closed list.
    /// </summary>
    private static readonly WordSet FlightAndShelterWords = new(
        "fled", "flee", "flees", "fleeing", "displaced", "dislocated", "uprooted", "evacuated", "deported", "relocated",
        "kidnapped", "abducted", "orphaned", "widowed", "orphans", "widows", "sheltering", "sheltered", "cowering", "cowered", "crowded", "huddled",
        "huddling", "hiding", "homeless", "stranded", "packed", "crammed", "interned", "incarcerated", "herded", "crossed", "transported", "transferred");

    /// <summary>
    /// Verbs of carrying, admitting, treating or seeking care whose destination or cause says what the people are: "were taken to
    /// hospital", "rushed to nearby hospitals", "admitted to hospitals", "treated for injuries", "sought medical help", "received
    /// medical treatment" (the wounded); "taken to shelters", "sought shelter" (people moved). Read with <see cref="FlightAndShelterWords"/>, whose "transported" and "evacuated" are read the same way. A
    /// closed list.
    /// </summary>
    private static readonly WordSet ConveyingVerbs = new(
        "taken", "rushed", "brought", "carried", "shifted", "airlifted", "admitted", "ferried", "sent", "moved", "referred", "treated",
        "discharged", "received", "receiving", "sought", "seeking", "needed", "needing", "required", "requiring");

    /// <summary>Places and words of care that make people carried there the wounded: "hospital", "clinics", "medical facilities". A closed list.</summary>
    private static readonly WordSet CareDestinations = new(
        "hospital", "hospitals", "clinic", "clinics", "infirmary", "medical", "injuries", "injury", "wounds", "wound", "burns", "shrapnel");

    /// <summary>Words of how grave a wounded person's state is, before "condition": "in serious condition", "in critical condition". A closed list.</summary>
    private static readonly WordSet SeverityWords = new("serious", "critical", "grave", "stable", "severe");

    /// <summary>Places of shelter that make people carried there people moved: "taken to shelters". A closed list.</summary>
    private static readonly WordSet ShelterDestinations = new("shelter", "shelters", "camps", "camp", "safety");

    /// <summary>How many words after a verb of <see cref="ConveyingVerbs"/> its destination may come: "rushed to five nearby hospitals".</summary>
    private const int DestinationReach = 6;

    /// <summary>
    /// What the destination or cause after a verb of carrying or treating makes its people: <see cref="ClauseVerb.Harmed"/> for a
    /// word of <see cref="CareDestinations"/> ("transported to hospitals", "treated for injuries"; "treated at the scene" too),
    /// <see cref="ClauseVerb.Moved"/> for one of <see cref="ShelterDestinations"/> after a verb of <see cref="ConveyingVerbs"/>,
    /// <see cref="ClauseVerb.None"/> otherwise ("transported by ambulance to a shelter" after a word of flight is left to it). The
    /// words up to <see cref="DestinationReach"/> after the verb, before a clause mark.
    /// </summary>
    private static ClauseVerb DestinationAfter(WordMap words, int position, int limit, ReadOnlySpan<char> verb)
    {
        bool treated = verb.Equals("treated", StringComparison.OrdinalIgnoreCase);
        bool conveyed = ConveyingVerbs.Contains(verb);
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, position, limit), limit, DestinationReach);
        while (after.MoveNext())
        {
            var word = after.Current;
            if (CareDestinations.Contains(word) || (treated && (word.Equals("scene", StringComparison.OrdinalIgnoreCase) || word.Equals("spot", StringComparison.OrdinalIgnoreCase))))
            {
                return ClauseVerb.Harmed;
            }
            if (conveyed && ShelterDestinations.Contains(word))
            {
                return ClauseVerb.Moved;
            }
        }
        return ClauseVerb.None;
    }

    /// <summary>
    /// Verbs of people coming together or being heard, the counted group's own verb: mourners and visitors who gathered at or
    /// attended a commemoration, worshippers praying in a mosque, people interviewed or surveyed for a report, people who departed
    /// or poured out of a city, people who rioted, protested or rallied ("up to 5,000 members of the group rioted"), people who took
    /// part in a pilgrimage or a festival, voted or visited ("more than 2 million people participated in the festival"). No loss of
    /// war: the group is
    /// <see cref="FigureKind.Other"/> (a force that gathers stays a force). A closed list.
    /// </summary>
    private static readonly WordSet GatheringWords = new(
        "gathered", "gather", "gathers", "gathering", "attended", "attend", "attends", "attending", "assembled", "interviewed",
        "surveyed", "departed", "depart", "departing", "poured", "pouring", "rioted", "rioting", "protested", "protesting", "demonstrated",
        "demonstrating", "rallied", "massed", "massing", "marched", "marching", "praying", "prayed", "worshipping",
        "participated", "participate", "participates", "participating", "voted", "visited");

    /// <summary>Nouns a restated figure is put at: "put the figure at", "put the number at", "put the toll at". A closed list.</summary>
    private static readonly WordSet RestatedNouns = new("figure", "number", "tally", "count", "estimate", "total");

    /// <summary>
    /// Whether "put" (or "puts", "putting"), "the" and a noun of <see cref="RestatedNouns"/>, then "at", come right before the
    /// figure, an opening quotation mark between: "Officials put the figure at around 2,300". The figure restates a count named
    /// before it, of that count's kind.
    /// </summary>
    internal static bool PutsTheFigureAt(string text, int start, int limit)
    {
        int quote = Characters.SkipSpacesBack(text, start, limit);
        if (quote > limit && Characters.IsDoubleQuote(text[quote - 1]))
        {
            start = quote - 1; // 'puts the number at "close to 150,000"'
        }
        if (!Characters.WordBefore(text, start, limit, out int at).Equals("at", StringComparison.OrdinalIgnoreCase)
            || !RestatedNouns.Contains(Characters.WordBefore(text, at, limit, out at))
            || !Characters.WordBefore(text, at, limit, out at).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var put = Characters.WordBefore(text, at, limit, out _);
        return put.Equals("put", StringComparison.OrdinalIgnoreCase) || put.Equals("puts", StringComparison.OrdinalIgnoreCase)
               || put.Equals("putting", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Nouns that name a figure as a figure, not what it counts: "figures between 20,000 and 30,000", "an estimate of 25,000",
    /// "inflated numbers of up to 500,000", "the toll was put at", "the 40,000 to 60,000 estimate". A closed list.
    /// </summary>
    private static readonly WordSet FigureNouns = new(
        "figure", "figures", "estimate", "estimates", "number", "numbers", "toll", "tally", "count", "total", "totals");

    /// <summary>
    /// Whether a figure's own clause names it as a figure (a noun of <see cref="FigureNouns"/> among the eight words before it, no
    /// figure, semicolon or period between, or among the five words right after it, a closing quotation mark passed, before a comma or another figure): "Valdoran
    /// historians favour figures between 12,000 and 18,000", "the span of the figures named since is wide, ranging from about 8,000 to
    /// 90,000", "others hold 40,000 a truer figure". Such a figure restates the toll the sentences before discuss, whose kind
    /// the caller lends it. Two short walks, no allocation.
    /// </summary>
    internal static bool NamesItselfAFigure(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        var before = new WordsBefore(text, figure.Start, sentence.Start, 8, WordWalkStops.Semicolon | WordWalkStops.Period | WordWalkStops.Digit);
        while (before.MoveNext())
        {
            if (FigureNouns.Contains(before.Current))
            {
                return true;
            }
        }
        int next = Characters.SkipSpaces(text, figure.End, sentence.End);
        if (next < sentence.End && Characters.IsDoubleQuote(text[next]))
        {
            next = Characters.SkipSpaces(text, next + 1, sentence.End); // 'his "at least 40,000" estimate'
        }
        var after = new WordsAfter(words, next, sentence.End, 5);
        while (after.MoveNext())
        {
            if (FigureNouns.Contains(after.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after "held" that make the people counted captives: "held by gunmen", "held hostage", "held captive". A closed list.</summary>
    private static readonly WordSet HeldAsCaptives = new("by", "hostage", "hostages", "captive", "captives", "prisoner", "prisoners");

    /// <summary>Participles that describe a counted noun before it, not a verb of its clause: "900 armed rebels", "40 suspected militants". A closed list.</summary>
    private static readonly WordSet AdjectiveParticiples = new("armed", "suspected", "alleged", "masked", "uniformed");

    /// <summary>Verbs after which "refuge" or "shelter" says where people went: "had taken refuge", "sought shelter". A closed list.</summary>
    private static readonly WordSet RefugeVerbs = new("taken", "took", "take", "taking", "sought", "seek", "seeking", "found", "find", "finding");

    /// <summary>What people take or seek: "refuge", "shelter", "sanctuary".</summary>
    private static readonly WordSet RefugeNouns = new("refuge", "shelter", "sanctuary");

    /// <summary>Prepositions after a participle that make it passive ("captured in the battle", "captured by the rebels"). A closed list.</summary>
    private static readonly WordSet PassivePrepositions = new("in", "by", "during", "near", "after", "when", "while");

    /// <summary>
    /// Active verbs of a force's action whose subject is the counted group ("thousands of fighters seized the city",
    /// "Dozens of warplanes struck targets"): the group acts. After "were" or "been" they are passive and say nothing here.
    /// A closed list.
    /// </summary>
    private static readonly WordSet ActingVerbs = new(
        "seized", "stormed", "overran", "struck", "attacked", "raided", "shelled", "bombed", "launched", "fired", "captured",
        "surrounded", "encircled", "besieged", "invaded", "ambushed", "bombarded", "pounded");

    /// <summary>Auxiliaries that make a following participle passive.</summary>
    private static readonly WordSet PassiveAuxiliaries = new("were", "was", "been", "being", "be", "is", "are");

    /// <summary>Words that open another clause (its verb is not the counted group's): "where", "as", "after". A closed list.</summary>
    private static readonly WordSet ClauseOpeners = new(
        "where", "when", "while", "after", "before", "as", "because", "since", "until", "but", "than", "if", "though", "although",
        "whereas", "despite", "whose");


    /// <summary>Nouns of kin, counted as people: "lost 63 relatives", "12 family members were killed". A closed list.</summary>
    private static readonly WordSet KinNouns = new("relatives", "relative", "kin", "kinsmen", "sons", "daughters", "brothers", "sisters", "husbands", "wives", "cousins");

    /// <summary>
    /// Peoples named by their plural, counted as people whose clause says what befell them ("some 400 Rohingya had died",
    /// "expelled 25,000 Bosniaks", "1,168 Americans have died"): nationalities and peoples that war reporting counts, beside the
    /// few in <see cref="Lexicon.PeopleNouns"/>. A closed list of plural demonyms and names of peoples.
    /// </summary>
    private static readonly WordSet PeoplesNouns = new(
        "afghans", "iraqis", "syrians", "yemenis", "lebanese", "libyans", "somalis", "iranians", "americans", "britons", "europeans",
        "africans", "arabs", "jews", "muslims", "christians", "kurds", "turks", "armenians", "azerbaijanis", "chechens", "ingush",
        "dagestanis", "bosniaks", "bosnians", "serbs", "croats", "albanians", "kosovars", "rohingya", "rohingyas", "burmese",
        "tigrayans", "eritreans", "ethiopians", "somalilanders", "congolese", "rwandans", "burundians", "hutus", "tutsis",
        "ugandans", "kenyans", "nigerians", "cameroonians", "chadians", "algerians", "egyptians", "tunisians", "moroccans",
        "saudis", "jordanians", "pakistanis", "indians", "kashmiris", "bangladeshis", "tamils", "sinhalese", "pashtuns", "hazaras",
        "uzbeks", "tajiks", "uyghurs", "uighurs", "chinese", "koreans", "japanese", "vietnamese", "filipinos", "colombians",
        "mexicans", "venezuelans", "haitians", "salvadorans", "guatemalans", "hondurans", "nicaraguans", "peruvians", "mozambicans",
        "angolans", "liberians", "georgians", "abkhaz", "ossetians", "belarusians", "moldovans", "poles", "germans",
        "alawites", "druze", "shias", "shiites", "sunnis", "assyrians", "copts", "darfuris", "masalit", "nuer", "dinka", "cypriots");

    /// <summary>
    /// People counted by what they are rather than what befell them, beside <see cref="Lexicon.PeopleNouns"/>: clergy, pupils,
    /// the young and people of another country ("arresting dozens of monks", "more than 200 schoolgirls abducted"). A closed list.
    /// </summary>
    private static readonly WordSet MorePeopleNouns = new(
        "monks", "priests", "clerics", "nuns", "schoolgirls", "schoolboys", "schoolchildren", "pupils", "teenagers", "youths",
        "nationals", "foreigners", "expatriates", "elderly", "adults", "males", "females", "orphans", "widows",
        "survivors", "employees", "youngsters", "occupants", "guests");

    /// <summary>
    /// People counted as a crowd ("Some 70,000 protesters were on the streets") or as a public that comes and goes, votes or
    /// stands for election ("12,000 candidates are in the field", "1.2 million tourists"): people whose clause may say they were
    /// killed or wounded, and who are <see cref="FigureKind.Other"/> when it says nothing of harm. A closed list.
    /// </summary>
    private static readonly WordSet CrowdNouns = new(
        "protesters", "protestors", "demonstrators", "marchers", "mourners", "worshippers", "worshipers", "visitors", "spectators",
        "participants", "pilgrims", "rioters", "onlookers", "veterans", "attendees", "voters", "electors", "candidates", "tourists",
        "holidaymakers", "travellers", "travelers", "fans", "delegates");

    /// <summary>Verbs of driving people out, before a count of them: "forcibly expelled 25,000 Bosniaks", "killed 300 and expelled 4,000", "forcibly removing 90,000 people from their homes", "claimed thousands of lives last year and has driven hundreds of thousands of people from their homes". A closed list.</summary>
    private static readonly WordSet ExpulsionVerbs = new("expelled", "expel", "expelling", "banished", "evicted", "evicting", "expels", "removed", "removing", "driven", "drove");

    /// <summary>Whether a verb right before a count moves its people out of their homes or into custody (<see cref="Lexicon.DisplacementVerbs"/>), drives them out (<see cref="ExpulsionVerbs"/>), takes them or leaves them orphaned or sheltering (<see cref="FlightAndShelterWords"/>: "the war orphaned some 40,000 children"): they are other, not the list's kind.</summary>
    private static bool MovesPeople(ReadOnlySpan<char> verb)
        => Lexicon.DisplacementVerbs.Contains(verb) || ExpulsionVerbs.Contains(verb) || AbductingWords.Contains(verb) || FlightAndShelterWords.Contains(verb);

    /// <summary>
    /// Present participles and present forms of taking people (the past forms are in <see cref="Lexicon.DisplacementVerbs"/>):
    /// "killing some 900 people and abducting around 200": the people taken are held, other, not a part of the toll. A closed list.
    /// </summary>
    private static readonly WordSet AbductingWords = new("abducting", "kidnapping", "abducts", "kidnaps");

    /// <summary>How far after a figure coordinated with a toll its own clause may say a plight of people ("another 14 million are at risk of starvation").</summary>
    private const int PlightReach = 40;

    /// <summary>Words after a share that say what caused its part, not what it counts: "10% would be due to massacres", "caused by". A closed list.</summary>
    private static readonly WordSet CauseWords = new("due", "caused", "because", "owing", "attributable", "attributed");

    /// <summary>
    /// Nouns of what befalls people, right before "of" (and "the") before a count of them: the capture or surrender of soldiers is
    /// a loss of war (casualties), and so are the remains or bodies of the dead, their graves, their exhumation or burial ("the remains of 412
    /// villagers have been identified", "handed over the bodies of 900 soldiers", "exhumed the graves of 390 people") and the loss of them
    /// ("the loss of 64,000 soldiers": a force's men lost, not its strength); their abduction, kidnapping, evacuation, displacement or expulsion, their desertion or defection (soldiers who
    /// left alive, as the README's conventions say: "the desertion of some 300,000 soldiers"), or a crowd, rally or march of them, is
    /// <see cref="FigureKind.Other"/>. A closed list, read only for counts of people or of a force.
    /// </summary>
    private static readonly WordSet CaptureHeads = new(
        "capture", "surrender", "gassing", "massacre", "massacring", "slaughter", "execution", "executions", "killing", "killings", "murder", "murders",
        "slaying", "slayings", "shooting",
        "remains", "bodies", "corpses", "deaths", "death", "exhumation", "exhumations", "reburial", "burial", "graves", "grave", "loss", "losses");

    /// <summary>Participles of coming to an occasion, before "by" and a count of people: "attended by 4,000 people". A closed list; the crowd is other.</summary>
    private static readonly WordSet AttendedWords = new("attended", "visited", "frequented");

    /// <summary>Nouns of talks with people, before "with" and a count of them: "interviews with 60 survivors". A closed list; the people are other.</summary>
    private static readonly WordSet InterviewHeads = new("interviews", "interview", "conversations", "consultations");

    /// <inheritdoc cref="CaptureHeads"/>
    private static readonly WordSet TakenOrGatheredHeads = new(
        "abduction", "abductions", "kidnapping", "kidnap", "evacuation", "expulsion", "expulsions", "crowd", "crowds", "rally",
        "gathering", "procession", "march", "displacement", "desertion", "desertions", "defection", "defections");

    /// <summary>
    /// The kind that the noun before "of" (and "the") right before a figure says of the people it counts: "led to the capture of
    /// 140 Houthi soldiers" (casualties), "the abduction of the 287 children", "a crowd of thousands of people" (other);
    /// <see cref="FigureKind.Unknown"/> when there is no such noun. Three words back at most.
    /// </summary>
    private static FigureKind HeadBeforeOf(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        var word = WordBeforePassingThe(text, figure.Start, sentence.Start, out int at);
        if (word.Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            // "a report based on interviews with 60 survivors": the people spoken to, no loss of war
            return InterviewHeads.Contains(words.WordBefore(at, sentence.Start, out _)) ? FigureKind.Other : FigureKind.Unknown;
        }
        if (word.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            // "the fair was attended by around 3,000 people": the crowd that came, no loss of war
            return AttendedWords.Contains(words.WordBefore(at, sentence.Start, out _)) ? FigureKind.Other : FigureKind.Unknown;
        }
        if (!word.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return FigureKind.Unknown;
        }
        var head = words.WordBefore(at, sentence.Start, out _);
        return CaptureHeads.Contains(head) ? FigureKind.Casualties : TakenOrGatheredHeads.Contains(head) ? FigureKind.Other : FigureKind.Unknown;
    }

    /// <summary>
    /// Places whose people "of N people" counts: "a city of some 16,000 people", "the city of 1 million residents", "a country of
    /// 40 million". A closed list of settlements and the units that hold people.
    /// </summary>
    private static readonly WordSet SettlementNouns = new(
        "city", "town", "village", "country", "nation", "capital", "province", "region", "district", "island", "community",
        "municipality", "metropolis", "enclave", "camp", "suburb", "neighbourhood", "neighborhood", "settlement", "valley", "state");

    /// <summary>What a place's people may be called after "of N": "people", "residents", "inhabitants", "souls".</summary>
    private static readonly WordSet ResidentNouns = new("people", "persons", "residents", "inhabitants", "souls", "population", "citizens");

    /// <summary>
    /// Whether a figure counts a place's people: "of" right before it and a noun of <see cref="SettlementNouns"/> right before
    /// that ("a city of some 16,000 people", "the city of one million people was ..."), and no subject or one whose last word
    /// is a noun of <see cref="ResidentNouns"/>. The population is <see cref="FigureKind.Other"/> whatever the clause says next.
    /// </summary>
    private static bool IsPopulationOfPlace(WordMap words, Sentence sentence, in FigureCandidate figure, string? subject)
    {
        string text = words.Text;
        var of = words.WordBefore(figure.Start, sentence.Start, out int ofStart);
        if (PlacePossessive(of))
        {
            // "the city's 1 million people", "the valley's 40,000 inhabitants": the place's people, named after the figure.
            return subject is not null && ResidentNouns.Contains(NextWord(words, figure.End, sentence.End));
        }
        if (NamePossessive(of))
        {
            // "Dovra's 1.4 million Kessians", "Belmar's 300,000 residents": a named place's people, its residents or a people
            // named by their plural, unless their own clause harms them ("Dovra's 200 Kessians killed ...")
            var next = NextWord(words, figure.End, sentence.End);
            return subject is not null && (ResidentNouns.Contains(next) || PeoplesNouns.Contains(next) || IsDemonymPlural(next))
                   && VerbOfCountedGroup(words, sentence, figure) is not (ClauseVerb.Harmed or ClauseVerb.HarmedOrDestroyed)
                   && !HasCasualtyWordAround(words, sentence, figure);
        }
        if (!of.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var owner = words.WordBefore(ofStart, sentence.Start, out _);
        if (GroupOfPeopleNouns.Contains(owner))
        {
            return true; // "a population of 5.3 million", "a minority of more than 3 million": the figure is the group's size
        }
        return SettlementNouns.Contains(owner) && (subject is null || ResidentNouns.Contains(LastWord(subject.TrimEnd())));
    }

    /// <summary>
    /// Nouns of a people's whole or a part of it whose size "of N" states: "a population of 5.3 million", "a minority of 3
    /// million". A closed list.
    /// </summary>
    private static readonly WordSet GroupOfPeopleNouns = new("population", "populace", "minority", "diaspora");

    /// <summary>Labels of a place's fact sheet: "Area: ...", "Population (May 2024): ...". A closed list.</summary>
    private static readonly WordSet PlaceFactLabels = new("area", "population");

    /// <summary>
    /// Whether a figure stands in a place's fact line: its sentence opens with a label of <see cref="PlaceFactLabels"/>, a date
    /// in brackets at most, and a colon before the figure ("Area: 9 km2 (3 sq mi).", "Population (May 1, 2024): 412,300, of
    /// whom 12,100 in the old camp"), and no verb of harm in it. The place's extent and its people, no ground held or taken and
    /// no loss: <see cref="FigureKind.Other"/>.
    /// </summary>
    private static bool InPlaceFactLine(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int start = Characters.SkipBullet(text, Characters.SkipSpaces(text, sentence.Start, sentence.End), sentence.End);
        if (start >= figure.Start || !char.IsUpper(text[start]))
        {
            return false;
        }
        int end = Characters.WordEnd(text, start, figure.Start);
        if (!PlaceFactLabels.Contains(text.AsSpan(start, end - start)))
        {
            return false;
        }
        int at = Characters.SkipSpaces(text, end, figure.Start);
        if (at < figure.Start && text[at] == '(')
        {
            int close = text.IndexOf(')', at, figure.Start - at);
            if (close < 0 || close - at > 40)
            {
                return false;
            }
            at = Characters.SkipSpaces(text, close + 1, figure.Start);
        }
        return at < figure.Start && text[at] == ':'
               && !HasWordIn(words, sentence.Start, sentence.End, Lexicon.CasualtyVerbs, MoreCasualtyWords);
    }

    /// <summary>Whether <paramref name="word"/> is a capitalised name's possessive ("Dovra's", "Nagorno-Tesk’s").</summary>
    private static bool NamePossessive(ReadOnlySpan<char> word)
        => word.Length > 3 && char.IsUpper(word[0]) && (word[^1] is 's') && Characters.IsApostrophe(word[^2]);

    /// <summary>
    /// Whether <paramref name="word"/> reads as a people's plural by its form: capitalised, ending in "-ans" or "-is"
    /// ("Kessians", "Dovrans", "Varis"), as most demonyms do.
    /// </summary>
    private static bool IsDemonymPlural(ReadOnlySpan<char> word)
        => word.Length > 4 && char.IsUpper(word[0]) && char.IsLower(word[1])
           && (word.EndsWith("ans", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal));

    /// <summary>Whether <paramref name="word"/> is a settlement noun's possessive ("city's", "town’s").</summary>
    private static bool PlacePossessive(ReadOnlySpan<char> word)
        => word.Length > 2 && (word[^1] is 's' or 'S') && Characters.IsApostrophe(word[^2]) && SettlementNouns.Contains(word[..^2]);

    /// <summary>
    /// The first verb the counted group of a figure has in its clause, read over at most <see cref="ClauseVerbReach"/> words after
    /// the figure: auxiliaries, nouns, "of" and "to" before a verb of the families pass ("forced 8,000 people to flee"; "to" before
    /// any other word ends the look: "troops to fight"); a comma, a stop, a dash, another figure
    /// a word of <see cref="ClauseOpeners"/>, or "and" right after the figure ("wounded dozens and left thousands ...": the
    /// figure is an object and has no noun) ends the clause; a word ending in "-ed" or "-ing" of no family below is another
    /// verb and ends the look (<see cref="ClauseVerb.None"/>). "lost" says its object: "their lives" (harmed), "their homes"
    /// (moved); a verb of leaving says "moved" only with "their homes". One walk over the clause's words, for figures that count people.
    /// </summary>
    private static ClauseVerb VerbOfCountedGroup(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        var span = text.AsSpan();
        int limit = sentence.End;
        int position = figure.End;
        bool passive = false;
        bool refugeVerb = false;
        bool lost = false;
        bool leaving = false;
        bool the = false;
        bool to = false;
        bool hearsay = false;
        bool and = false;
        bool inside = false;
        bool severity = false;
        bool who = false;
        bool relative = false;
        bool leftPlace = false;
        bool auxiliary = false;
        bool at = false;
        bool inWord = false;
        for (int taken = 0; taken < ClauseVerbReach; taken++)
        {
            // Pass spaces, quotation marks and brackets; a clause mark ends the walk. A parenthesis is passed whole: "Almost 9,000
            // Tarvists (about 5,000 soldiers and 4,000 civilians) died" - the group's verb comes after what the brackets break down.
            while (position < limit && !Characters.IsWordChar(span, position))
            {
                if (text[position] == ',' && AsideOfWhoEnd(words, position, limit) is var asideEnd and > 0)
                {
                    position = asideEnd; // "1,430 people, including wounded, were brought to safety": the aside says who they were
                    continue;
                }
                if (text[position] is ',' or ';' or ':' or '.' or '!' or '?' or '\u2014' or '\u2013')
                {
                    return inside ? ClauseVerb.Moved : ClauseVerb.None; // "250 civilians inside the clinic, including infants": people in a place
                }
                if (text[position] == '(' && text.IndexOf(')', position + 1, limit - position - 1) is var close and > 0)
                {
                    position = close + 1;
                    continue;
                }
                position++;
            }
            if (position >= limit)
            {
                return ClauseVerb.None;
            }
            int end = words.WordEnd(position, limit);
            if (end == position)
            {
                return ClauseVerb.None;
            }
            var word = span[position..end];
            position = end;
            if (inside && ClauseOpeners.Contains(word))
            {
                return ClauseVerb.Moved; // "about 300 pupils were thought to be inside the hall when gunmen burst in": people in a place
            }
            if (Characters.IsDigit(word[0]) || ClauseOpeners.Contains(word) || (word.Length == 1 && word[0] == '-')
                || (taken == 0 && word.Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                return ClauseVerb.None;
            }
            if (taken > 0 && char.IsUpper(word[0]))
            {
                taken--; // "Over 70 villagers of Tesk in the Varo district of Dolsk province were killed": a place's name spends no reach
            }
            if (word.Equals("having", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "with more than a million having fled": the perfect's auxiliary before the group's verb
            }
            if (word.Equals("including", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "171 passengers including crew members are being treated in hospital": the aside says who they were
            }
            if (passive && CompellingVerbs.Contains(word) && NextWord(words, position, limit).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "were forced to leave their homes": the verb they were made to do is the group's
            }
            if (leaving)
            {
                if (ArticleWords.PossessivePronouns.Contains(word) || LeavingParticles.Contains(word))
                {
                    continue; // "were driven from their homes", "driven out of their houses"
                }
                if (leftPlace && word.Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                // "47,000 people have abandoned their homes"; "Some 2,000 civilians left the area", "6,000 people have left Dolsk":
                // people who went away from a place, not a toll
                return HomeNouns.Contains(word) || (leftPlace && (PlacesLeftNouns.Contains(word) || char.IsUpper(word[0]))) ? ClauseVerb.Moved : ClauseVerb.None;
            }
            if (lost)
            {
                if (ArticleWords.PossessivePronouns.Contains(word) || LostKinQuantifiers.Contains(word))
                {
                    continue;
                }
                if (ParentNouns.Contains(word) || KinNouns.Contains(word))
                {
                    return ClauseVerb.Moved; // "32,000 children had lost at least one parent": bereaved, not dead
                }
                if (word.Equals("lives", StringComparison.OrdinalIgnoreCase) || word.Equals("life", StringComparison.OrdinalIgnoreCase))
                {
                    return ClauseVerb.Harmed; // "1,200 villagers lost their lives"
                }
                return HomeNouns.Contains(word) ? ClauseVerb.Moved : ClauseVerb.None; // "90,000 people lost their homes"
            }
            if (refugeVerb && RefugeNouns.Contains(word))
            {
                return ClauseVerb.Moved; // "where hundreds had taken refuge"
            }
            if (the && word.StartsWith("crew", StringComparison.OrdinalIgnoreCase) && (word.Length == 4 || word.Equals("crews", StringComparison.OrdinalIgnoreCase)))
            {
                return ClauseVerb.Crew; // "between 14 and 17 people in the crews"
            }
            if (hearsay && HearsayLinks.Contains(word))
            {
                continue; // "are believed to have perished": the hearsay's "to have" before the group's verb
            }
            if (passive && HearsayParticiples.Contains(word))
            {
                hearsay = true;
                continue;
            }
            if (to && !(FlightAndShelterWords.Contains(word) || Lexicon.CasualtyVerbs.Contains(word) || LeavingVerbs.Contains(word)))
            {
                return ClauseVerb.None; // "30,000 troops to fight the rebels who killed ...": an infinitive of another verb ends the look
            }
            if (and && (FlightAndShelterWords.Contains(word) || ActingVerbs.Contains(word) || Lexicon.CasualtyVerbs.Contains(word)
                        || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                return ClauseVerb.None; // "killed 40 fighters and captured 13 others": a second verb of the clause's subject, not the group's
            }
            if (and && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "and briefly captured"
            }
            and = word.Equals("and", StringComparison.OrdinalIgnoreCase);
            to = word.Equals("to", StringComparison.OrdinalIgnoreCase);
            bool afterWho = who;
            who = word.Equals("who", StringComparison.OrdinalIgnoreCase);
            relative |= who;
            bool afterArticle = the;
            bool afterAuxiliary = auxiliary;
            bool afterAt = at;
            bool afterIn = inWord;
            at = word.Equals("at", StringComparison.OrdinalIgnoreCase);
            inWord = word.Equals("in", StringComparison.OrdinalIgnoreCase);
            bool isAuxiliary = Lexicon.Auxiliaries.Contains(word), isPassiveAuxiliary = PassiveAuxiliaries.Contains(word); // asked once a word
            auxiliary = isAuxiliary || isPassiveAuxiliary;
            the = word.Equals("the", StringComparison.OrdinalIgnoreCase);
            refugeVerb = RefugeVerbs.Contains(word);
            if (word.Equals("lost", StringComparison.OrdinalIgnoreCase) || word.Equals("lose", StringComparison.OrdinalIgnoreCase)
                || word.Equals("losing", StringComparison.OrdinalIgnoreCase))
            {
                lost = true;
                continue;
            }
            if (LeavingVerbs.Contains(word))
            {
                leftPlace = word.Equals("left", StringComparison.OrdinalIgnoreCase) || word.Equals("leaving", StringComparison.OrdinalIgnoreCase);
                leaving = true; // "abandoned their homes", "left their houses": people who moved; any other object ends the look
                continue;
            }
            if ((ConveyingVerbs.Contains(word) || FlightAndShelterWords.Contains(word)) && DestinationAfter(words, position, limit, word) is var destination
                && destination != ClauseVerb.None)
            {
                return destination; // "17 people were transported to hospitals": the wounded; "some 400 were taken to shelters": people moved
            }
            if (FlightAndShelterWords.Contains(word))
            {
                return HarmedAfterTaking(words, sentence, word) ? ClauseVerb.Harmed : ClauseVerb.Moved; // "abducted and executed": a toll
            }
            if (word.Equals("held", StringComparison.OrdinalIgnoreCase))
            {
                // "the 50 people still held by gunmen who attacked a train", "held hostage": people held, not the attackers
                return HeldAsCaptives.Contains(NextWord(words, position, limit)) ? ClauseVerb.Moved : ClauseVerb.None;
            }
            if (GatheringWords.Contains(word))
            {
                if (afterWho && HarmAfterRelative(words, position, limit))
                {
                    return ClauseVerb.Harmed; // "Over 40 people who gathered for the feast lost their lives": the relative clause only says who they were
                }
                return ClauseVerb.Moved; // "thousands of people gathered at the memorial", "300 relatives are attending", "were interviewed"
            }
            if (word.Equals("put", StringComparison.OrdinalIgnoreCase) && span[position..limit].StartsWith(" out of action", StringComparison.OrdinalIgnoreCase))
            {
                return ClauseVerb.Harmed; // "95 terrorists put out of action": killed, wounded or taken
            }
            if (ActingVerbs.Contains(word))
            {
                if (!passive && Lexicon.CasualtyVerbs.Contains(word) && NextWord(words, position, limit) is var afterVerb
                    && (PassivePrepositions.Contains(afterVerb) || (afterVerb.Length > 4 && afterVerb.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                        || LossJoinedAfter(words, position, limit, afterVerb))
                    && words.WordBefore(position - word.Length, sentence.Start, out _) is var group
                    && (Lexicon.PersonnelNouns.Contains(group) || MorePersonnelNouns.Contains(group)))
                {
                    return ClauseVerb.Harmed; // "nearly 600 men captured in the battle": a force's men, a participle of harm, not their act
                }
                if (!passive)
                {
                    return ClauseVerb.Acting;
                }
                if (!Lexicon.CasualtyVerbs.Contains(word))
                {
                    return ClauseVerb.None; // "were attacked": a passive of no harm named
                }
            }
            if (severity && word.Equals("condition", StringComparison.OrdinalIgnoreCase))
            {
                return ClauseVerb.Harmed; // "14 people were in serious condition": the wounded
            }
            severity = SeverityWords.Contains(word);
            if (InsideWords.Contains(word))
            {
                inside = true; // "nearly 250 civilians inside the clinic": the building they are in, no care of the wounded
                continue;
            }
            if (EscapeVerbs.Contains(word))
            {
                return ClauseVerb.Moved; // "It is understood 120 pupils escaped": people who got away, not lost
            }
            if ((afterAt && word.Equals("risk", StringComparison.OrdinalIgnoreCase)) || (afterIn && ShelterDestinations.Contains(word)))
            {
                return ClauseVerb.Moved; // "nearly 300,000 people are at risk", "more than 90,000 now in camps": people in danger or sheltered, no toll
            }
            if ((taken <= 1 || afterAuxiliary) && (ServingVerbs.Contains(word) || (PartakingVerbs.Contains(word) && TakesPartInWar(words, position, limit, word))))
            {
                return ClauseVerb.Serving; // "nearly 400,000 Dovrans are fighting in Tesk", "510,000 taking part in the hostilities"
            }
            if (ExhumingWords.Contains(word))
            {
                return ClauseVerb.Harmed; // "14 soldiers exhumed", "have been exhumed at the cemetery": the dead, whoever they were
            }
            if (Lexicon.CasualtyVerbs.Contains(word) || (MoreCasualtyWords.Contains(word) && !(inside && CareWords.Contains(word))) || SurrenderWords.Contains(word))
            {
                // "surrendering": "bringing to 1,500 the number of rebels surrendering to the army" counts fighters out of action
                return ThingHarmWords.Contains(word) ? ClauseVerb.HarmedOrDestroyed : ClauseVerb.Harmed;
            }
            passive = isPassiveAuxiliary || (passive && isAuxiliary);
            if (!refugeVerb && !afterArticle && !isAuxiliary && word.Length > 4 && !AdjectiveParticiples.Contains(word)
                && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                // another verb first: "received treatment", "deployed to"; a relative clause's verb only says who they were: "300
                // fighters who tried to slip out of the town were captured"
                return relative && HarmAfterRelative(words, position, limit) ? ClauseVerb.Harmed : ClauseVerb.None;
            }
        }
        return ClauseVerb.None;
    }

    /// <summary>
    /// Whether "or" or "and" (the word after a participle, <paramref name="joiner"/>) joins it to a second word of loss: "610 to
    /// 700 soldiers captured or unaccounted for", "captured or killed". The participle is then the men's own, not their act.
    /// </summary>
    private static bool LossJoinedAfter(WordMap words, int position, int limit, ReadOnlySpan<char> joiner)
    {
        if (!joiner.Equals("or", StringComparison.OrdinalIgnoreCase) && !joiner.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, position, limit), limit, 2);
        return after.MoveNext() && after.MoveNext()
               && (Lexicon.CasualtyVerbs.Contains(after.Current) || MissingWords.Contains(after.Current) || MoreCasualtyWords.Contains(after.Current));
    }

    /// <summary>
    /// Where an aside that says who a group were ends: a comma at <paramref name="comma"/>, "including" and at most three words
    /// without a digit, then a comma ("1,430 people, including wounded, were brought to safety"). The position after the closing
    /// comma, or -1 when no such aside is there.
    /// </summary>
    private static int AsideOfWhoEnd(WordMap words, int comma, int limit)
    {
        string text = words.Text;
        int at = Characters.SkipSpaces(text, comma + 1, limit);
        if (at + 9 >= limit || !text.AsSpan(at, 9).Equals("including", StringComparison.OrdinalIgnoreCase) || Characters.IsWordPart(text[at + 9]))
        {
            return -1;
        }
        int reach = Math.Min(limit, at + 40);
        for (int i = at + 9; i < reach; i++)
        {
            if (Characters.IsDigit(text[i]) || text[i] is ';' or ':' or '.' or '(')
            {
                return -1;
            }
            if (text[i] == ',')
            {
                return i + 1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Participles of taking the dead out of the ground: people exhumed are dead, soldiers among them lost, not a force ("the
    /// bodies of 210 civilians and 14 servicemen have been exhumed"). A closed list.
    /// </summary>
    private static readonly WordSet ExhumingWords = new("exhumed", "disinterred", "unearthed", "reburied");

    /// <summary>Verbs of a force's men at war or called to it: "are fighting in", "serving", "had been mobilized". A closed list.</summary>
    private static readonly WordSet ServingVerbs = new(
        "fighting", "fought", "serving", "mobilised", "mobilized", "conscripted", "drafted");

    /// <summary>Verbs of taking part, read as a force's only before a war or an exercise (<see cref="TakesPartInWar"/>). A closed list.</summary>
    private static readonly WordSet PartakingVerbs = new("taking", "took", "take", "participating", "participated", "participate");

    /// <summary>What a force takes part in: a war, its fighting, an operation or an exercise. A closed list.</summary>
    private static readonly WordSet WarNouns = new(
        "war", "fighting", "hostilities", "operation", "operations", "offensive", "exercise", "exercises", "drill", "drills",
        "maneuvers", "manoeuvres", "battle", "assault", "invasion", "combat");

    /// <summary>
    /// Whether a verb of <see cref="PartakingVerbs"/> at <paramref name="position"/> (its end) is followed, "part" passed after
    /// "take", by "in" and a noun of <see cref="WarNouns"/> within three words: "taking part in the war", "participating in the drills".
    /// </summary>
    private static bool TakesPartInWar(WordMap words, int position, int limit, ReadOnlySpan<char> verb)
    {
        var after = new WordsAfter(words, Characters.SkipSpaces(words.Text, position, limit), limit, 6);
        bool needPart = verb.StartsWith("t", StringComparison.OrdinalIgnoreCase);
        bool inSeen = false;
        int afterIn = 0;
        while (after.MoveNext())
        {
            var word = after.Current;
            if (needPart)
            {
                if (!word.Equals("part", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
                needPart = false;
                continue;
            }
            if (!inSeen)
            {
                if (!word.Equals("in", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
                inSeen = true;
                continue;
            }
            if (WarNouns.Contains(word))
            {
                return true;
            }
            if (++afterIn >= 3)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Participles of being made to act, passed with the "to" after them: "were forced to leave", "were compelled to flee". A closed list.</summary>
    private static readonly WordSet CompellingVerbs = new("forced", "compelled", "obliged", "made");

    /// <summary>
    /// Participles of hearsay after a passive auxiliary ("are believed to have perished", "were feared to be dead", "are said to
    /// have fled", "were confirmed dead", "have been pronounced dead"): the clause walk passes them and the "to have" after them to the group's own verb. A closed list.
    /// </summary>
    private static readonly WordSet HearsayParticiples = new(
        "believed", "thought", "said", "reported", "reputed", "feared", "estimated", "presumed", "understood", "known", "alleged", "confirmed", "pronounced");

    /// <summary>What joins a participle of hearsay to the group's verb: "to", "have", "be", "been".</summary>
    private static readonly WordSet HearsayLinks = new("to", "have", "be", "been");

    /// <summary>Words of harm that befall things as well as people ("624 of which were destroyed", "12 of them were shot down"): read as a toll only of people.</summary>
    private static readonly WordSet ThingHarmWords = new(
        "destroyed", "shot", "captured", "eliminated", "neutralised", "neutralized", "liquidated", "missing", "casualties", "losses", "toll");

    /// <summary>
    /// Verbs of leaving whose object says who moved: "abandoned their homes", "left their houses", "were driven from their homes".
    /// A closed list.
    /// </summary>
    private static readonly WordSet LeavingVerbs = new("abandoned", "abandon", "abandoning", "left", "leave", "leaving", "deserted", "driven");

    /// <summary>Places people leave, after "left the": "left the area", "left the city". A closed list; a capitalised name serves too ("left Dolsk").</summary>
    private static readonly WordSet PlacesLeftNouns = new("area", "city", "town", "village", "villages", "region", "pocket", "enclave", "country", "camp", "zone", "district");

    /// <summary>How many words after a relative clause's verb the group's own verb may come.</summary>
    private const int RelativeReach = 14;

    /// <summary>
    /// Whether, after a relative clause's verb at <paramref name="from"/> ("who gathered for the feast", "who tried to slip out of the
    /// town"), the clause goes on to a verb of harm of the group's own before a comma or stop: "lost their lives", "were captured",
    /// "died". Another relative pronoun or a figure ends the look (its verb is another group's). One walk of at most
    /// <see cref="RelativeReach"/> words.
    /// </summary>
    private static bool HarmAfterRelative(WordMap words, int from, int limit)
    {
        string text = words.Text;
        int at = from;
        for (int taken = 0; taken < RelativeReach; taken++)
        {
            while (at < limit && !Characters.IsWordChar(text.AsSpan(), at))
            {
                if (text[at] is ',' or ';' or ':' or '.' or '!' or '?' or '\u2014' or '\u2013')
                {
                    return false;
                }
                at++;
            }
            if (at >= limit)
            {
                return false;
            }
            int end = words.WordEnd(at, limit);
            if (end == at)
            {
                return false;
            }
            var word = text.AsSpan(at, end - at);
            at = end;
            if (Characters.IsDigit(word[0]) || RelativeWords.Contains(word) || ClauseOpeners.Contains(word))
            {
                return false;
            }
            if (word.Equals("lives", StringComparison.OrdinalIgnoreCase) || (IsKillingVerb(word) && !word.Equals("hurt", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words between a verb of leaving and the homes left: "driven from their homes", "driven out of their houses". A closed list.</summary>
    private static readonly WordSet LeavingParticles = new("from", "out", "of");

    /// <summary>Words between "lost" and the kin lost: "lost at least one parent", "lost both parents", "lost a relative". A closed list.</summary>
    private static readonly WordSet LostKinQuantifiers = new("at", "least", "one", "a", "both", "all", "two", "several", "many", "family");

    /// <summary>Parents, whom children lose: "had lost at least one parent". A closed list beside <see cref="KinNouns"/>.</summary>
    private static readonly WordSet ParentNouns = new("parent", "parents", "father", "fathers", "mother", "mothers", "members");

    /// <summary>What people lose when they lose their homes: "homes", "houses", "home".</summary>
    private static readonly WordSet HomeNouns = new("homes", "home", "houses", "house", "livelihoods", "dwellings");

    /// <summary>Demonstratives that, like a possessive, bring a noun back after "of": "450 of these operations", "30 of those tanks". A closed list.</summary>
    private static readonly WordSet DemonstrativesAfterOf = new("these", "those");

    /// <summary>
    /// A figure with no subject read, then "of", a possessive or a demonstrative and up to four words: the kind of the noun there ("thousands of
    /// its regular army soldiers", "dozens of their tanks"); or "more" and up to five words ("up to 900 more peacekeeping
    /// troops": more of a force the subject reader does not pass "more" to; only a force is read there); soldiers are casualties
    /// when a word of harm is around.
    /// <see cref="FigureKind.Unknown"/> otherwise.
    /// </summary>
    private static FigureKind KindAfterPossessive(WordMap words, Sentence sentence, in FigureCandidate figure)
    {
        string text = words.Text;
        int at = Characters.SkipSpaces(text, figure.End, sentence.End);
        var after = new WordsAfter(words, at, sentence.End, 6);
        if (!after.MoveNext())
        {
            return FigureKind.Unknown;
        }
        bool more = after.Current.Equals("more", StringComparison.OrdinalIgnoreCase);
        if (!more && (!after.Current.Equals("of", StringComparison.OrdinalIgnoreCase) || !after.MoveNext()
                      || !(ArticleWords.PossessivePronouns.Contains(after.Current) || DemonstrativesAfterOf.Contains(after.Current))))
        {
            return FigureKind.Unknown;
        }
        var kind = FigureKind.Unknown;
        while (after.MoveNext())
        {
            var nounKind = NounKind(after.Current);
            if (nounKind != FigureKind.Unknown)
            {
                kind = nounKind;
            }
            else if (kind != FigureKind.Unknown)
            {
                break; // "of its regular army soldiers into": the noun ends before the next word
            }
        }
        if (kind == FigureKind.Personnel)
        {
            var before = new WordsBefore(text, figure.Start, sentence.Start, 3, WordWalkStops.Period | WordWalkStops.Semicolon | WordWalkStops.Comma);
            while (before.MoveNext())
            {
                if (HoldingOrFreeingWords.Contains(before.Current))
                {
                    return FigureKind.Unknown; // "has evacuated 13 of its 14 staff": held or freed people, as the readers after this one say
                }
            }
            return HasCasualtyWordAround(words, sentence, figure) ? FigureKind.Casualties : kind;
        }
        return more ? FigureKind.Unknown : kind; // "dozens more prisoners will be released": only a force is read after "more", the rest by the readers after this one
    }

    /// <summary>
    /// A subject the reader ended at a slash ("7,239 mine/ERW casualties": the subject read is "mine"): the kind of the nouns
    /// in the two words after the slash when they name casualties or events, <see cref="FigureKind.Unknown"/> otherwise.
    /// </summary>
    private static FigureKind KindAfterSlash(WordMap words, Sentence sentence, in FigureCandidate figure, string subject)
    {
        string text = words.Text;
        int at = Characters.SkipSpaces(text, figure.End, sentence.End);
        int slash = at + subject.Length;
        if (slash + 1 >= sentence.End || text[slash] != '/' || !text.AsSpan(at, sentence.End - at).StartsWith(subject, StringComparison.Ordinal))
        {
            return FigureKind.Unknown;
        }
        var after = new WordsAfter(words, slash + 1, sentence.End, 2);
        while (after.MoveNext())
        {
            if (NounKind(after.Current) is var kind and (FigureKind.Casualties or FigureKind.Events))
            {
                return kind;
            }
        }
        return FigureKind.Unknown;
    }
}
