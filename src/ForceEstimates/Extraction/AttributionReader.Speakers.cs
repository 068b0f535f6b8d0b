using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace ForceEstimates.Extraction;

/// <summary>Speakers: who a phrase names, a known source, or an earlier speaker a pronoun, "the source" or a surname refers back to.</summary>
internal sealed partial class AttributionReader
{
    // Object forms too: the speaker of "according to him", "quoted them as saying" is the object of its cue.
    private static readonly WordSet Pronouns = new("he", "she", "they", "it", "we", "him", "her", "them", "us");

    /// <summary>The pronouns of a person, which refer back to the last person who spoke.</summary>
    private static readonly WordSet PersonPronouns = new("he", "she", "him", "her");

    /// <summary>The object forms of the other pronouns, which follow their own cue ("according to them") and refer to the sentence before.</summary>
    private static readonly WordSet ObjectPronouns = new("them", "us");

    private static readonly WordSet AnonymousHeads = new(
    
        "source", "sources", "official", "officials", "officer", "officers", "person", "people", "insider", "insiders",
        "diplomat", "diplomats", "lawmaker", "lawmakers", "spokesman", "spokeswoman", "spokesperson", "soldier", "soldiers",
        "commander", "analyst", "analysts", "expert", "experts", "medic", "sergeant", "blogger", "monitors", "residents"
    );

    /// <summary>Adverbs that open a sentence before a comma: never a speaker's name.</summary>
    private static readonly WordSet SentenceAdverbs = new(
        "Notably", "Additionally", "Similarly", "Specifically", "Finally", "Importantly", "Interestingly", "Previously", "Initially",
        "Officially", "Reportedly", "Separately", "Furthermore", "Moreover", "Likewise", "Consequently", "Subsequently", "Ultimately",
        "Crucially", "Significantly", "Unfortunately", "Fortunately", "Accordingly", "Nevertheless", "Meanwhile", "Altogether",
        "Already", "However", "Indeed", "Instead", "Elsewhere", "Overall", "Besides", "Still", "Thus", "Hence", "Unofficially", "Privately",
        "Nonetheless", "Regardless", "Otherwise", "Therefore", "Admittedly", "Apparently", "Evidently", "Clearly", "Sadly", "Tragically",
        "Surprisingly", "Ironically", "Originally", "Eventually", "Currently", "Recently", "Yet", "Again", "Later", "Earlier",
        "So far", "Thus far", "To date", "In total", "In all");

    /// <summary>Lower-case titles written before a person's name: "Health ministry spokesman Omar Salem", "the regional governor Oleh Kiper".</summary>
    private static readonly WordSet TitleWords = new(
        "spokesman", "spokeswoman", "spokesperson", "minister", "commander", "chief", "head", "official", "governor", "president",
        "adviser", "advisor", "lawmaker", "director", "mayor", "secretary", "envoy", "ambassador", "coordinator", "representative",
        "leader", "analyst", "researcher", "colonel", "general", "lieutenant", "captain", "sergeant", "deputy", "aide", "prosecutor",
        "correspondent", "officer", "chairman", "chairwoman", "premier", "senator", "commissioner", "administrator", "journalist", "reporter",
        "historian", "writer", "author", "editor", "columnist", "professor", "economist", "demographer");

    /// <summary>Abbreviated honorifics written with a period before a name: "Dr. Ivan Petrov", "Col. Anna Berg".</summary>
    private static readonly WordSet Honorifics = new("Dr", "Prof", "Gen", "Brig", "Col", "Maj", "Lt", "Capt", "Sgt", "Adm", "Cmdr");

    /// <summary>
    /// Abbreviated titles written with a period before a name, the honorifics and the courtesy titles: "Dr. Oleg Saidu", "Lt. Col.
    /// Dovra Tarvo", "Mr. Tesk". Made after <see cref="Honorifics"/> in this file (static fields of a partial class's other files
    /// are made in no set order).
    /// </summary>
    private static readonly WordSet TitlesWithStop = WordSet.Union(Honorifics, new WordSet("Mr", "Mrs", "Ms"));

    /// <summary>Lower-case particles inside a person's name: "Ashraf al-Qedra", "Ursula von der Leyen".</summary>
    private static readonly WordSet NameParticles = new("al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der", "du", "la", "le");

    private static readonly WordSet Prepositions = new("in", "at", "of", "from", "for", "with", "close", "on", "near", "to", "within", "inside", "serving", "familiar");

    /// <summary>How many earlier speakers a pronoun, "the source" or a surname may refer back to; bounds the work per clause.</summary>
    private const int ReferenceWindow = 50;

    /// <summary>The article's speakers in the order they were named: the workspace's list, empty at the start.</summary>
    private readonly List<Speaker> speakers;

    /// <summary>The length of each speaker's name and head and whether it is a person, at its index in <see cref="speakers"/>.</summary>
    private readonly List<SpeakerKey> speakerKeys;

    /// <summary>The names, heads and wordings of the article's speakers, one string each.</summary>
    private readonly HashSet<string> wordings = new(StringComparer.Ordinal);

    /// <summary>Quantifiers that make "N people" anyone at all: "many people", "most people", "some people".</summary>
    private static readonly WordSet GenericBelievers = new("many", "Many", "most", "Most", "some", "Some");

    /// <summary>The speaker a phrase names: a known source, an earlier speaker it refers back to, or a new one.</summary>

    private Speaker? Resolve(int start, int end, string? description)
    {
        end = BeforeTimeAdverbial(start, end); // "a survey of clinic records issued last week": the survey
        // Spans until a new speaker has to be made: most phrases refer to a speaker already known.
        var written = text.AsSpan(start, end - start).Trim().TrimEnd(",.:;");
        if (written.Length == 0 || written.StartsWith("including ", StringComparison.OrdinalIgnoreCase))
        {
            return null; // "Reports from several outlets, including X, an ally, indicate": a list's example, not who speaks
        }
        if (!Characters.HasLetterOrDigit(written))
        {
            return null; // "The toll rose to 30,'' said a resident": a closing quote of two apostrophes is no name
        }
        if (written.Length is >= 8 and <= 11 && written.EndsWith(" people", StringComparison.OrdinalIgnoreCase) && GenericBelievers.Contains(written[..^7]))
        {
            return null; // "Many people believe that more than 3,000 died": generic believers name no source
        }
        if (description is null && written.Length > 16 && written.IndexOf(" of ", StringComparison.Ordinal) > 0 && TitledNameStart(start, end) is var nameStart and > 0)
        {
            // "Chief of the General Staff of the Army Petro Kovalenko": the person, the title as description.
            return Resolve(nameStart, end, text[start..Characters.SkipSpacesBack(text, nameStart, start)]);
        }
        if (description is null && AffiliationStart(start, end) is var affiliation and > 0 && known.Find(written) is null)
        {
            // (not "The Times of Israel": a known outlet's name with "of" in it is one name)
            // "Dave Eubank from the Free Burma Rangers relief association": the person, the affiliation as description.
            return Resolve(start, Characters.SkipSpacesBack(text, affiliation, start), text[affiliation..end].TrimEnd(',', '.', ':', ';', ' '));
        }
        if (description is null && ComplementTitledNameStart(start, end) is var personStart and > 0)
        {
            // "UN assistant secretary general for human rights Ivan Simonovic": the person, the title and its field as description.
            return Resolve(personStart, end, text[start..Characters.SkipSpacesBack(text, personStart, start)]);
        }
        if (description is null && DescribedNameStart(start, end) is var describedStart and > 0)
        {
            // "the monitoring group Field Count", "the rights group Harbour Watch": the body's name, what it is as its description.
            int descriptionStart = Characters.SkipSpaces(text, start, describedStart);
            if (text.AsSpan(descriptionStart, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
            {
                descriptionStart += 4;
            }
            return Resolve(describedStart, end, text[descriptionStart..Characters.SkipSpacesBack(text, describedStart, start)]);
        }
        if (written.LastIndexOf(' ') is var lastSpace and > 0 && Determiners.Contains(written[(lastSpace + 1)..]))
        {
            return null; // "Giving the first detailed account ...": words that end on a determiner are no noun phrase, so name no one
        }
        if (written.IndexOf(' ') < 0 && (Determiners.Contains(written) || (char.IsLower(written[0]) && LoneTimeWords.Contains(written))))
        {
            return null; // "Tarvo, a reporter, wrote that ...", "a survey issued last week, which gave": a determiner or a time alone names no one
        }
        if (HeadOf(written) is var writtenHead && !writtenHead.IsEmpty && char.IsLower(writtenHead[0]) && HearsayNouns.Contains(writtenHead))
        {
            return null; // "initial word of the raid suggested dozens": news that went round, which no one is named as giving
        }
        if (!writtenHead.IsEmpty && (FoundDeadNouns.Contains(writtenHead) || writtenHead.Equals("toll", StringComparison.OrdinalIgnoreCase))
            && (char.IsLower(writtenHead[0]) || CountsTheDead(written)))
        {
            return null; // "... Climbs to 14 as Another Body Found", "Two more bodies found": the dead and their toll are counted, they count nothing
        }
        if (SentenceAdverbs.Contains(written))
        {
            return null; // "Notably, the report also indicated ...": an opening adverb, not a name before its description
        }
        if (NamesNoSpeaker(written) || DeniesSubject(start, written))
        {
            return null; // "Seventeen people swam ashore, ..., it said", "The most widely cited estimate", "L. VANCE, Adjutant-General:": a count, a quantifier, an initial
        }
        if (char.IsLower(written[0]) && NamesNoOne(written))
        {
            return null; // "said that in the past few weeks, ...", "said five rebels had died": a time or a count, not who speaks
        }
        if (written.Length == 4 && (written[0] is 'I' or 'i') && (written[1] is 't' or 'T') && Characters.IsApostrophe(written[2]) && (written[3] is 's' or 'S'))
        {
            return null; // "It's estimated that ...": "it is" and a participle, a passive that names no one, as "It is estimated" is
        }
        if (GluedPronounStart(start, end) is var pronounStart and > 0)
        {
            return Resolve(pronounStart, end, description); // "Story goes on below this sponsored panelHe said": page furniture glued to the pronoun that speaks
        }
        if (Pronouns.Contains(written))
        {
            if (!PersonPronouns.Contains(written))
            {
                // "when it said", "In March it said": the subject of this sentence or the one before, else the last speaker.
                // An object form ("according to them") follows its own cue, not a subject: the sentence before.
                int at = ObjectPronouns.Contains(written) && currentSentence >= 0 ? layout.Sentences[currentSentence].Start : start;
                return PronounSubject(at) ?? (speakers.Count > 0 ? speakers[^1] : null);
            }
            int oldest = Math.Max(0, speakers.Count - ReferenceWindow);
            var personKeys = CollectionsMarshal.AsSpan(speakerKeys);
            for (int k = speakers.Count - 1; k >= oldest; k--)
            {
                if (personKeys[k].IsPerson)
                {
                    return speakers[k];
                }
            }
            for (int k = speakers.Count - 1; k >= oldest; k--)
            {
                // "The mayor said ... he added": a singular title that is not an agency or an outlet. A body ("the panel") is
                // "he" only when the sentence before names no person between commas ("..., Lev T. Marsk, who spoke ...").
                if (!speakers[k].Source.IsKnown && !speakers[k].Head.EndsWith('s'))
                {
                    return IsBodyHead(speakers[k].Head) ? PersonInAppositionBefore() ?? speakers[k] : speakers[k];
                }
            }
            return PersonInAppositionBefore();
        }
        // Known sources are proper names: skip the look-up for "a senior official", "the governor".
        int capital = written.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        string? knownName = capital < written.Length && !char.IsLower(written[capital]) ? known.Find(written) : null;
        int firstEnd = written.IndexOf(' ');
        var firstWord = firstEnd < 0 ? written : written[..firstEnd];
        bool hasDeterminer = Determiners.Contains(firstWord);
        bool indefinite = firstWord.Equals("a", StringComparison.OrdinalIgnoreCase) || firstWord.Equals("an", StringComparison.OrdinalIgnoreCase);
        var name = knownName is not null ? knownName.AsSpan() : hasDeterminer && firstEnd > 0 ? written[(firstEnd + 1)..].TrimStart() : written;
        if (!Characters.HasLetterOrDigit(name))
        {
            return null; // "a .estimate 40": a determiner and nothing after it names no one
        }
        var head = HeadOf(name);
        if (!indefinite)
        {
            bool byHead = hasDeterminer && !firstWord.Equals("its", StringComparison.OrdinalIgnoreCase);
            // A name ignoring case, or a head, is equal only to one of its length; a surname is a person's name's ending. The keys
            // pass the other speakers without reading them (the window is read for most clauses and mostly passed).
            bool bySurname = knownName is null && !hasDeterminer && MayBeSurname(name);
            var keys = CollectionsMarshal.AsSpan(speakerKeys);
            int nameHash = string.GetHashCode(name, StringComparison.OrdinalIgnoreCase);
            int headHash = byHead ? string.GetHashCode(head, StringComparison.OrdinalIgnoreCase) : 0;
            int surnameHash = bySurname ? string.GetHashCode(name) : 0;
            int oldest = Math.Max(0, speakers.Count - ReferenceWindow);
            for (int k = speakers.Count - 1; k >= oldest; k--)
            {
                var key = keys[k];
                if (!(key.NameLength == name.Length && key.NameHash == nameHash) && !(byHead && key.HeadLength == head.Length && key.HeadHash == headHash)
                    && !(bySurname && key.IsPerson && key.NameLength > name.Length + 1 && key.LastWordHash == surnameHash))
                {
                    continue;
                }
                var candidate = speakers[k];
                if (name.Equals(candidate.Source.Name, StringComparison.OrdinalIgnoreCase)
                    || (bySurname && IsSurnameOf(name, candidate)))
                {
                    return candidate;
                }
                if (byHead && head.Equals(candidate.Head, StringComparison.OrdinalIgnoreCase) && NamesAgree(name, candidate.Source.Name)
                    && ModifiersAgree(name, candidate.Source.Name, out bool moreSpecific))
                {
                    if (moreSpecific && knownName is null && !candidate.Source.IsKnown && (!candidate.IsPerson || NotNameWords.Contains(candidate.Head)))
                    {
                        // A headline's "Ministry says ..." and the lead's "the defence ministry said": the body is the defence ministry.
                        var before = candidate.Source;
                        Rename(candidate, AttributedSource.Read(ArticleReading.Shared(wordings, name), before.AsWritten, before.Description ?? description,
                            before.IsAnonymous, false, before.StatedOn));
                    }
                    return candidate;
                }
            }
        }
        if (!indefinite && hasDeterminer && !head.IsEmpty && char.IsLower(head[0]) && (Lexicon.DocumentNouns.Contains(head) || Lexicon.OrganisationNouns.Contains(head))
            && RecentOrganisation(Lexicon.DocumentNouns.Contains(head), head) is { } organisation && NamesAgree(name, organisation.Source.Name, skipHyphenated: true))
        {
            // "the report said", "the UN report said" after the UN's office, "the Britain-based monitoring group" after the
            // Observatory; not "the United Nations human rights body" after a prosecutor's data
            return organisation; // "the report said", "the group counted": whoever was last named as publishing
        }
        // One string per distinct wording of an article: "a senior official" makes a new speaker each time it is written.
        string nameText = knownName ?? ArticleReading.Shared(wordings, name);
        string headText = ArticleReading.Shared(wordings, head);
        bool anonymous = knownName is null && (indefinite || AnonymousHeads.Contains(headText)) && !HasProperNameWord(nameText, headText);
        var source = AttributedSource.Read(nameText, ArticleReading.Shared(wordings, written), description, anonymous, knownName is not null, null);
        bool describedBody = description is not null && EndsInBodyTypeNoun(description); // "the monitoring group Field Count" is no person
        var speaker = new Speaker { Id = ++speakerCount, Source = source, Head = headText, IsPerson = !describedBody && (IsPersonName(nameText) || (anonymous && !headText.EndsWith('s'))) };
        speakers.Add(speaker);
        speakerKeys.Add(SpeakerKey.Of(speaker));
        return speaker;
    }

    /// <summary>
    /// Whether a capitalised phrase headed by a noun of the dead counts them: it opens with that noun ("Bodies of family found"),
    /// a number or quantifier, or "another"/"new" ("Another Body Found", "Two New Bodies"); "the Varn Rights Body" is a body's name.
    /// </summary>
    private static bool CountsTheDead(ReadOnlySpan<char> written)
    {
        int firstEnd = written.IndexOf(' ');
        var first = firstEnd < 0 ? written : written[..firstEnd];
        return FoundDeadNouns.Contains(first) || CountingWords.Contains(first) || first.Equals("another", StringComparison.OrdinalIgnoreCase)
               || first.Equals("new", StringComparison.OrdinalIgnoreCase) || (first.Length > 0 && char.IsDigit(first[0]));
    }

    /// <summary>Nouns of news that went round without a giver ("word of the raid", "rumours"): as a head, no source.</summary>
    private static readonly WordSet HearsayNouns = new("word", "news", "rumour", "rumours", "rumor", "rumors", "hearsay", "gossip");

    /// <summary>Natural disasters and accidents, which a headline names before a colon as what it is about ("Storm Belmar: 900 missing"), never as who speaks.</summary>
    private static readonly WordSet DisasterNouns = new("cyclone", "hurricane", "typhoon", "storm", "tornado", "quake", "earthquake", "tsunami", "flood",
        "floods", "flooding", "landslide", "landslides", "mudslide", "avalanche", "eruption", "wildfire", "wildfires", "fire", "blaze", "heatwave",
        "drought", "disaster", "crash", "collapse", "stampede", "shipwreck", "derailment");

    /// <summary>
    /// The end of [<paramref name="start"/>, <paramref name="end"/>) without a time adverbial that closes it ("issued earlier this
    /// year", "last week"): when it dates the speaker's words or document, it is no part of the speaker's name.
    /// </summary>
    private int BeforeTimeAdverbial(int start, int end)
    {
        int lastEnd = end;
        while (lastEnd > start && (text[lastEnd - 1] is ',' or '.' or ':' or ';' || Characters.IsSpace(text[lastEnd - 1])))
        {
            lastEnd--;
        }
        int lastStart = this.words.WordStart(lastEnd, start); // lastEnd itself when the name ends in a mark that is no word's ("B|")
        if (lastStart <= start || lastStart >= lastEnd || lastEnd - lastStart > 8 || !char.IsLower(text[lastStart]) || !LoneTimeWords.Contains(text.AsSpan(lastStart, lastEnd - lastStart)))
        {
            return end;
        }
        int before = TimeAdverbialStart(lastStart, new Sentence(start, end, 0));
        return before > start ? before : end;
    }

    /// <summary>Words of time that, alone where a speaker should stand, are the end of an adverbial ("a survey issued last week, which gave"), never a source.</summary>
    private static readonly WordSet LoneTimeWords = new("day", "week", "month", "year", "weekend", "morning", "evening", "night", "summer", "winter", "spring", "autumn");

    /// <summary>Prepositions that open a phrase of time or place: a phrase they open names no speaker ("in the past few weeks").</summary>
    private static readonly WordSet TimePlacePrepositions = new("in", "on", "at", "over", "during", "since", "after", "before", "within");

    /// <summary>
    /// Whether a lower-case phrase read where a speaker should stand can name no one: it opens with a preposition of time or place
    /// ("in the past few weeks", "over the weekend"), or it is a number word alone ("five", "twenty-one"), the count of what was said.
    /// </summary>
    private static bool NamesNoOne(ReadOnlySpan<char> written)
    {
        int firstEnd = Characters.WordEnd(written, 0, written.Length);
        if (written[..firstEnd].Equals("that", StringComparison.Ordinal) && firstEnd < written.Length)
        {
            written = written[(firstEnd + 1)..].TrimStart(); // "said that in the past few weeks": the conjunction, then the phrase
            firstEnd = Characters.WordEnd(written, 0, written.Length);
        }
        if (TimePlacePrepositions.Contains(written[..firstEnd]))
        {
            return true;
        }
        return firstEnd == written.Length && Lexicon.MatchSmallOrTens(written, 0, out _, out _) == firstEnd;
    }

    /// <summary>Capitalised words that end organisations, offices and places, never a person's name.</summary>
    private static readonly WordSet NotNameWords = new(
        "forces", "force", "staff", "ministry", "office", "command", "group", "army", "service", "services", "directorate", "agency",
        "committee", "federation", "republic", "union", "nations", "states", "guard", "navy", "council", "commissioner", "department",
        "defence", "defense", "affairs", "intelligence", "security", "operations", "region", "oblast", "brigade", "battalion", "corps",
        "division", "headquarters", "centre", "center", "institute", "police", "administration", "government", "assembly", "parliament",
        "front", "party", "movement", "kingdom", "court", "bureau", "commission", "mission", "authority", "district", "province", "state",
        "congress", "forum", "society", "association", "network", "coalition", "foundation", "observatory", "organisation", "organization"
    );

    /// <summary>
    /// Where the person's name starts in a title with "of" that ends in a name ("Chief of the General Staff of the Army
    /// Petro Kovalenko", "Secretary of the Defence and Security Council Ivan Hrytsenko"): the last two of at least three
    /// capitalised words after the last lower-case word, when neither ends an organisation or a place (two after a unit's quoted
    /// name, "spokesman of the "Marn" group Dovra Tarvo"); else -1.
    /// </summary>
    private int TitledNameStart(int start, int end)
    {
        while (end > start && (text[end - 1] is ',' or '.' or ':' or ';' || Characters.IsSpace(text[end - 1])))
        {
            end--;
        }
        bool hasOf = false, quoted = false;
        int runStart = -1, runWords = 0, secondLast = -1, last = -1;
        int i = Characters.SkipSpaces(text, start, end);
        while (i < end)
        {
            if (Characters.IsDoubleQuote(text[i]) && QuotedNameEnd(i, new Sentence(start, end, 0)) is var quoteEnd and > 0)
            {
                // "spokesman of the "Marn" group Dovra Tarvo": the unit's quoted name is the title's; the name after it the person's.
                quoted = true;
                runStart = -1;
                runWords = 0;
                i = Characters.SkipSpaces(text, quoteEnd, end);
                continue;
            }
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd == i)
            {
                return -1; // punctuation inside: not one title and name
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (char.IsLower(word[0]))
            {
                hasOf |= word.Equals("of", StringComparison.Ordinal);
                runStart = -1;
                runWords = 0;
            }
            else
            {
                runStart = runStart < 0 ? i : runStart;
                runWords++;
                secondLast = last;
                last = i;
            }
            int next = Characters.SkipSpaces(text, wordEnd, end);
            if (next == wordEnd && next < end && text[next] == '.' && Honorifics.Contains(word))
            {
                next = Characters.SkipSpaces(text, next + 1, end); // "... Ministry of Health Dr. Ivan Petrov": the honorific's period
            }
            if (next == wordEnd && next < end)
            {
                return -1;
            }
            i = next;
        }
        if (!hasOf || runWords < (quoted ? 2 : 3) || secondLast < runStart)
        {
            return -1;
        }
        var first = text.AsSpan(secondLast, this.words.WordEnd(secondLast, end) - secondLast);
        var surname = text.AsSpan(last, this.words.WordEnd(last, end) - last);
        return NotNameWords.Contains(first) || NotNameWords.Contains(surname) || !IsNameWord(first) || !IsNameWord(surname) ? -1 : secondLast;
    }

    /// <summary>A capitalised word of letters (a hyphen or an apostrophe inside): not an acronym, not a number.</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || char.IsUpper(word[1]))
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!(char.IsLetter(c) || Characters.IsWordHyphen(c) || Characters.IsApostrophe(c)))
            {
                return false;
            }
        }
        return true;
    }

    private Speaker? LastOrigin => lastOrigin;

    /// <summary>The last speaker that is an organisation (any speaker when <paramref name="anySpeaker"/>), within the reference window.</summary>
    private Speaker? RecentOrganisation(bool anySpeaker, ReadOnlySpan<char> head)
    {
        if (lastOrigin is not null && (anySpeaker || !lastOrigin.IsPerson) && BodiesAgree(head, lastOrigin))
        {
            return lastOrigin;
        }
        var keys = CollectionsMarshal.AsSpan(speakerKeys);
        for (int k = speakers.Count - 1; k >= Math.Max(0, speakers.Count - ReferenceWindow); k--)
        {
            if ((anySpeaker || !keys[k].IsPerson) && BodiesAgree(head, speakers[k]))
            {
                return speakers[k];
            }
        }
        return null;
    }

    /// <summary>Heads that name a body outside the state: "the group", "the organisation".</summary>
    private static readonly WordSet NonStateBodyHeads = new("group", "organisation", "organization", "network");

    /// <summary>Heads that name an observer of the fighting: "the monitor", "the watchdog", "the charity".</summary>
    private static readonly WordSet ObserverHeads = new("monitor", "watchdog", "ngo", "charity", "observatory");

    /// <summary>Words that make a name a state's body: a ministry, an army, a command, a government, the police.</summary>
    private static readonly WordSet StateBodyWords = new("ministry", "army", "forces", "command", "government", "police", "military", "navy");

    /// <summary>Words that make a name an armed group's: an observer is none of them.</summary>
    private static readonly WordSet ArmedGroupWords = new("rebels", "rebel", "militants", "militant", "insurgents", "militia", "militias", "fighters", "separatists");

    /// <summary>
    /// Whether a description with the head <paramref name="head"/> can refer back to <paramref name="candidate"/>: "the group"
    /// or "the organisation" is no ministry, army or command the article named before; "the monitor" or "the watchdog" is no
    /// party to the fighting at all (neither such a body nor the rebels); any other description agrees.
    /// </summary>
    private static bool BodiesAgree(ReadOnlySpan<char> head, Speaker candidate)
    {
        bool observer = ObserverHeads.Contains(head);
        if (!observer && !NonStateBodyHeads.Contains(head))
        {
            return true;
        }
        var words = new WordsIn(candidate.Source.Name, 0, candidate.Source.Name.Length);
        while (words.MoveNext())
        {
            if (StateBodyWords.Contains(words.Current) || (observer && ArmedGroupWords.Contains(words.Current)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Number words and quantifiers that name no speaker when a phrase is only one of them: "Fifteen", "The most", "Several"; and
    /// "same", which only points at something named before ("During the same reported period, 140 families ...").
    /// </summary>
    private static readonly WordSet CountingWords = new([.. Lexicon.SmallNumbers, "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
        "dozen", "dozens", "most", "many", "some", "several", "few", "all", "more", "same"]);

    /// <summary>
    /// Whether a phrase is, after a leading article, only a number word or a quantifier (<see cref="CountingWords"/>), one
    /// letter (an initial, "L."), a subordinator ("Although estimates vary, ...") or a toll's label ("Casualties:"): it
    /// counts, picks out, joins clauses or names what is counted; it names no one who speaks.
    /// </summary>
    private static bool NamesNoSpeaker(ReadOnlySpan<char> written)
    {
        if (written.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            written = written[4..].TrimStart();
        }
        if (written.IndexOf(' ') >= 0)
        {
            return false;
        }
        return written.Length == 1 || CountingWords.Contains(written) || Subordinators.Contains(written) || TollLabels.Contains(written);
    }

    /// <summary>Words that deny a subject: "No observer has published ...", "neither side counted ...".</summary>
    private static readonly WordSet DenyingWords = new("No", "no", "Neither", "neither", "None", "none", "Nobody", "nobody");

    /// <summary>
    /// Whether the phrase at <paramref name="start"/> denies its subject: it opens with a <see cref="DenyingWords"/> word, holds a
    /// contracted negation before its last word ("The agency hasn't published fresh numbers"), or it is
    /// the part after "or"/"nor" of one that does ("No neutral observer or relief group has published a count of its own"): such a
    /// subject says that no one gave a figure, so it names no speaker. Looks back at most six words, and only after "or"/"nor".
    /// </summary>
    private bool DeniesSubject(int start, ReadOnlySpan<char> written)
    {
        int firstEnd = written.IndexOf(' ');
        if (DenyingWords.Contains(firstEnd < 0 ? written : written[..firstEnd]))
        {
            return true;
        }
        if (written.IndexOf("n't ", StringComparison.Ordinal) > 0 || written.IndexOf("n\u2019t ", StringComparison.Ordinal) > 0)
        {
            return true; // "The agency hasn't published fresh numbers": a subject read up to a denied verb reports nothing
        }
        int sentenceStart = currentSentence >= 0 ? layout.Sentences[currentSentence].Start : Math.Max(0, start - 80);
        var before = this.words.WordBefore(start, sentenceStart, out int at);
        if (!(before.Equals("or", StringComparison.Ordinal) || before.Equals("nor", StringComparison.Ordinal)))
        {
            return false;
        }
        for (int k = 0; k < 6 && at > sentenceStart; k++)
        {
            var word = this.words.WordBefore(at, sentenceStart, out int wordStart);
            if (word.Length == 0)
            {
                return false; // a comma or a bracket: the subject started after it
            }
            if (DenyingWords.Contains(word))
            {
                return true;
            }
            at = wordStart;
        }
        return false;
    }

    /// <summary>
    /// Nouns of a toll that head a label ("Casualties: 1,200 killed", "Dead: 40"): a phrase that is only one of them names
    /// what is counted, not who counted it.
    /// </summary>
    private static readonly WordSet TollLabels = new("casualties", "losses", "killed", "dead", "deaths", "wounded", "injured", "missing", "toll", "fatalities");

    /// <summary>Heads of bodies that "he" or "she" never stands for: "the panel", "the committee", "the group".</summary>
    private static bool IsBodyHead(string head)
        => NotNameWords.Contains(head) || Lexicon.OrganisationNouns.Contains(head) || BodyHeads.Contains(head);

    /// <summary>Heads of bodies besides <see cref="NotNameWords"/> and the organisation nouns: "the human rights panel", "the tribunal".</summary>
    private static readonly WordSet BodyHeads = new("panel", "tribunal", "board", "team", "agency", "inquiry", "investigation", "report", "study", "survey");

    /// <summary>
    /// For "he" or "she" with no person among the speakers: the person the sentence before names between commas, after a title
    /// ("... compiled for the rights commissioner, Anton V. Merk, who testified ... He said ..."): two to four capitalised words,
    /// the last such name in that sentence. Null when there is none. One pass over the sentence before.
    /// </summary>
    private Speaker? PersonInAppositionBefore()
    {
        if (currentSentence <= 0)
        {
            return null;
        }
        var before = layout.Sentences[currentSentence - 1];
        if (before.Paragraph < layout.Sentences[currentSentence].Paragraph - 1)
        {
            return null;
        }
        int found = -1, foundEnd = -1;
        for (int comma = text.IndexOf(',', before.Start, before.End - before.Start); comma >= 0 && comma + 1 < before.End;
             comma = text.IndexOf(',', comma + 1, before.End - comma - 1))
        {
            int start = Characters.SkipSpaces(text, comma + 1, before.End);
            int next = text.IndexOf(',', start, before.End - start);
            if (next < 0)
            {
                break;
            }
            int end = Characters.SkipSpacesBack(text, next, start);
            if (end - start is > 3 and < 60 && IsCapitalisedName(text[start..end]) && CountWords(start, end) <= 4 && !HasNotNameWord(start, end))
            {
                found = start;
                foundEnd = end;
            }
        }
        if (found < 0)
        {
            return null;
        }
        int saved = currentSentence;
        currentSentence = -1; // a name, not another pronoun to resolve
        var person = Resolve(found, foundEnd, null);
        currentSentence = saved;
        return person is { IsPerson: true } ? person : null;
    }

    /// <summary>Whether a word of [<paramref name="start"/>, <paramref name="end"/>) ends organisations or places (<see cref="NotNameWords"/>).</summary>
    private bool HasNotNameWord(int start, int end)
    {
        var words = new WordsIn(text.AsSpan(0, end), start, end);
        while (words.MoveNext())
        {
            if (NotNameWords.Contains(words.Current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What "it" or "they" at <paramref name="position"/> refers to: this sentence's subject when the pronoun comes after it, else the previous sentence's.</summary>
    private Speaker? PronounSubject(int position)
    {
        if (currentSentence < 0)
        {
            return null;
        }
        var sentence = layout.Sentences[currentSentence];
        if (SubjectSpan(sentence, position) is { } here && here.End <= position && !OpensAfterAdverbial(here.Start, position, sentence))
        {
            return Resolve(here.Start, here.End, null);
        }
        if (currentSentence > 0 && cues[currentSentence - 1] is { Count: > 0 } previousCues && previousCues[^1].Speaker is { } spoke
            && (!spoke.IsPerson || NamesOrganisation(spoke.Source.Name))) // "..., Southern Command said on Friday. It said ...": a body named like a person
        {
            var before = layout.Sentences[currentSentence - 1];
            if (previousCues.Count > 1 && previousCues[0].Speaker is { } first && first != spoke && (!first.IsPerson || NamesOrganisation(first.Source.Name))
                && !IsCapitalsDateline(first.Source.Name) // "PORT ESK (AP) -- ..., the Southern Command said. It said ...": the dateline's place speaks for nothing
                && previousCues[^1].Start > previousCues[0].End && ClosesSentence(previousCues[^1].End, before))
            {
                return first; // "The ministry said that ..., Xinhua reported. It added that ...": the ministry, not the agency relaying it
            }
            return spoke; // "..., the Ukrainian air force said. It said 76 were shot down"
        }
        if (currentSentence > 0 && layout.Sentences[currentSentence - 1] is var previous && previous.Paragraph >= sentence.Paragraph - 1
            && SubjectSpan(previous, previous.End) is { } there)
        {
            int saved = currentSentence;
            currentSentence = -1; // the previous sentence's subject is a name, not another pronoun to resolve
            var speaker = Resolve(there.Start, there.End, null);
            currentSentence = saved;
            return speaker;
        }
        return null;
    }

    /// <summary>
    /// Whether the pronoun at <paramref name="pronoun"/> opens its clause right after a comma that closes an opening phrase of place
    /// or time ("At the main square alone, it said ..."): the phrase from <paramref name="phraseStart"/> is then no subject the pronoun
    /// could stand for.
    /// </summary>
    private bool OpensAfterAdverbial(int phraseStart, int pronoun, Sentence sentence)
    {
        int before = Characters.SkipSpacesBack(text, pronoun, sentence.Start);
        if (before <= sentence.Start || text[before - 1] != ',')
        {
            return false;
        }
        int first = Characters.SkipSpaces(text, sentence.Start, phraseStart);
        return first < phraseStart && Lexicon.SentenceOpeningWords.Contains(WordAt(first, phraseStart));
    }

    /// <summary>Whether a capitalised name has a word that ends organisations, offices and places ("Harbour Health Office").</summary>
    private static bool NamesOrganisation(string name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsLetter(name[i]) && (i == 0 || !char.IsLetter(name[i - 1])))
            {
                int end = Characters.WordEnd(name, i, name.Length);
                if (NotNameWords.Contains(name.AsSpan(i, end - i)))
                {
                    return true;
                }
                i = Math.Max(i, end - 1);
            }
        }
        return false;
    }

    /// <summary>Whether only punctuation and spaces follow <paramref name="at"/> in <paramref name="sentence"/>.</summary>
    private bool ClosesSentence(int at, Sentence sentence)
    {
        for (int i = at; i < sentence.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The speaker of a clause with no subject of its own ("..., noting that ..."): the sentence's subject, when it looks like a source.</summary>
    private Speaker? SubjectSpeaker(Sentence sentence, ArraySegment<FigureCandidate> figures, int limit)
    {
        _ = figures;
        return SubjectSpan(sentence, limit) is { } subject ? Resolve(subject.Start, subject.End, null) : null;
    }

    /// <summary>
    /// The subject of a sentence, when it looks like a source: after an opening phrase ("In March,", "On Friday"), capitalised
    /// words, a determiner, and the lower-case words sources are named with, ending on a name or a source's head noun.
    /// </summary>
    private (int Start, int End)? SubjectSpan(Sentence sentence, int limit)
    {
        int end = Math.Min(limit, sentence.End);
        int i = Characters.SkipSpaces(text, sentence.Start, end);
        // Skip an opening phrase: "In March,", "On Friday", "Last week,".
        int guard = 0;
        while (i < end && guard++ < 6)
        {
            var word = WordAt(i, end);
            if (word.IsEmpty || !(Lexicon.SentenceOpeningWords.Contains(word) || ArticleWords.MonthOf(word) != 0 || ArticleWords.IsWeekday(word)
                || word.Equals("week", StringComparison.Ordinal) || word.Equals("month", StringComparison.Ordinal) || IsDatelineWord(word)))
            {
                break;
            }
            i = Characters.SkipSpaces(text, i + word.Length, end);
            if (i < end && text[i] == ',')
            {
                i = Characters.SkipSpaces(text, i + 1, end);
                break;
            }
        }
        int start = i, last = i;
        bool endsWell = false;
        int words = 0;
        while (i < end && words < 8)
        {
            var word = WordAt(i, end);
            if (word.IsEmpty)
            {
                break;
            }
            bool capital = char.IsUpper(word[0]);
            bool determiner = words == 0 && Determiners.Contains(word);
            bool head = Lexicon.SourceHeads.Contains(word);
            if (!(capital || determiner || head || Lexicon.SourceModifiers.Contains(word)))
            {
                break;
            }
            words++;
            i += word.Length;
            if (!determiner && !(Lexicon.SourceModifiers.Contains(word) && !capital))
            {
                last = i;
                endsWell = capital || head;
            }
            if (i < end && Characters.IsApostrophe(text[i]) && i + 1 < end && text[i + 1] == 's')
            {
                i += 2; // "the country's parallel National Unity Government"
            }
            int next = Characters.SkipSpaces(text, i, end);
            if (next == i)
            {
                break;
            }
            i = next;
        }
        return endsWell && last > start ? (start, last) : null;
    }

    /// <summary>Modal verbs, which stand between a subject and its verb: "One can estimate", "Officials may revise".</summary>
    private static readonly WordSet Modals = new("can", "could", "may", "might", "must", "should", "shall", "would", "will");

    /// <summary>Whether a phrase could name a source: a capitalised word besides its determiner, or a source's head noun ("officials", "the ministry").</summary>
    private bool IsSourceLike(int start, int end)
    {
        if (HasCapitalisedWord(start, end))
        {
            return true;
        }
        int lastStart = this.words.WordStart(end, start);
        var last = text.AsSpan(lastStart, end - lastStart);
        return Lexicon.SourceHeads.Contains(last) || AnonymousHeads.Contains(last) || Lexicon.OrganisationNouns.Contains(last);
    }

    /// <summary>
    /// Whether a phrase that shares a candidate's head noun can name it: every capitalised word of the phrase is in the
    /// candidate's name ("the ministry", "the Defence Ministry" → "Britain's Defence Ministry"; "the General Staff of the
    /// Armed Forces of Ukraine" is not "the Russian Army General Staff").
    /// </summary>
    /// <remarks>With <paramref name="skipHyphenated"/>, a capitalised word joined by a hyphen ("Britain-based", "U.S.-led") says where the body is, not which.</remarks>
    private static bool NamesAgree(ReadOnlySpan<char> name, string candidate, bool skipHyphenated = false)
    {
        var nameWords = new WordsIn(name, 0, name.Length);
        while (nameWords.MoveNext())
        {
            var word = nameWords.Current;
            if (char.IsUpper(word[0]) && !(skipHyphenated && word.Contains('-')) && !candidate.AsSpan().Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Words that qualify no body: a name's link words and possessives do not tell two bodies apart.</summary>
    private static readonly WordSet LinkWords = new("of", "the", "and", "for", "in", "on", "at", "to");

    /// <summary>
    /// Whether the lower-case words that qualify two names of one head agree: "the ministry" and "the defence ministry" do (one's
    /// words are among the other's), "the health ministry" and "the defence ministry" do not (each has a word the other lacks).
    /// <paramref name="moreSpecific"/> says the new name adds words to a candidate that has none the new one lacks ("the defence
    /// ministry" after a headline's "Ministry"). Possessives ("the country's military"), counts ("the three ministries") and
    /// capitalised words (checked by <see cref="NamesAgree"/>) are not counted as the candidate's own.
    /// </summary>
    private static bool ModifiersAgree(ReadOnlySpan<char> name, string candidate, out bool moreSpecific)
    {
        bool nameAdds = HasWordMissingFrom(name, candidate, lowerOnly: true);
        bool candidateAdds = HasWordMissingFrom(candidate, name, lowerOnly: false);
        moreSpecific = nameAdds && !candidateAdds;
        return !nameAdds || !HasWordMissingFrom(candidate, name, lowerOnly: true);
    }

    /// <summary>Whether <paramref name="phrase"/> has a word (lower-case only if <paramref name="lowerOnly"/>; no link word or possessive) that <paramref name="other"/> does not hold.</summary>
    private static bool HasWordMissingFrom(ReadOnlySpan<char> phrase, ReadOnlySpan<char> other, bool lowerOnly)
    {
        var words = new WordsIn(phrase, 0, phrase.Length);
        while (words.MoveNext())
        {
            var word = words.Current;
            if ((lowerOnly && !char.IsLower(word[0])) || LinkWords.Contains(word) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)
                || Lexicon.MatchSmallOrTens(word, 0, out _, out _) == word.Length)
            {
                continue;
            }
            if (!other.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="name"/> may be a surname (<see cref="IsSurnameOf"/>): one word, capitalised.</summary>
    private static bool MayBeSurname(ReadOnlySpan<char> name) => name.Length > 0 && char.IsUpper(name[0]) && !name.Contains(' ');

    /// <summary>Whether <paramref name="name"/>, which <see cref="MayBeSurname"/>, ends the name of <paramref name="candidate"/>, a person's.</summary>
    private static bool IsSurnameOf(ReadOnlySpan<char> name, Speaker candidate)
    {
        string full = candidate.Source.Name;
        return candidate.IsPerson && full.Length > name.Length + 1
               && full.AsSpan().EndsWith(name, StringComparison.Ordinal) && full[full.Length - name.Length - 1] == ' ';
    }

    private static bool HasProperNameWord(string name, string head)
        => head.Length > 0 && char.IsUpper(head[0]) && !AnonymousHeads.Contains(head);

    private static bool IsPersonName(string name)
        => IsCapitalisedName(name) || EndsInTitledName(name);

    /// <summary>Prepositions that open a person's affiliation after the name: "Dave Eubank from the Free Burma Rangers relief association".</summary>
    private static readonly WordSet AffiliationPrepositions = new("from", "of", "at", "with");

    /// <summary>
    /// Where the affiliation after a person's name starts in [<paramref name="start"/>, <paramref name="end"/>): two or three name
    /// words (none ending an organisation or a place), then "from", "of", "at" or "with" ("Dave Eubank from the Free Burma Rangers
    /// relief association", "Anna Berg of the harbour office"); not "General Staff of ...". Else -1.
    /// </summary>
    private int AffiliationStart(int start, int end)
    {
        int nameWords = 0;
        for (int i = Characters.SkipSpaces(text, start, end); i < end && nameWords <= 3;)
        {
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd == i)
            {
                return -1;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (AffiliationPrepositions.Contains(word) && char.IsLower(word[0]))
            {
                return nameWords >= 2 && wordEnd < end ? i : -1;
            }
            if (!IsNameWord(word) || NotNameWords.Contains(word))
            {
                return -1;
            }
            nameWords++;
            i = Characters.SkipSpaces(text, wordEnd, end);
        }
        return -1;
    }

    /// <summary>
    /// A lower-case title, then two or more name words at the end: "Health ministry spokesman Omar Salem", "the Ministry
    /// spokesperson Ashraf al-Qedra" (a particle or a prefix such as "al-" inside the name).
    /// </summary>
    private static bool EndsInTitledName(string name)
    {
        int end = name.Length;
        int nameWords = 0;
        while (end > 0)
        {
            int start = Characters.WordStart(name, end, 0);
            var word = name.AsSpan(start, end - start);
            if (start == end)
            {
                return false;
            }
            if (TitleWords.Contains(word))
            {
                return nameWords >= 2;
            }
            bool nameWord = (IsNameWord(word) && !NotNameWords.Contains(word)) || (nameWords > 0 && NameParticles.Contains(word)) || IsPrefixedName(word);
            if (!nameWord)
            {
                return nameWords >= 2 && TitleBeforeComplement(name, end, 0); // "assistant secretary general for human rights Ivan Simonovic"
            }
            nameWords++;
            end = Characters.SkipSpacesBack(name, start, 0);
        }
        return false;
    }

    /// <summary>
    /// Where the two or more name words that end [<paramref name="start"/>, <paramref name="end"/>) start, when a lower-case title
    /// and its field opened by "for" or "of" stand right before them ("deputy secretary general for water affairs Anna Lindqvist");
    /// else -1.
    /// </summary>
    private int ComplementTitledNameStart(int start, int end)
    {
        end = Characters.SkipSpacesBack(text, end, start);
        while (end > start && text[end - 1] is ',' or '.' or ':' or ';')
        {
            end--;
        }
        int nameStart = -1, nameWords = 0;
        while (end > start)
        {
            int wordStart = this.words.WordStart(end, start);
            if (wordStart == end)
            {
                return -1;
            }
            var word = text.AsSpan(wordStart, end - wordStart);
            if (!((IsNameWord(word) && !NotNameWords.Contains(word)) || (nameWords > 0 && NameParticles.Contains(word)) || IsPrefixedName(word)))
            {
                return nameWords >= 2 && TitleBeforeComplement(text, end, start) ? nameStart : -1;
            }
            nameStart = wordStart;
            nameWords++;
            end = Characters.SkipSpacesBack(text, wordStart, start);
        }
        return -1;
    }

    /// <summary>Nouns that say what kind of body the name after them is: "the monitoring group Field Count", "the think tank ...".</summary>
    private static readonly WordSet BodyTypeNouns = new(
        "group", "organisation", "organization", "monitor", "network", "charity", "watchdog", "ngo", "tank", "agency", "observatory", "institute",
        "coalition", "initiative", "project");

    /// <summary>Whether a description ends in a lower-case noun of <see cref="BodyTypeNouns"/> ("monitoring group"): what it describes is a body, not a person ("the spokeswoman of the Eastern Group" describes a person).</summary>
    private static bool EndsInBodyTypeNoun(string description)
    {
        var trimmed = description.AsSpan().TrimEnd(",.;: ");
        int lastStart = trimmed.LastIndexOf(' ') + 1;
        var last = trimmed[lastStart..];
        return last.Length > 0 && char.IsLower(last[0]) && BodyTypeNouns.Contains(last);
    }

    /// <summary>
    /// Where a body's name starts after the lower-case words that say what it is: "the monitoring group Field Count", "the
    /// independent monitor Field Count", "the think tank Institute for Border Studies" (after "the", one to four lower-case words
    /// ending in a noun of <see cref="BodyTypeNouns"/>, then a capitalised word); else -1.
    /// </summary>
    /// <summary>
    /// "activist group the Assistance Association for Political Prisoners", "rights monitor the Field Count Project": at most
    /// three lower-case words ending in what kind of body it is, then "the" and a capitalised name. The start of that "the",
    /// else −1.
    /// </summary>
    private int DescribedBodyName(int start, int end)
    {
        bool typed = false;
        int i = Characters.SkipSpaces(text, start, end);
        for (int words = 0; words < 4 && i < end; words++)
        {
            int wordEnd = this.words.WordEnd(i, end);
            if (wordEnd == i)
            {
                return -1;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (word.Equals("the", StringComparison.Ordinal))
            {
                int next = Characters.SkipSpaces(text, wordEnd, end);
                return typed && words > 0 && next < end && char.IsUpper(text[next]) ? i : -1;
            }
            if (!char.IsLower(word[0]) || LinkWords.Contains(word))
            {
                return -1;
            }
            typed = BodyTypeNouns.Contains(word);
            i = Characters.SkipSpaces(text, wordEnd, end);
        }
        return -1;
    }

    private int DescribedNameStart(int start, int end)
    {
        int i = Characters.SkipSpaces(text, start, end);
        int wordEnd = this.words.WordEnd(i, end);
        if (wordEnd == i || !text.AsSpan(i, wordEnd - i).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        bool typed = false;
        for (int words = 0; words < 5; words++)
        {
            i = Characters.SkipSpaces(text, wordEnd, end);
            wordEnd = this.words.WordEnd(i, end);
            if (wordEnd == i)
            {
                return -1;
            }
            var word = text.AsSpan(i, wordEnd - i);
            if (char.IsUpper(word[0]))
            {
                return typed ? i : -1;
            }
            if (!char.IsLower(word[0]) || LinkWords.Contains(word))
            {
                return -1;
            }
            typed = BodyTypeNouns.Contains(word);
        }
        return -1;
    }

    /// <summary>
    /// Whether the lower-case words ending at <paramref name="end"/> are a title's complement opened by "for" or "of", with the title
    /// before it: "secretary general for human rights", "head of the regional police". At most five words back.
    /// </summary>
    private static bool TitleBeforeComplement(string name, int end, int limit)
    {
        bool opened = false;
        for (int words = 0; words < 6 && end > limit; words++)
        {
            int start = Characters.WordStart(name, end, limit);
            var word = name.AsSpan(start, end - start);
            if (start == end || !char.IsLower(word[0]))
            {
                return false;
            }
            if (opened && TitleWords.Contains(word))
            {
                return true;
            }
            opened |= word.Equals("for", StringComparison.Ordinal) || word.Equals("of", StringComparison.Ordinal);
            end = Characters.SkipSpacesBack(name, start, limit);
        }
        return false;
    }

    /// <summary>"al-Qedra", "el-Sisi", "bin-Salman": a lower-case prefix, a hyphen and a capitalised name.</summary>
    private static bool IsPrefixedName(ReadOnlySpan<char> word)
    {
        int hyphen = Characters.IndexOfWordHyphen(word);
        return hyphen > 0 && hyphen + 2 < word.Length && NameParticles.Contains(word[..hyphen]) && IsNameWord(word[(hyphen + 1)..]);
    }

    private static bool IsCapitalisedName(string name)
    {
        // Two or more words, each capitalised: "Vadym Skibitskyi"; not an outlet ("Radio Free Asia", "Associated Press").
        int words = 0;
        bool atStart = true;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == ' ')
            {
                atStart = true;
                continue;
            }
            if (atStart)
            {
                if (!char.IsUpper(c) || MediaWords.Contains(name.AsSpan(i, Characters.WordEnd(name, i, name.Length) - i)))
                {
                    return false;
                }
                words++;
                atStart = false;
            }
        }
        return words >= 2;
    }

    /// <summary>Heads of what a figure can be cited from besides a named body, a document or an unnamed source: "citing local authorities", "citing intelligence".</summary>
    private static readonly WordSet CitedHeads = new("authorities", "intelligence", "media", "witnesses", "accounts", "records", "testimony", "testimonies", "documents", "sources");

    /// <summary>
    /// Whether the phrase after "citing" or "quoting" names someone or a record the figure comes from: a capitalised word
    /// ("citing Radio Liberty", "citing the State Emergency Service"), or a head that is a source, a document, an organisation
    /// or a body ("citing sources in the brigade", "citing data from ...", "citing local authorities"); not a reason the speaker
    /// gave ("citing desertions", "citing heavy losses", "citing the example of ...").
    /// </summary>
    private bool CitesSomeone(int start, int end)
    {
        var phrase = text.AsSpan(start, end - start).TrimEnd(",.;: ");
        var words = new WordsIn(phrase, 0, phrase.Length);
        while (words.MoveNext())
        {
            if (char.IsUpper(words.Current[0]) || char.IsDigit(words.Current[0]))
            {
                return true;
            }
        }
        var head = HeadOf(phrase);
        return head.IsEmpty || AnonymousHeads.Contains(head) || Lexicon.DocumentNouns.Contains(head) || Lexicon.OrganisationNouns.Contains(head)
               || NotNameWords.Contains(head) || CitedHeads.Contains(head) || Pronouns.Contains(head);
    }

    /// <summary>Capitalised words of outlets' names: a recipient such as "told Radio Free Asia" is no person for a later "he".</summary>
    private static readonly WordSet MediaWords = new("Radio", "Television", "TV", "News", "Press", "Times", "Post", "Network", "Broadcasting", "Agency");

    /// <summary>The head noun: the last word before the first preposition ("source" in "source in Ukraine's General Staff").</summary>
    private static ReadOnlySpan<char> HeadOf(ReadOnlySpan<char> name)
    {
        int headStart = 0, headEnd = 0;
        int i = 0;
        while (i < name.Length)
        {
            while (i < name.Length && name[i] == ' ')
            {
                i++;
            }
            int wordStart = i;
            while (i < name.Length && name[i] != ' ')
            {
                i++;
            }
            if (i == wordStart)
            {
                break;
            }
            var word = name[wordStart..i];
            if (char.IsLower(word[0]) && Prepositions.Contains(word) && headEnd > 0)
            {
                break;
            }
            headStart = wordStart;
            headEnd = i;
        }
        return name[headStart..headEnd].TrimEnd(",.");
    }

    /// <summary>The subject pronouns a page's furniture may be glued to when its lines run together: "...below the sponsored panelShe said".</summary>
    private static readonly WordSet GluedPronouns = new("He", "She", "They", "We", "It");

    /// <summary>
    /// Where a pronoun glued to the end of the phrase's last word starts ("panelHe": a lower-case letter, then a capital that opens one of
    /// <see cref="GluedPronouns"/> ending the word), else -1: no name is written that way, the words before it are a page's
    /// furniture (a line about a sponsored panel, a caption), and the pronoun is who speaks.
    /// </summary>
    private int GluedPronounStart(int start, int end)
    {
        int wordEnd = Characters.SkipSpacesBack(text, end, start);
        for (int i = wordEnd - 2; i > start && i >= wordEnd - 4; i--)
        {
            if (char.IsUpper(text[i]) && char.IsLower(text[i - 1]) && GluedPronouns.Contains(text.AsSpan(i, wordEnd - i)))
            {
                return i;
            }
        }
        return -1;
    }
}
