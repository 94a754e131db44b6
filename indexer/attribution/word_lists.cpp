#include "internal/word_lists.hpp"

#include <set>

namespace newsdex::attribution {

// The narration around quotes.

namespace {

const std::set<std::string, std::less<>>& speech_verbs() {
    static const std::set<std::string, std::less<>> v = [] {
        std::set<std::string, std::less<>> out = {
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write",
            "writes", "wrote", "reply", "replies", "replied", "admit", "admits", "admitted",
            "predict", "predicts", "predicted", "quip", "quips", "quipped", "quipping"};
        for (const char* stem :
             {"add", "stress", "note", "insist", "warn", "declare", "announce", "argue",
              "emphasise", "emphasize", "confirm", "call", "ask", "explain", "claim",
              "acknowledge", "suggest", "describe", "urge", "estimate", "criticise", "criticize",
              "condemn", "praise", "welcome", "dub", "quote", "comment", "remark", "respond",
              "accuse", "promise", "vow", "concede", "maintain", "recall", "joke", "complain",
              "caution", "brand", "label", "hail", "state", "continue", "observe", "point",
              "tweet", "reveal", "dismiss", "describe", "insist", "boast", "deny", "question",
              // `He commended Baku and Yerevan's "joint efforts …"`: a readout's praise.
              "commend",
              // `X blamed Prime Minister Y for clashes …`, `X denounced the "illegal" …`.
              "blame", "denounce",
              // `"…," X, Chairman of the Parliament, articulated in his social media post.`
              "articulate",
              // `"…", he alleged.`: a charge made in words.
              "allege",
              // `"…," she retorted.`, `he quipped`, `he exclaimed`.
              "retort", "exclaim"}) {
            std::string s(stem);
            if (s == "deny") {
                out.insert({"deny", "denies", "denied", "denying"});
                continue;
            }
            // `this support should continue “unabated …”`: the bare form goes on doing, it
            // does not speak (`he continued`, `continues`, `continuing` do).
            if (s != "continue") out.insert(s);
            // `fans criticising his performances` reports opinion, not speech.
            bool opinion = s == "criticise" || s == "criticize" || s == "condemn" ||
                           s == "praise" || s == "welcome" || s == "commend" ||
                           s == "blame" || s == "denounce";
            if (!opinion) out.insert((s.back() == 'e' ? s.substr(0, s.size() - 1) : s) + "ing");
            if (s.back() == 'e') {
                out.insert(s + "s");
                out.insert(s + "d");
            } else {
                out.insert(s + (s.ends_with("ss") || s.ends_with("sh") ? "es" : "s"));
                out.insert(s + "ed");
            }
        }
        out.insert("labelled");
        return out;
    }();
    return v;
}

}  // namespace

bool is_bare_speech_verb(std::string_view low) {
    const std::string w(low);
    return speech_verbs().count(w) &&
           (speech_verbs().count(w + "s") || speech_verbs().count(w + "es"));
}

// Capitalised, `States` or `Calls` is part of a name, not a verb.
bool is_speech_verb(const Tok& t) {
    return t.kind == Kind::word && !t.cap && speech_verbs().count(t.low);
}

bool speech_participle(const Tok& t) {
    if (t.kind != Kind::word || t.low.size() < 6 || !t.low.ends_with("ing")) return false;
    const std::string stem = t.low.substr(0, t.low.size() - 3);
    // `noting` → `noted`, `stressing` → `stressed`, `emphasizing` → `emphasized`.
    return speech_verbs().count(stem + "ed") || speech_verbs().count(stem + "d");
}

bool is_skippable_before_verb(const std::string& w) {
    static const std::set<std::string, std::less<>> s = {
        "also", "later", "then", "has", "had", "have", "was", "is", "will", "would", "could",
        "further", "again", "once", "earlier", "recently", "previously", "yesterday", "today",
        "repeatedly", "simply", "separately", "only", "publicly", "privately", "angrily", "firmly",
        "frankly", "bluntly", "candidly", "openly", "subsequently", "reportedly", "finally",
        "often", "always", "last", "afterwards", "afterward", "immediately", "quickly", "already",
        "never", "now", "still",
        // How strongly a stance is held: `The Secretary-General is deeply shocked`.
        "deeply", "gravely", "greatly", "profoundly", "seriously", "extremely",
        // Which point a readout singles out: `Mr Putin particularly noted …`.
        "particularly", "especially", "specifically", "strongly",
        // Wire copy's day before the verb: `Blinken Wednesday announced`.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // An emphatic reflexive after the subject: `Erdoğan himself earlier said`.
        "himself", "herself", "themselves",
        // The warmth of a greeting in a readout: `Vladimir Putin warmly congratulated …`.
        "warmly", "cordially", "heartily", "sincerely"};
    if (s.count(w)) return true;
    // How the words were said: `Peskov cynically said`, `emphatically denied`. Only the
    // endings of manner adverbs, not every `-ly` word (`the family said`, `the daily said`).
    static const char* const manner[] = {"ically", "ously", "ively", "fully", "lessly",
                                         "antly", "ently", "edly"};
    for (const char* end : manner)
        if (w.size() > std::string_view(end).size() + 2 && w.ends_with(end)) return true;
    return false;
}

bool is_pronoun(const std::string& w) {
    return w == "he" || w == "she" || w == "they" || w == "it" || w == "i" || w == "we";
}

bool is_particle(const std::string& w) {
    static const std::set<std::string, std::less<>> p = {"de", "van", "von", "der", "den",
                                                        "da", "dos", "du", "la", "le", "bin",
                                                        "al", "ibn", "di", "del", "ter"};
    return p.count(w) > 0;
}

bool unnamed_head(const std::string& w) {
    static const std::set<std::string, std::less<>> u = {
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source",
        "sources", "analyst", "analysts", "critic", "critics", "expert", "experts", "observer",
        "observers", "resident", "residents", "fan", "fans", "people", "campaigners",
        "witness", "witnesses", "insider", "insiders", "aide", "aides", "diplomat", "diplomats",
        "others", "some", "many", "executives", "economists", "members", "voters", "users",
        "engineers", "doctors", "rescuers", "scientists", "researchers", "activists",
        "protesters", "lawyers", "prosecutors", "investigators", "authorities", "organisers",
        "organizers", "supporters", "teachers", "parents", "students", "workers", "unions",
        "farmers", "traders", "dealers", "brokers", "investors", "managers", "ministers",
        "mps", "police", "officers", "leaders", "politicians", "economists", "bankers",
        "reports", "relatives", "neighbours", "neighbors", "locals", "villagers", "spokesmen",
        "spokeswomen", "representatives", "delegates", "commentators", "pundits", "viewers",
        "listeners", "readers", "consumers", "shoppers", "customers", "clients", "staff",
        "correspondents", "reporters", "journalists", "commentators", "aides", "advisers",
        "advisors", "insiders", "campaigners", "opponents", "rivals", "colleagues", "friends"};
    return u.count(w) > 0;
}

bool preposition(const std::string& w) {
    return w == "of" || w == "in" || w == "at" || w == "for" || w == "on" || w == "to" ||
           w == "from" || w == "with" || w == "after" || w == "before" || w == "during" ||
           w == "yesterday" || w == "today" || w == "last" || w == "this" || w == "when" ||
           w == "while" || w == "as";
}

bool relative_pronoun(const std::string& w) {
    return w == "who" || w == "whose" || w == "which" || w == "whom";
}

bool auxiliary(const std::string& w) {
    static const std::set<std::string, std::less<>> a = {
        "could", "would", "will", "should", "may", "might", "can", "must", "is", "was", "are",
        "were", "has", "had", "have", "did", "does", "do", "be", "been", "being", "shall"};
    return a.count(w) > 0;
}

bool document_noun(const std::string& w) {
    return w == "statement" || w == "letter" || w == "website" || w == "blog" || w == "book" ||
           w == "article" || w == "memo" || w == "email" || w == "e-mail" || w == "message" ||
           w == "column" || w == "autobiography" || w == "memoir" || w == "office";
}

// Nouns that stand for an organisation or its documents in `the firm said`.
bool organisation_role(const std::string& w) {
    static const std::set<std::string, std::less<>> o = {
        "firm", "company", "group", "statement", "report", "magazine", "paper", "newspaper",
        "alliance", "association", "union", "party", "council", "committee", "agency", "club",
        "organisation", "organization", "body", "charity", "website", "study", "survey",
        "lawsuit", "ruling", "letter", "bank", "giant", "retailer", "carrier", "airline",
        "manufacturer", "maker", "publisher", "label", "studio", "broadcaster", "network",
        "federation", "institute", "society", "regulator", "watchdog", "government"};
    return o.count(w) > 0;
}

bool subordinator(const std::string& w) {
    return w == "when" || w == "while" || w == "after" || w == "before" || w == "although" ||
           w == "though" || w == "as" || w == "if" || w == "since" || w == "because" ||
           w == "despite" || w == "once" || w == "until" || w == "whilst";
}

// Demonyms: `the American`, `the Belgian` describe a person; alone they name no one.
bool nationality(std::string_view w) {
    static const std::set<std::string, std::less<>> n = {
        "american", "british", "briton", "english", "englishman", "french", "frenchman",
        "german", "italian", "spanish", "spaniard", "dutch", "dutchman", "belgian", "irish",
        "irishman", "scottish", "scot", "scotsman", "welsh", "welshman", "australian", "russian",
        "chinese", "japanese", "brazilian", "argentine", "argentinian", "portuguese", "swiss",
        "swedish", "swede", "danish", "dane", "norwegian", "finnish", "finn", "greek", "turkish",
        "turk", "polish", "pole", "czech", "serbian", "serb", "croatian", "croat", "kenyan",
        "ethiopian", "moroccan", "nigerian", "canadian", "mexican", "indian", "pakistani",
        "israeli", "iraqi", "iranian", "egyptian", "ukrainian", "austrian", "hungarian",
        "romanian", "bulgarian", "slovak", "slovenian", "european", "african", "asian",
        "cameroonian", "ghanaian", "ivorian", "senegalese", "colombian", "chilean", "uruguayan",
        "peruvian", "venezuelan", "jamaican", "new zealander", "kiwi", "south african",
        "korean", "thai", "zimbabwean", "icelandic", "estonian", "latvian", "lithuanian",
        "georgian", "armenian", "belarusian", "bosnian", "albanian", "macedonian", "cypriot",
        "maltese", "luxembourger", "monegasque", "andorran", "azerbaijani", "azeri", "arab",
        "kazakh", "uzbek", "kyrgyz", "tajik", "turkmen", "moldovan", "syrian", "afghan",
        "palestinian", "saudi", "emirati", "qatari", "lebanese", "jordanian", "libyan",
        "tunisian", "algerian", "sudanese", "vietnamese", "filipino", "indonesian",
        "malaysian", "chechen", "tatar", "kurdish", "kurd", "abkhaz", "ossetian"};
    return n.count(w) > 0;
}

// Head nouns of a description that stands for a named person in `said the …`: ages, origins,
// nationalities, and what athletes and public figures are called.
bool person_descriptor(std::string_view w) {
    static const std::set<std::string, std::less<>> d = {
        "international", "veteran", "youngster", "teenager", "newcomer", "rookie", "medallist",
        "medalist", "finalist", "olympian", "all-rounder", "centre-back", "centre-half",
        "left-back", "right-back", "stand-off", "paceman", "spinner", "seamer", "keeper",
        "goalscorer", "hurdler", "rider", "driver", "racer", "wrestler", "ace", "stalwart",
        "winner", "nominee", "laureate",
        // `the Turkish parliamentarian pointed out that …`: the member the story is about.
        "parliamentarian", "lawmaker", "legislator", "politician"};
    auto ends = [&](std::string_view suffix) {
        return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
    };
    return d.count(w) > 0 || nationality(w) || ends("-year-old") || ends("-based") ||
           ends("-born") || ends("sman") || ends("swoman") || ends("-man") || ends("-woman");
}

bool plural_noun(std::string_view w) { return w.ends_with("s") && !w.ends_with("ss"); }

bool medium_noun(std::string_view w) {
    static const std::set<std::string, std::less<>> m = {
        "channel",  "newspaper", "paper",   "agency",  "outlet", "website", "portal",
        "magazine", "daily",     "weekly",  "station", "broadcaster", "tabloid", "podcast"};
    return m.count(w) > 0;
}

bool reporter_noun(std::string_view w) {
    return w == "journalist" || w == "reporter" || w == "correspondent" ||
           w == "interviewer" || w == "questioner";
}

bool noun_like_verb(const std::string& w) {
    static const std::set<std::string, std::less<>> n = {
        "question", "comment", "claim", "call", "state", "point", "quote", "label", "brand",
        "promise", "vow", "joke", "remark", "estimate", "reply", "note", "welcome", "tweet",
        "continue"};
    return n.count(w) > 0;
}

bool work_noun(const std::string& w) {
    static const std::set<std::string, std::less<>> n = {
        "study", "book", "novel", "film", "movie", "album", "song", "single", "programme",
        "program", "documentary", "series", "play", "musical", "opera", "campaign", "slogan",
        "motto", "headline", "show", "sitcom", "poem", "painting", "exhibition", "brand"};
    return n.count(w) > 0;
}

bool passive_auxiliary(const std::string& w) {
    return w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" ||
           w == "be";
}

bool determiner(const std::string& w) {
    return w == "the" || w == "a" || w == "an" || w == "one" || w == "another" || w == "its" ||
           w == "his" || w == "her" || w == "their" || w == "our" || w == "this" || w == "that";
}

// Names and what stands beside them.

namespace {

const std::set<std::string, std::less<>>& titles() {
    static const std::set<std::string, std::less<>> words = {
        // `PM Pashinyan raised …`: the prime minister's abbreviation as a title.
        "pm",
        "president", "vice", "prime", "minister", "chancellor", "premier", "king", "queen",
        "prince", "princess", "emir", "sultan", "sheikh", "secretary", "general", "deputy",
        "foreign", "defence", "defense", "ambassador", "chairman", "chairwoman", "chair",
        "chairperson", "speaker", "director", "mr", "mrs", "ms", "miss", "dr", "prof",
        "professor", "senator", "sen", "governor", "gov", "mayor", "commissioner", "spokesperson",
        "spokesman", "spokeswoman", "envoy", "representative", "rep", "commander", "admiral",
        "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "sir", "dame",
        "lord", "lady", "baroness", "baron", "earl", "excellency", "majesty", "mp", "mep",
        "judge", "justice", "bishop", "archbishop", "pope", "cardinal", "rev", "reverend",
        "father", "coach", "boss", "manager", "chief", "executive", "ceo", "shadow", "attorney",
        "solicitor", "detective", "inspector", "superintendent", "constable", "officer",
        "striker", "midfielder", "defender", "goalkeeper", "skipper", "star", "singer", "actor",
        "actress", "director-general", "head", "leader", "founder", "analyst", "economist",
        "producer", "author", "writer", "presenter", "designer", "lawyer", "chef", "artist",
        "musician", "rapper", "comedian", "composer", "conductor", "dancer", "broadcaster",
        "journalist", "editor", "correspondent", "campaigner", "activist", "researcher",
        "scientist", "consultant", "spokesperson", "president-elect", "vice-president",
        "champion", "player", "winger", "forward", "full-back", "fly-half", "centre", "prop",
        "hooker", "lock", "flanker", "scrum-half", "bowler", "batsman", "jockey", "trainer",
        "boxer", "athlete", "sprinter", "runner", "cyclist", "golfer", "swimmer", "referee",
        "umpire", "chairwoman", "vice-chairman", "secretary-general", "minister-president",
        "senior", "junior", "former", "acting", "interim", "outgoing", "incoming", "adviser",
        "advisor", "counselor", "counsellor", "assistant", "commander-in-chief"};
    return words;
}

const std::set<std::string, std::less<>>& peerages() {
    static const std::set<std::string, std::less<>> words = {
        "lord", "lady", "baroness", "baron", "earl", "prince", "princess", "king", "queen",
        "pope", "emir", "sultan", "sheikh", "dame"};
    return words;
}

const std::set<std::string, std::less<>>& male_words() {
    static const std::set<std::string, std::less<>> words = {
        "mr", "sir", "lord", "king", "prince", "baron", "earl", "father", "he",
        // Common first names (English-language news); unknown names stay unknown.
        "adam", "alan", "alex", "alexander", "andrew", "andy", "anthony", "arsene", "ben",
        "bill", "bob", "brian", "charles", "chris", "christopher", "colin", "craig", "dai",
        "daniel", "darren", "david", "dennis", "derek", "donald", "douglas", "ed", "edward",
        "eric", "frank", "gary", "geoff", "george", "gerry", "gordon", "graham", "greg", "harry",
        "henry", "howard", "ian", "jack", "jacques", "james", "jamie", "jason", "jeff", "jim",
        "jimmy", "joe", "john", "jonathan", "jose", "keith", "ken", "kenneth", "kevin", "lee",
        "mark", "martin", "matt", "matthew", "michael", "mick", "mike", "neil", "nick",
        "nicholas", "nigel", "oliver", "owen", "patrick", "paul", "peter", "philip", "phil",
        "richard", "rob", "robbie", "robert", "roger", "ronald", "roy", "ruslan", "ryan", "sam",
        "scott", "sean", "simon", "stephen", "steve", "steven", "stuart", "ted", "terry",
        "thomas", "tim", "tom", "tony", "vladimir", "volodymyr", "walter", "wayne", "william",
        "ilham", "glyn", "noel", "gregory", "kurt", "lynton", "nigel", "ruud", "gerhard", "jean", "juan", "carlos", "luis", "mohammed", "muhammad", "ali",
        "ahmed", "hu", "kofi", "silvio", "jacques", "dominique", "rupert", "alistair", "hilary",
        // Given names of the officials of Eastern Europe, the Caucasus and Türkiye that wire
        // stories quote.
        "sergei", "sergey", "dmitry", "dmitri", "dmytro", "andrii", "andriy", "oleksandr",
        "oleksii", "oleksiy", "mykhailo", "vitali", "vitaliy", "petro", "yuriy", "yuri",
        "viktor", "igor", "ivan", "nikolai", "nikol", "armen", "ararat", "serzh", "levon",
        "hikmet", "jeyhun", "elmar", "heydar", "recep", "mevlut", "hakan", "ibrahim", "ahmet",
        "mehmet", "mustafa", "irakli", "giorgi", "mikheil", "davit", "bidzina", "jens",
        "antony", "emmanuel", "olaf", "boris", "rishi", "keir", "josep", "antonio", "volker"};
    return words;
}

const std::set<std::string, std::less<>>& female_words() {
    static const std::set<std::string, std::less<>> words = {
        "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "baroness", "she",
        "alison", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "beverley",
        "carol", "caroline", "catherine", "charlotte", "cherie", "christine", "claire", "clare",
        "condoleezza", "diana", "elizabeth", "emma", "estelle", "fiona", "gillian", "hazel",
        "helen", "hillary", "jacqui", "jane", "janet", "jennifer", "jessica", "jo", "joan",
        "judith", "julia", "julie", "karen", "kate", "katherine", "kathryn", "kelly", "kim",
        "laura", "linda", "lisa", "louise", "lucy", "margaret", "maria", "mary", "michelle",
        "nicola", "patricia", "paula", "rachel", "rebecca", "ruth", "sally", "sandra", "sarah",
        "serena", "sharon", "sophie", "sue", "susan", "tessa", "theresa", "tracey", "venus",
        "victoria", "yulia", "angelina", "madonna", "kylie", "britney", "oprah", "paula",
        "salome", "olena", "iryna", "ursula", "kaja", "kamala", "karine", "annalena", "liz",
        "giorgia", "marine", "tamar", "nino", "natalia", "valentina", "svetlana", "olga",
        // More common English first names.
        "nancy", "emily", "deborah", "donna", "dorothy", "heather", "megan", "nicole",
        "stephanie", "andrea", "samantha", "melissa", "natalie", "olivia", "hannah", "grace",
        "kristen", "betty"};
    return words;
}

const std::set<std::string, std::less<>>& openers() {
    static const std::set<std::string, std::less<>> words = {
        "but", "and", "or", "so", "yet", "however", "meanwhile", "yesterday", "today", "now",
        "also", "in", "on", "at", "after", "before", "when", "while", "speaking", "asked",
        "last", "this", "that", "these", "those", "the", "a", "an", "earlier", "later", "then",
        "there", "here", "if", "as", "since", "although", "though", "because", "with",
        "without", "for", "from", "by", "of", "to", "under", "during", "despite", "instead",
        "indeed", "still", "even", "only", "writing", "interviewed", "separately", "elsewhere",
        "nevertheless", "furthermore", "moreover", "overall", "finally", "first", "second",
        "recently", "previously", "currently", "initially", "ultimately", "unfortunately",
        "fortunately", "obviously", "clearly",
        "third", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "my",
        "both", "many", "some", "several", "most", "all", "each", "every", "no", "not", "few",
        "more", "less", "other", "such", "any", "either", "neither", "what", "which", "who",
        "whose", "how", "why", "where", "once", "until", "unless", "whether", "perhaps",
        "maybe", "yes", "well", "oh", "just", "already", "again", "around", "about", "over",
        "among", "between", "against", "like", "unlike", "given", "including", "following", "having", "being", "let", "your", "one"};
    return words;
}

const std::set<std::string, std::less<>>& organisation_words() {
    static const std::set<std::string, std::less<>> words = {
        "association", "council", "party", "bank", "group", "ltd", "plc", "inc", "corp",
        "company", "committee", "commission", "union", "agency", "office", "ministry",
        "department", "government", "assembly", "parliament", "federation", "institute",
        "republic", "kingdom", "emirates", "university", "foundation", "organisation", "organization",
        "board", "authority",
        "court", "club", "league", "fund", "trust", "service", "services", "network",
        "industry", "industries", "society", "alliance", "coalition", "police", "army",
        "tories", "labour", "conservatives", "democrats", "republicans", "fa", "uefa", "fifa",
        "bbc", "report", "statement", "study", "survey", "poll", "website", "magazine",
        "newspaper", "channel", "times", "post", "journal", "press", "records", "pictures",
        "studios", "microsoft", "google", "apple", "sony", "nintendo", "intel", "ibm",
        "treasury", "exchequer", "reuters", "agency", "centre", "center", "foundation",
        "airways", "airlines", "motors", "energy", "capital", "partners", "holdings",
        "securities", "telecom", "systems", "media", "news", "broadcasting", "fellowship",
        // A television or radio channel (`Para TV: …?`, an outlet asking a question).
        "tv", "radio", "television",
        "conservative", "liberal", "executive", "cabinet", "senate", "congress", "nations",
        "opec", "imf", "wto", "eu", "un", "nato", "fbi", "cia", "nhs", "riaa", "bpi", "eff",
        "united", "city", "rovers", "albion", "wanderers", "athletic", "county", "villa",
        "hotspur", "arsenal", "chelsea", "liverpool", "everton", "celtic", "rangers", "brom",
        "town", "wednesday", "forest", "palace", "ham", "saints", "fc", "rfc", "team", "squad",
        "side", "wales", "england", "scotland", "ireland", "france", "italy", "ministry",
        // Military units and commands that issue statements.
        "battalion", "brigade", "regiment", "division", "corps", "command", "headquarters",
        "forces", "fleet", "squadron", "garrison", "directorate", "secretariat", "presidency",
        "embassy", "consulate", "mission", "delegation", "programme", "program", "initiative",
        "declaration", "communique", "communiqué",
        // A country's parts (`the Nizhny Novgorod Region`, `Krasnodar Territory`): places,
        // whose people write in, not persons.
        "region", "territory", "oblast", "province", "krai",
        // Regions of several countries (`the two South Caucasus states`).
        "caucasus", "balkans", "baltics"};
    return words;
}

}  // namespace

bool is_title_word(std::string_view folded) { return titles().count(folded) > 0; }
bool is_honorific(std::string_view folded) {
    return folded == "mr" || folded == "mrs" || folded == "ms" || folded == "miss" ||
           folded == "dr" || folded == "mr." || folded == "mrs." || folded == "dr." ||
           folded == "madam" || folded == "madame";
}
bool is_public_office(std::string_view folded) {
    static const std::set<std::string, std::less<>> words = {
        "president", "vice-president", "president-elect", "minister", "premier", "pm",
        "chancellor", "secretary", "secretary-general", "spokesperson", "spokesman",
        "spokeswoman", "ambassador", "envoy", "commissioner", "governor", "mayor", "senator",
        "representative"};
    return words.count(folded) > 0;
}
bool is_peerage(std::string_view folded) { return peerages().count(folded) > 0; }
bool is_sentence_opener(std::string_view folded) { return openers().count(folded) > 0; }
bool is_organisation_word(std::string_view folded) {
    return organisation_words().count(folded) > 0;
}

Gender gender_of_word(std::string_view folded) {
    if (male_words().count(folded)) return Gender::male;
    if (female_words().count(folded)) return Gender::female;
    return Gender::unknown;
}

}  // namespace newsdex::attribution
