using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace ForceEstimates.Extraction;

/// <summary>
/// Official bodies and monitors that war news names many ways, each with one name of its own: "South Korea's spy agency",
/// "the NIS" and "South Korea's National Intelligence Service" are one origin, so three articles relaying it are one
/// voice in an aggregate, not three. The extractor gives a source whose name is one of these forms that name as an alias
/// (<see cref="Source.IsSameAs(Source)"/> then links them). A closed list of facts about names; a form matches whole,
/// compared by <see cref="Source.Key"/> with a leading "the" dropped, so a longer description ("a source in Ukraine's
/// General Staff") is not taken for the body itself.
/// </summary>
internal static class KnownBodies
{
    private static readonly FrozenDictionary<string, string> ByKey = Build();

    /// <summary>The body's own name when <paramref name="name"/> is one of its forms, else null.</summary>
    internal static string? NameOf(string name)
    {
        var key = Key(name);
        return key.Length > 0 && ByKey.TryGetValue(key, out var canonical) ? canonical : null;
    }

    private static string Key(string name)
    {
        var key = Names.Key(name);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Body(string name, string[] countries, string[] nouns, params string[] names)
        {
            map[Key(name)] = name;
            foreach (var country in countries)
            {
                foreach (var noun in nouns)
                {
                    map[Key(country + " " + noun)] = name;
                }
            }
            foreach (var other in names)
            {
                map[Key(other)] = name;
            }
            foreach (var noun in nouns)
            {
                // An acronym stands alone ("NIS", "HUR"); other nouns need their country ("General Staff", "army").
                if (noun.Length >= 2 && noun.All(char.IsAsciiLetterUpper))
                {
                    map[Key(noun)] = name;
                }
            }
        }

        string[] southKorea = ["South Korea's", "South Korean", "Seoul's", "Seoul"];
        Body("National Intelligence Service (South Korea)", southKorea,
            ["spy agency", "intelligence agency", "intelligence service", "National Intelligence Service", "NIS", "intelligence"],
            "National Intelligence Service", "South Korea's NIS", "South Korean National Intelligence Service");

        string[] ukraine = ["Ukraine's", "Ukrainian", "Kyiv's"];
        Body("Defence Intelligence of Ukraine (HUR)", ukraine,
            ["military intelligence", "military intelligence agency", "military intelligence service", "defence intelligence",
             "defense intelligence", "Defence Intelligence", "Main Intelligence Directorate", "HUR", "GUR", "DIU"],
            "Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine", "Main Intelligence Directorate of Ukraine",
            "Main Directorate of Intelligence of Ukraine", "Main Intelligence Directorate of the Ministry of Defence of Ukraine");
        Body("General Staff of the Armed Forces of Ukraine", ukraine,
            ["General Staff", "armed forces' General Staff", "military's General Staff", "General Staff of the Armed Forces"],
            "General Staff of Ukraine's Armed Forces", "General Staff of Ukraine", "Armed Forces of Ukraine's General Staff");
        Body("Ministry of Defence of Ukraine", ukraine,
            ["Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense"],
            "Ministry of Defense of Ukraine");

        string[] russia = ["Russia's", "Russian", "Moscow's"];
        Body("Ministry of Defence of the Russian Federation", russia,
            ["Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense", "military", "MoD"],
            "Ministry of Defense of the Russian Federation", "Russian Federation Ministry of Defence", "Russian Federation's Defence Ministry");

        string[] britain = ["Britain's", "British", "UK", "U.K.", "United Kingdom's"];
        Body("Ministry of Defence (United Kingdom)", britain,
            ["Defence Ministry", "Defense Ministry", "Ministry of Defence", "MoD"]);
        Body("Defence Intelligence (United Kingdom)", britain,
            ["Defence Intelligence", "military intelligence", "defence intelligence"]);

        Body("United States Department of Defense", ["US", "U.S.", "United States"],
            ["Department of Defense", "Defense Department", "DoD"],
            "Pentagon", "Department of Defense", "Defense Department");

        Body("Israel Defense Forces", ["Israeli", "Israel's"],
            ["military", "army", "Defense Forces", "Defence Forces"],
            "IDF", "Israel Defence Forces", "Israeli Defense Forces", "Israeli Defence Forces");

        Body("Ministry of Health in Gaza", ["Gaza's", "Gaza", "Hamas-run", "Gaza's Hamas-run", "Hamas-run Gaza", "Hamas-controlled", "Gaza's Hamas-controlled"],
            ["Health Ministry", "health ministry", "Ministry of Health"],
            "Health Ministry in Gaza", "health ministry in Gaza", "Gaza Health Ministry", "Health Ministry in the Gaza Strip",
            "Ministry of Health in the Gaza Strip", "health authorities in Gaza", "Gaza health authorities");

        Body("Office of the UN High Commissioner for Human Rights (OHCHR)", ["UN", "U.N.", "United Nations"],
            ["Human Rights Monitoring Mission in Ukraine", "human rights monitoring mission", "Human Rights Monitoring Mission",
             "human rights monitors", "human rights office", "Human Rights Office", "human rights mission", "monitoring mission"],
            "HRMMU", "OHCHR", "Office of the UN High Commissioner for Human Rights", "Human Rights Monitoring Mission in Ukraine",
            "Office of the United Nations High Commissioner for Human Rights", "UN human rights office in Ukraine");
        Body("UNHCR", ["UN", "U.N.", "United Nations", "UN's", "U.N.'s"],
            ["refugee agency", "High Commissioner for Refugees"],
            "UN High Commissioner for Refugees", "Office of the UN High Commissioner for Refugees",
            "United Nations High Commissioner for Refugees");
        Body("OCHA", ["UN", "U.N.", "United Nations"],
            ["Office for the Coordination of Humanitarian Affairs", "humanitarian office", "humanitarian affairs office",
             "humanitarian agency", "aid office", "humanitarian coordination office", "OCHA"],
            "Office for the Coordination of Humanitarian Affairs");
        Body("UNICEF", ["UN", "U.N.", "United Nations", "UN's", "U.N.'s"],
            ["children's agency", "children's fund", "Children's Fund"],
            "United Nations Children's Fund");
        Body("World Health Organization", ["UN", "U.N.", "United Nations", "UN's", "U.N.'s"],
            ["health agency", "World Health Organization", "World Health Organisation"],
            "WHO", "World Health Organisation");
        Body("International Organization for Migration", ["UN", "U.N.", "United Nations", "UN's", "U.N.'s"],
            ["migration agency", "International Organization for Migration"],
            "IOM", "International Organisation for Migration");
        Body("International Committee of the Red Cross", [], [], "ICRC", "International Red Cross");
        Body("Armed Conflict Location & Event Data Project", [], [],
            "ACLED", "Armed Conflict Location and Event Data Project", "Armed Conflict Location & Event Data",
            "Armed Conflict Location and Event Data");
        Body("Syrian Observatory for Human Rights", ["Britain-based", "UK-based", "British-based", "London-based"],
            ["Syrian Observatory for Human Rights", "Syrian Observatory"],
            "SOHR", "Syrian Observatory");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
