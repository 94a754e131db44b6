#include <algorithm>
#include <cctype>
#include <set>

#include "attribution.hpp"
#include "internal/name_parts.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

// Offices of legislatures and think tanks that stand before a name in statements'
// introductions (`Maryland Congressman Steny Hoyer`, `Senior Fellow Marlo Lewis`), beside the
// general title words.
bool office_word(const std::string& folded) {
    static const std::set<std::string, std::less<>> words = {
        "congressman", "congresswoman", "congressmember", "emerita", "emeritus", "fellow",
        "senior", "former", "acting", "assistant", "undersecretary", "under", "lt.", "gen.",
        "ret.", "retired", "co-founder", "cofounder", "strategist", "member"};
    return words.count(folded) > 0 || is_title_word(folded);
}

bool connector(const std::string& folded) {
    return folded == "of" || folded == "for" || folded == "to" || folded == "at" ||
           folded == "on" || folded == "the" || folded == "and";
}

// `Jr.`, `III`: part of the name after the surname.
bool suffix(const std::string& word) {
    auto f = schema::fold(word);
    while (!f.empty() && f.back() == '.') f.pop_back();
    return f == "jr" || f == "sr" || f == "ii" || f == "iii" || f == "iv";
}

// `E.` in `John E. Herbst`.
bool initial(const std::string& word) {
    return word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0])) && word[1] == '.';
}

bool lower_particle(const std::string& word) {
    static const std::set<std::string, std::less<>> words = {
        "bin", "ibn", "bint", "al", "el", "de", "da", "di", "van", "von", "der", "den",
        "du", "la", "le", "dos", "das", "del"};
    return words.count(word) > 0;
}

std::string joined(const std::vector<std::string>& words, std::size_t from) {
    std::string out;
    for (std::size_t i = from; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
    return out;
}

// Places, peoples and bodies that introductions and labels put where a person's name goes
// (`Ukraine:`, `The Presidents noted`, `the ambassador of Ghana told`), beside the
// organisation words. Countries that are also common given names (Jordan, Chad, India) are
// left out: a name word is refused wherever it stands.
bool not_a_person(const std::string& folded) {
    static const std::set<std::string, std::less<>> words = {
        // The abbreviated countries before an office (`The US Secretary of State said`).
        "us", "u.s.", "uk", "u.k.",
        "russia", "ukraine", "azerbaijan", "armenia", "georgia", "turkey", "türkiye", "turkiye",
        "israel",
        "iran", "china", "europe", "america", "nato", "eu", "un", "kremlin", "hamas",
        "hezbollah", "taliban", "ukrainians", "russians", "americans", "europeans",
        "presidents", "leaders", "officials", "ministers", "unions", "conference", "monde",
        // Meetings are no one (`the General Assembly Emergency Special Session`), nor parts
        // of a document a speaker quotes (`Paragraph 79 says: "…"`, `Below: "…"`), nor a
        // ministry's portfolio or building (`Foreign Affairs`, `the Pentagon`).
        "session", "sessions", "summit", "forum", "paragraph", "paragraphs", "article",
        "clause", "below", "above", "affairs", "pentagon",
        // Documents and military units are no one either (`a Joint Statement`, `the Special
        // Medical Battalion`, `the programme`).
        "statement", "declaration", "communique", "programme", "program", "battalion",
        "brigade", "regiment", "division",
        // Months as wire copy shortens them before a day (`said in a statement Nov. 14`);
        // not `Jan`, a given name.
        "feb", "aug", "sept", "oct", "nov", "dec",
        "states", "nations", "administration", "house",
        // Countries and regions.
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "australia",
        "austria", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia",
        "botswana", "brazil", "bulgaria", "burundi", "cambodia", "cameroon", "canada", "chile",
        "colombia", "congo", "croatia", "cyprus", "czechia", "denmark", "djibouti", "ecuador",
        "egypt", "eritrea", "estonia", "ethiopia", "finland", "france", "gabon", "gambia",
        "germany", "ghana", "greece", "guatemala", "guinea", "haiti", "honduras", "hungary",
        "iceland", "indonesia", "iraq", "ireland", "italy", "japan", "kazakhstan", "kenya",
        "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "liberia", "libya",
        "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "mali", "malta",
        "mauritania", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco",
        "mozambique", "myanmar", "namibia", "nepal", "netherlands", "nicaragua", "niger",
        "nigeria", "norway", "oman", "pakistan", "palestine", "panama", "paraguay", "peru",
        "philippines", "poland", "portugal", "qatar", "romania", "rwanda", "senegal", "serbia",
        "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden",
        "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia",
        "turkmenistan", "uganda", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen",
        "zambia", "zimbabwe", "britain", "england", "scotland", "wales", "crimea", "donbas",
        "donbass", "karabakh", "abkhazia", "ossetia", "chechnya", "gaza", "nakhchivan",
        // Who a plural names is a group.
        "governments", "delegations", "parties", "sides", "countries", "ministries",
        "authorities", "peoples", "allies", "representatives", "protesters", "activists",
        // `Opposition accuses the … leader`: the opposition is a side, not a person.
        "opposition",
        // News agencies a wire story cites (`AFP quoted …`, `according to Ukrinform`).
        "afp", "tass", "interfax", "ukrinform", "unian", "xinhua", "anadolu", "armenpress",
        "sputnik", "novosti", "itar-tass", "ria", "apa", "azertac", "yonhap", "kyodo",
        // (the agencies of the Caucasus that releases credit: `…, according to Trend.`)
        "trend", "azertag", "turan", "mediamax", "arminfo"};
    return words.count(folded) > 0 || is_organisation_word(folded);
}

// Countries of more than one word (`the ambassador of South Korea said`).
bool country_of_words(const std::string& folded_name) {
    static const std::set<std::string, std::less<>> names = {
        "united states", "united kingdom", "south korea", "north korea", "new zealand",
        "saudi arabia", "south africa", "sri lanka", "costa rica", "el salvador",
        "ivory coast", "czech republic", "sierra leone", "south sudan", "burkina faso",
        "north macedonia", "dominican republic", "united arab emirates", "hong kong"};
    return names.count(folded_name) > 0;
}

// Capitals that news writes for their governments (`Moscow has said`, `Washington continues
// to support`). Some are also surnames (Denzel Washington, Jack London), so only a name of
// this one word is refused.
bool seat_of_government(const std::string& folded) {
    static const std::set<std::string, std::less<>> words = {
        "moscow", "kyiv", "kiev", "washington", "baku", "yerevan", "tbilisi", "ankara",
        "brussels", "beijing", "tehran", "minsk", "london", "paris", "berlin", "warsaw",
        "stockholm", "helsinki", "budapest", "tokyo", "seoul", "pyongyang", "damascus",
        "jerusalem", "riyadh", "cairo", "stepanakert", "sukhumi", "tskhinvali", "westminster",
        "whitehall", "downing", "vienna", "rome", "madrid", "bucharest", "chisinau", "vilnius",
        "riga", "tallinn", "islamabad", "kabul", "delhi", "doha"};
    return words.count(folded) > 0;
}

// Continents and regions a sentence makes its subject (`Asia is …`, `Europe says`).
bool region(const std::string& folded) {
    static const std::set<std::string, std::less<>> words = {
        "asia", "europe", "africa", "america", "eurasia", "caucasus", "balkans", "scandinavia",
        "oceania", "antarctica", "arctic", "transcaucasia", "karabakh", "donbas", "donbass",
        "crimea"};
    return words.count(folded) > 0;
}

// Whether `name` can be a person's: none of its words is a place, people or body, and a
// name of one word is not a people (`Armenians`) or a capital.
std::optional<std::string> a_person(std::string name) {
    const auto words = split_words(name);
    std::string folded_name;
    for (const auto& w : words) {
        auto folded = schema::fold(w);
        while (!folded.empty() && (folded.back() == '.' || folded.back() == ',')) folded.pop_back();
        if (not_a_person(folded)) return std::nullopt;
        folded_name += (folded_name.empty() ? "" : " ") + folded;
    }
    if (country_of_words(folded_name)) return std::nullopt;
    if (words.size() == 1 && (seat_of_government(folded_name) || region(folded_name)))
        return std::nullopt;
    // `Stars In Their Eyes`, `Subs Not Used`, `Reporters Without Borders` cut to `Without
    // Borders`: a title or a phrase, not a person's name.
    for (const auto& w : words) {
        const auto f = schema::fold(w);
        if (f == "their" || f == "his" || f == "her" || f == "its" || f == "our" ||
            f == "my" || f == "your" || f == "not")
            return std::nullopt;
    }
    if (const auto first = schema::fold(words.front());
        words.size() > 1 && (first == "without" || first == "of" || first == "for" ||
                             first == "with" || first == "from" || first == "by"))
        return std::nullopt;
    // `Traditional technology`, `Macklin said`: a word in lower case inside a name (other
    // than a particle: `bin`, `von`, `de`) makes it a phrase, not a name.
    for (std::size_t i = 1; i < words.size(); ++i)
        if (!words[i].empty() && words[i][0] >= 'a' && words[i][0] <= 'z' &&
            !lower_particle(schema::fold(words[i])))
            return std::nullopt;
    // `Australian-style`, `PC-based`: a compound adjective, capitalised for its first part.
    for (const auto& w : words)
        for (const char* end : {"-style", "-based", "-led", "-backed", "-owned", "-run", "-made"})
            if (schema::fold(w).ends_with(end)) return std::nullopt;
    // `African American`, `Arab`: a people, not anyone's name.
    if (std::all_of(words.begin(), words.end(), [](const std::string& w) {
            return nationality(schema::fold(w));
        }))
        return std::nullopt;
    if (words.size() == 1 && folded_name.size() > 3 && folded_name.back() == 's' &&
        nationality(folded_name.substr(0, folded_name.size() - 1)))
        return std::nullopt;
    return name;
}

// A name that can be a person's; `Volodymyr Zelesnkyy` or `Mathew Miller`, a slip of a
// letter in a name the table holds, is that person.
std::optional<std::string> held_or_person(const std::string& name, const SpeakerTable& table) {
    auto person = a_person(name);
    if (person)
        if (auto c = table.canonical_with_letter_slip(*person)) return *c;
    return person;
}

}  // namespace

std::optional<std::string> person_name(const std::string& given, const SpeakerTable& table,
                                       bool labelled) {
    if (auto c = table.canonical(given)) return *c;
    // `by telecoms giant BT`: the words in lower case before a name describe it.
    auto all = split_words(given);
    std::size_t lead = 0;
    while (lead + 1 < all.size() && !all[lead].empty() && all[lead][0] >= 'a' &&
           all[lead][0] <= 'z' && !lower_particle(schema::fold(all[lead])))
        ++lead;
    // `Arsenal's Edu`: whose someone is describes them; the name is what follows. A name
    // ending in a possessive names no one (`Brown's`).
    for (std::size_t i = all.size(); i > lead; --i) {
        const auto& w = all[i - 1];
        if (!w.ends_with("'s") && !w.ends_with("\u2019s")) continue;
        if (i == all.size()) return std::nullopt;
        lead = i;
        break;
    }
    const std::string name = lead == 0 ? given : joined(all, lead);
    if (lead > 0)
        if (auto c = table.canonical(name)) return *c;
    const auto words = split_words(name);
    if (words.size() < 3) return held_or_person(name, table);
    // The longest ending of the words that the speaker table knows; a surname alone only
    // after an office or a place (`Ukrainian President Zelensky`), not after a given name
    // (`President of Azerbaijan Heidar Aliyev` is not the table's Ilham Aliyev).
    for (std::size_t from = 1; from < words.size(); ++from) {
        const auto before = schema::fold(words[from - 1]);
        if (from + 1 == words.size() &&
            std::isupper(static_cast<unsigned char>(words[from - 1][0])) &&
            !office_word(before) && !not_a_person(before))
            break;
        if (auto c = table.canonical(joined(words, from))) return *c;
    }
    // Offices, places and what joins them come first: the name is what follows the last of
    // them (`Former Ambassador to Russia Michael McFaul` → Michael McFaul).
    std::size_t start = 0;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const auto folded = schema::fold(words[i]);
        if (office_word(folded) || connector(folded)) start = i + 1;
        // A place or body right after a connector (`to Russia`, `of State`) goes too.
        if (connector(folded) && i + 2 < words.size()) start = i + 2;
    }
    std::vector<std::string> rest(words.begin() + static_cast<long>(start), words.end());
    // `Americans for Prosperity`: what a connector leaves of a name is no name.
    if (start > 0 && rest.size() < 2 && connector(schema::fold(words[start - 1])))
        return std::nullopt;
    // Of what remains, a given name and a surname (with an initial or a suffix): words before
    // them in these introductions are places and bodies (`Colorado`, `Treasury`).
    // A three-word name the table does not know (`Recep Tayyip …`) loses its first word too:
    // on the development texts that cost fewer names than keeping every third word did.
    // A full name the article writes for a turn's label (`Yoon Suk Yeol`): nothing of it goes.
    if (labelled) return a_person(joined(rest, 0));
    std::size_t keep = 2;
    if (rest.size() >= 3 && (suffix(rest.back()) || initial(rest[rest.size() - 2]))) keep = 3;
    // `Mohammed bin Salman`, `Ursula von der Leyen`: a particle joins the name to the word
    // before it; capitalised too (`Jean-Yves Le Drian`), it is no given name.
    while (keep < rest.size() && lower_particle(schema::fold(rest[rest.size() - keep]))) ++keep;
    if (rest.size() > keep) rest.erase(rest.begin(), rest.end() - static_cast<long>(keep));
    if (rest.empty()) return a_person(name);
    return held_or_person(joined(rest, 0), table);
}

}  // namespace newsdex::attribution
