#include "internal/name_parts.hpp"

#include <set>

#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

const std::set<std::string, std::less<>>& titles() {
    static const std::set<std::string, std::less<>> words = {
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
        "senior", "junior", "former", "acting", "interim", "outgoing", "incoming"};
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
        "ahmed", "hu", "kofi", "silvio", "jacques", "dominique", "rupert", "alistair", "hilary"};
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
        "victoria", "yulia", "angelina", "madonna", "kylie", "britney", "oprah", "paula"};
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
        "third", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "my",
        "both", "many", "some", "several", "most", "all", "each", "every", "no", "not", "few",
        "more", "less", "other", "such", "any", "either", "neither", "what", "which", "who",
        "whose", "how", "why", "where", "once", "until", "unless", "whether", "perhaps",
        "maybe", "yes", "well", "oh", "just", "already", "again", "around", "about", "over",
        "among", "between", "against", "like", "unlike", "given", "including", "following"};
    return words;
}

const std::set<std::string, std::less<>>& organisation_words() {
    static const std::set<std::string, std::less<>> words = {
        "association", "council", "party", "bank", "group", "ltd", "plc", "inc", "corp",
        "company", "committee", "commission", "union", "agency", "office", "ministry",
        "department", "government", "assembly", "parliament", "federation", "institute",
        "university", "foundation", "organisation", "organization", "board", "authority",
        "court", "club", "league", "fund", "trust", "service", "services", "network",
        "industry", "industries", "society", "alliance", "coalition", "police", "army",
        "tories", "labour", "conservatives", "democrats", "republicans", "fa", "uefa", "fifa",
        "bbc", "report", "statement", "study", "survey", "poll", "website", "magazine",
        "newspaper", "channel", "times", "post", "journal", "press", "records", "pictures",
        "studios", "microsoft", "google", "apple", "sony", "nintendo", "intel", "ibm",
        "treasury", "exchequer", "reuters", "agency", "centre", "center", "foundation",
        "airways", "airlines", "motors", "energy", "capital", "partners", "holdings",
        "securities", "telecom", "systems", "media", "news", "broadcasting", "fellowship",
        "conservative", "liberal", "executive", "cabinet", "senate", "congress", "nations",
        "opec", "imf", "wto", "eu", "un", "nato", "fbi", "cia", "nhs", "riaa", "bpi", "eff",
        "united", "city", "rovers", "albion", "wanderers", "athletic", "county", "villa",
        "hotspur", "arsenal", "chelsea", "liverpool", "everton", "celtic", "rangers", "brom",
        "town", "wednesday", "forest", "palace", "ham", "saints", "fc", "rfc", "team", "squad",
        "side", "wales", "england", "scotland", "ireland", "france", "italy", "ministry"};
    return words;
}

}  // namespace

bool is_title_word(std::string_view folded) { return titles().count(folded) > 0; }
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

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto start = text.find_first_not_of(' ', pos);
        if (start == std::string_view::npos) break;
        auto end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        out.emplace_back(text.substr(start, end - start));
        pos = end;
    }
    return out;
}

SplitName split_title(const std::vector<std::string>& words) {
    SplitName out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto folded = schema::fold(words[i]);
        if (!folded.empty() && folded.back() == '.') folded.pop_back();
        if (is_title_word(folded)) start = i + 1;
    }
    if (start == words.size()) start = 0;
    if (start > 0 && words.size() - start == 1) {
        auto folded = schema::fold(words[start - 1]);
        if (is_peerage(folded)) --start;
    }
    out.titles.assign(words.begin(), words.begin() + static_cast<long>(start));
    out.name.assign(words.begin() + static_cast<long>(start), words.end());
    return out;
}

}  // namespace newsdex::attribution
