#include "internal/self_introduction.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "attribution.hpp"
#include "internal/name_parts.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

// The most of a question's opening read for its asker's introduction.
constexpr std::size_t kOpening = 400;

// The words of a region's name an asker gives with their town (`Syktyvkar, Komi Republic`,
// `Ulyanovsk Region`), never of a person's.
bool place_word(const std::string& folded) {
    return folded == "republic" || folded == "region" || folded == "territory" ||
           folded == "province" || folded == "district" || folded == "oblast";
}

// A word of a person's name: title case, not a function word; the first not a title either
// (a surname may be one: `Amanda Head`).
bool name_part(const std::string& word, bool first) {
    if (!title_case(word)) return false;
    const auto folded = schema::fold(word);
    // (`Ukrainian Television`: a demonym opens an outlet's name, not a person's. `Madam
    // Chancellor, Mr. President.`: an honorific addresses someone; it names no asker.)
    return !(first && (is_title_word(folded) || nationality(folded))) && !is_honorific(folded) &&
           !is_sentence_opener(folded) && !is_organisation_word(folded) && !place_word(folded);
}

std::string bare(std::string word) {
    while (!word.empty() && std::string_view(",.:;!?").find(word.back()) != std::string_view::npos)
        word.pop_back();
    return word;
}

// Capitalised or starting with a digit: how an outlet's or a person's name may begin.
bool capital_or_digit(const std::string& word) {
    return !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) ||
                             std::isdigit(static_cast<unsigned char>(word[0])));
}

// The lower-case words an outlet's name is written with (`Rossiya TV channel`, `Kommersant
// newspaper`, `the Associated Press`, `the Vesti program`).
bool outlet_word(const std::string& folded) {
    static const std::set<std::string, std::less<>> words = {
        "the",         "of",         "and",  "channel", "newspaper", "agency",  "magazine",
        "radio",       "television", "news", "network", "daily",     "website", "service",
        "broadcaster", "company",    "tv",   "program", "programme"};
    return words.count(folded) > 0;
}

bool acronym(const std::string& word) {
    return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c));
           });
}

// `U.S. correspondent.`, `White House correspondent.`: a reporter's post closing the
// sentence from `at` on, in a few words.
bool post_ends_sentence(const std::vector<std::string>& words, std::size_t at) {
    for (std::size_t k = at; k < words.size() && k < at + 4; ++k) {
        const auto b = schema::fold(bare(words[k]));
        // (`U.S.`: an abbreviation's stop ends no sentence.)
        if (bare(words[k]) == words[k] || b.find('.') != std::string::npos) continue;
        return words[k].back() == '.' &&
               (b == "correspondent" || b == "reporter" || b == "editor" || b == "columnist" ||
                b == "chief" || b == "anchor" || b == "journalist");
    }
    return false;
}

// `Reuters.`, `Rossiya TV channel.`: an outlet's name closing its sentence, from `at` on.
bool outlet_ends_sentence(const std::vector<std::string>& words, std::size_t at) {
    // (`Alexei Anishchouk, the Reuters news agency.`)
    if (at + 1 < words.size() && words[at] == "the") ++at;
    for (std::size_t k = at; k < words.size() && k < at + 6; ++k) {
        const auto& w = words[k];
        const auto b = bare(w);
        if (b.empty() ||
            (k == at ? !capital_or_digit(b) : !capital_or_digit(b) && !outlet_word(schema::fold(b))))
            return false;
        // An acronym may end at a comma too (`Nancy Cordes, CBS, and …`), an outlet named
        // with what it is (`Greater Cheremshan newspaper, Ulyanovsk Region.`), and any outlet
        // before the reporter's post (`Ukrainian Television, U.S. correspondent.`).
        if (b != w)
            return w.back() == '.' || (k == at && w.back() == ',' && acronym(b)) ||
                   (k > at && w.back() == ',' && outlet_word(schema::fold(b)) &&
                    schema::fold(b) != "the" && schema::fold(b) != "of" &&
                    schema::fold(b) != "and") ||
                   (w.back() == ',' && post_ends_sentence(words, k + 1));
    }
    return false;
}

// `RIA Novosti`, `Associated Press`, `Vesti FM and Radio Mayak`, `Syktyvkar, Komi Republic`:
// the words from `from` to `to` (a sentence's start to the comma before a name) name an
// outlet or a place — capitalised or outlet words, one of them an acronym, an outlet's or an
// organisation's word or a region's.
bool outlet_or_place(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    if (to <= from || to - from > 6) return false;
    bool marked = false;
    for (std::size_t k = from; k < to; ++k) {
        const auto b = bare(words[k]);
        const auto folded = schema::fold(b);
        if (b.empty() || (!capital_or_digit(b) && !outlet_word(folded))) return false;
        // (Only the comma before the name, or one between a town and its region.)
        if (b != words[k] && k + 1 != to && words[k].back() != ',') return false;
        marked = marked || acronym(b) ||
                 (outlet_word(folded) && folded != "the" && folded != "of" && folded != "and") ||
                 is_organisation_word(folded) || place_word(folded);
    }
    return marked;
}

// `on behalf of` at `at`: how a reporter interpreted from French gives their outlet.
bool on_behalf_of(const std::vector<std::string>& words, std::size_t at) {
    return at + 3 < words.size() && schema::fold(words[at]) == "on" &&
           schema::fold(words[at + 1]) == "behalf" && schema::fold(words[at + 2]) == "of";
}

// The first word of an outlet's name: capitalised, or a brand's own spelling (`i24NEWS`).
bool outlet_start(const std::string& word) {
    if (capital_or_digit(word)) return true;
    return word.size() > 1 && std::islower(static_cast<unsigned char>(word[0])) &&
           std::any_of(word.begin() + 1, word.end(),
                       [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

// `for the New York Times.`: from `at`, an outlet's name of one to four capitalised words
// that ends the sentence.
bool outlet_closes_sentence(const std::vector<std::string>& words, std::size_t at) {
    if (at < words.size() && schema::fold(words[at]) == "the") ++at;
    for (std::size_t k = at; k < words.size() && k < at + 4; ++k) {
        if (!outlet_start(words[k])) return false;
        if (words[k].back() == '.') return true;
        if (bare(words[k]) != words[k]) return false;
    }
    return false;
}

// How many words from `i` make a name (two or three name words) followed by its outlet:
// `Amanda Head with Just the News`, `Trevor Hunnicutt from Reuters`, `Jongjin Park of Money
// Today`, `Pavel Zarubin, Rossiya TV channel.`; 0 when they do not.
std::size_t name_with_outlet(const std::vector<std::string>& words, std::size_t i) {
    std::size_t n = 0;
    while (i + n < words.size() && n < 3 && name_part(bare(words[i + n]), n == 0)) {
        const bool comma = words[i + n].back() == ',';
        if (bare(words[i + n]) != words[i + n] && !comma) return 0;
        ++n;
        if (comma) {
            // `Name Surname, Outlet.`, `Name Surname, on behalf of Outlet.`
            auto at = i + n;
            if (on_behalf_of(words, at)) at += 3;
            // `Nancy Cordes, with NBC — CBS.`: the comma before `with` or `from`, after a name
            // whose first word is a known first name (`Seung Min, with the Washington Post.`
            // is a given name of two words, one asker called by first name only).
            if (at + 1 < words.size() &&
                (schema::fold(words[at]) == "with" || schema::fold(words[at]) == "from")) {
                if (schema::fold(words[at + 1]) == "the" && at + 2 < words.size()) ++at;
                return n >= 2 && outlet_start(words[at + 1]) &&
                               gender_of_word(schema::fold(words[i])) != Gender::unknown
                           ? n
                           : 0;
            }
            return n >= 2 && outlet_ends_sentence(words, at) ? n : 0;
        }
    }
    if (n < 2 || i + n >= words.size()) return 0;
    const auto next = schema::fold(words[i + n]);
    // `… of Money Today` too: how interpreters render a Korean or a Japanese reporter's.
    std::size_t at = i + n + 1;
    if (on_behalf_of(words, i + n)) at = i + n + 3;
    // `Keith Bradsher for the New York Times.`: `for` only before an outlet ending the
    // sentence (not `Vladimir Putin for the past year has …`).
    else if (next == "for") return outlet_closes_sentence(words, at) ? n : 0;
    else if (next != "with" && next != "from" && next != "of") return 0;
    // The outlet's name: `with Reuters`, `from the Associated Press`, `from i24NEWS`, not
    // `with his allies`.
    if (at < words.size() && schema::fold(words[at]) == "the") ++at;
    return at < words.size() && outlet_start(words[at]) ? n : 0;
}

// How many words from `i` make a name of two or three words that ends a sentence or a clause
// (`Andrea Mitchell.`, `Andrea Mitchell, …`); 0 when they do not.
std::size_t name_alone(const std::vector<std::string>& words, std::size_t i) {
    std::size_t n = 0;
    while (i + n < words.size() && n < 3 && name_part(bare(words[i + n]), n == 0)) {
        ++n;
        if (bare(words[i + n - 1]) != words[i + n - 1]) return n >= 2 ? n : 0;
    }
    return n >= 2 && i + n == words.size() ? n : 0;
}

// How many words from `i` make a name of two or three words followed by `for` and a
// capitalised word (`Yaroslav Dovgopol for News Agency Ukraine`); 0 when they do not.
std::size_t name_for_outlet(const std::vector<std::string>& words, std::size_t i) {
    std::size_t n = 0;
    while (i + n < words.size() && n < 3 && bare(words[i + n]) == words[i + n] &&
           name_part(words[i + n], n == 0))
        ++n;
    if (n < 2 || i + n + 1 >= words.size() || schema::fold(words[i + n]) != "for") return 0;
    return capital_or_digit(words[i + n + 1]) ? n : 0;
}

// A reporter's post written before their name as a title is (`Reporter Won Junghee`).
bool reporter_post(const std::string& folded) {
    return folded == "reporter" || folded == "correspondent" || folded == "journalist";
}

std::string joined(const std::vector<std::string>& words, std::size_t i, std::size_t n) {
    std::string name;
    for (std::size_t k = 0; k < n; ++k) name += (k ? " " : "") + bare(words[i + k]);
    return name;
}

}  // namespace

std::optional<std::string> self_introduced(const std::string& text) {
    // Only the opening of the question, its first few sentences: a name further on is
    // someone it is about.
    std::size_t end = 0;
    for (int sentences = 0; sentences < 6 && end < text.size() && end < kOpening; ++sentences) {
        end = text.find_first_of(".?!", end);
        end = end == std::string::npos ? text.size() : end + 1;
    }
    auto words = split_words(text.substr(0, std::min(end, kOpening)));
    for (std::size_t i = 0; i < words.size(); ++i) {
        // What comes before the name: the start, a greeting or thanks ending in a stop or a
        // comma, or words saying who the asker is (`I'm`, `I am`, `this is`, `it's`, `my name
        // is`); after `I'm`, `I am` and `my name is` the outlet may go unsaid.
        bool says_who = false, names_self = false;
        if (i > 0) {
            const auto& before = words[i - 1];
            const auto folded = schema::fold(before);
            const auto two = i > 1 ? schema::fold(words[i - 2]) : std::string();
            // `It’s actually Cecilia Vega with ABC`: an adverb between says the same.
            const bool adverb = (folded == "actually" || folded == "just" || folded == "also") &&
                                i > 1;
            const auto& who = adverb ? two : folded;
            says_who = who == "i'm" || who == "i’m" || who == "it's" || who == "it’s" ||
                       (folded == "am" && two == "i") ||
                       (folded == "is" && (two == "this" || two == "name"));
            names_self = folded == "i'm" || folded == "i’m" || (folded == "am" && two == "i") ||
                         (folded == "is" && two == "name");
            // `Presidents — William Galibert, …`: a dash sets the name off like a comma; `(As
            // interpreted.) Reporter …`: a note closes a sentence as a stop does.
            const bool dash = before == "—" || before == "–";
            if (!says_who && !dash && before.back() != '.' && before.back() != ',' &&
                !before.ends_with(".)"))
                continue;
        }
        // `Reporter Won Junghee from MBN.`: the asker's post before the name.
        const std::size_t at = i;
        if (i + 1 < words.size() && reporter_post(schema::fold(words[i]))) ++i;
        auto n = name_with_outlet(words, i);
        if (n == 0 && names_self) n = name_alone(words, i);
        // `RIA Novosti, Yelena Glushakova.`, `Associated Press, Vladimir Isachenkov.`: the
        // outlet first, from the sentence's start, then the name closing the sentence.
        if (n == 0 && i > 0 && words[i - 1].back() == ',') {
            std::size_t start = i - 1;
            while (start > 0 && words[start - 1].back() != '.' && words[start - 1].back() != '?' &&
                   words[start - 1].back() != '!')
                --start;
            const auto m = name_alone(words, i);
            if (m > 0 && words[i + m - 1].back() == '.' && outlet_or_place(words, start, i)) n = m;
        }
        // `My name is Yaroslav Dovgopol for News Agency Ukraine.`: after the asker says it is
        // their name, `for` gives the outlet too.
        if (n == 0 && names_self) n = name_for_outlet(words, i);
        if (n == 0) {
            i = at;
            continue;
        }
        return joined(words, i, n);
    }
    return std::nullopt;
}

bool gives_name_and_outlet(const std::string& text) {
    // `Nakakuki of Kyodo News.`, `Thank you. Shimizu of NHK.`: among the first two sentences,
    // one of a few words only, a name word then `of`, `from` or `with` and a capitalised word.
    const auto words = split_words(text.substr(0, std::min(text.size(), kOpening)));
    std::size_t start = 0;
    for (int sentence = 0; sentence < 2 && start < words.size(); ++sentence) {
        std::size_t end = start;
        while (end < words.size() && std::string_view(".?!").find(words[end].back()) ==
                                         std::string_view::npos)
            ++end;
        if (end >= words.size()) return false;
        std::size_t i = start;
        if (i + 1 < end && reporter_post(schema::fold(words[i]))) ++i;
        std::size_t n = 0;
        while (i + n < end && n < 3 && bare(words[i + n]) == words[i + n] &&
               name_part(words[i + n], n == 0))
            ++n;
        if (n > 0 && i + n < end && end - start <= 6) {
            const auto link = schema::fold(words[i + n]);
            if ((link == "of" || link == "from" || link == "with") && capital_or_digit(words[i + n + 1]))
                return true;
        }
        start = end + 1;
    }
    return false;
}

std::optional<std::string> name_in_reply(const std::string& text) {
    // `Just the News. Amanda Head.`, `Reuters, Jeff Mason.`: a few words, one stretch of
    // them between stops or commas exactly a name.
    const auto words = split_words(text);
    if (words.empty() || words.size() > 10) return std::nullopt;
    std::optional<std::string> found;
    std::size_t start = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const auto& w = words[k];
        if (bare(w) == w && k + 1 < words.size()) continue;
        const auto n = k + 1 - start;
        bool name = n >= 2 && n <= 3;
        for (std::size_t m = start; name && m <= k; ++m)
            name = name_part(bare(words[m]), m == start);
        if (name) {
            if (found) return std::nullopt;  // two names: which one is the asker's is a guess
            found = joined(words, start, n);
        }
        start = k + 1;
    }
    return found;
}

namespace {

// `you go to`, `they turn to`: a subject that goes somewhere itself; a host giving the
// floor says `let's`, `we'll`, `I'll` or nothing.
bool travels(const std::string& folded_subject) {
    return folded_subject == "you" || folded_subject == "they" || folded_subject == "he" ||
           folded_subject == "she" || folded_subject == "people" || folded_subject == "to" ||
           folded_subject == "i";
}

// The first word of a place's name (`North Carolina`, `Los Angeles`, `New York`), never of a
// person's called to ask.
bool place_opener(const std::string& folded) {
    return folded == "north" || folded == "south" || folded == "east" || folded == "west" ||
           folded == "new" || folded == "los" || folded == "las" || folded == "san" ||
           folded == "santa" || folded == "fort" || folded == "port" || folded == "lake" ||
           folded == "mount";
}

// A moderator opening a caller's line (`open the line for`, `open up the line again, please,
// for`): `line` earlier in the sentence before `for` at `i - 1`.
bool opens_a_line(const std::vector<std::string>& words, std::size_t i) {
    for (std::size_t k = i - 1; k-- > 0;) {
        const char last = words[k].back();
        if (last == '.' || last == '?' || last == '!') return false;
        if (schema::fold(bare(words[k])) == "line") return true;
    }
    return false;
}

// `next question is`, `next question, which is`: the word at `i` (before `is`) says which
// question comes, so the name after `is` is its asker's.
bool names_the_question(const std::vector<std::string>& words, std::size_t i) {
    // `the first question, I'm told, is`: an aside between the question and `is`.
    if (words[i].back() == ',' && schema::fold(bare(words[i])) != "question")
        for (std::size_t k = i; k-- > 0 && k + 4 > i;)
            if (words[k].back() == ',') {
                if (schema::fold(bare(words[k])) == "question") i = k;
                break;
            }
    const auto word = schema::fold(words[i]);
    if (word == "which" && i > 0 && words[i - 1].back() == ',') --i;
    else if (schema::fold(bare(words[i])) != "question") return false;
    if (schema::fold(bare(words[i])) != "question" || i == 0) return false;
    const auto which = schema::fold(words[i - 1]);
    return which == "next" || which == "last" || which == "first" || which == "final" ||
           which == "following";
}

// `Reuters, Jeff Mason.`, `Associated Press, Colleen Long, for the first question`: from `i`,
// an outlet's name of one to four capitalised words (no title, no sentence opener), a comma,
// then a full name closing the sentence or set off by a comma. The name's length, its start
// in `at`; 0 when the words are not so.
std::size_t outlet_then_name(const std::vector<std::string>& words, std::size_t i,
                             std::size_t& at) {
    for (std::size_t k = i; k < words.size() && k < i + 4; ++k) {
        const auto b = bare(words[k]);
        const auto folded = schema::fold(b);
        if (b.empty() || is_title_word(folded) || is_pronoun(folded) ||
            (k == i ? !capital_or_digit(b) || is_sentence_opener(folded)
                    : !capital_or_digit(b) && !outlet_word(folded)))
            return 0;
        if (b == words[k]) continue;
        // (`Marek, Polskie Radio.`: a first name then the outlet, not the other way round.)
        if (words[k].back() != ',' || (k == i && gender_of_word(folded) != Gender::unknown))
            return 0;
        at = k + 1;
        const auto n = name_alone(words, at);
        if (n == 0) return 0;
        for (std::size_t m = at; m < at + n; ++m) {
            const auto part = schema::fold(bare(words[m]));
            if (outlet_word(part) || is_organisation_word(part)) return 0;
        }
        const char last = words[at + n - 1].back();
        return last == ',' || last == '.' || last == '?' ? n : 0;
    }
    return 0;
}

// Words a host's call may open with before the outlet (`Yes, it's Helsingin Sanomat, …`).
bool call_lead(const std::string& word) {
    const auto folded = schema::fold(bare(word));
    return folded == "yes" || folded == "yeah" || folded == "okay" || folded == "ok" ||
           folded == "so" || folded == "now" || folded == "and" || folded == "it's" ||
           folded == "it’s";
}

// `David Cochrane, CBC, from Canada, will be asking to Prime Minister Trudeau.`, `Sara Pablo of
// the Formula Group will pose a question to …`: a moderator's sentence from `i` to `end`
// that opens with a name and its outlet and says that person will ask.
bool will_ask(const std::vector<std::string>& words, std::size_t i, std::size_t end) {
    bool will = false;
    for (std::size_t k = i; k <= end && k < words.size(); ++k) {
        const auto folded = schema::fold(bare(words[k]));
        if (folded == "will") will = true;
        else if (will && (folded == "ask" || folded == "asking" || folded == "question"))
            return true;
    }
    return false;
}

// The most words of a host's line that calls a name after saying it calls someone.
constexpr std::size_t kCallAfterCue = 30;

// `I guess the first person I'm calling on is Josh. Josh Boak. Josh?`, `We'll now go to a
// Canadian question. Christian Noel.`: a short host line that speaks of a question or a call,
// then a sentence that is only a full name, after which at most the name's first word is
// called out again. The name; nullopt when the line is not so.
std::optional<std::string> name_after_call_cue(const std::vector<std::string>& words) {
    if (words.size() > kCallAfterCue) return std::nullopt;
    auto ends = [](const std::string& w) {
        return std::string_view(".?!").find(w.back()) != std::string_view::npos;
    };
    bool cue = false;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const auto folded = schema::fold(bare(words[k]));
        if (folded == "question" || folded == "questions" ||
            ((folded == "calling" || folded == "call") && k + 1 < words.size() &&
             schema::fold(words[k + 1]) == "on")) {
            cue = true;
            continue;
        }
        if (!cue || k == 0 || !ends(words[k - 1])) continue;
        std::size_t end = k;
        while (end < words.size() && !ends(words[end])) ++end;
        if (end == words.size() || words[end].back() != '.') continue;
        const std::vector<std::string> sentence(words.begin() + k, words.begin() + end + 1);
        if (name_alone(sentence, 0) != sentence.size()) continue;
        // After it, only the first name called out again (`Josh?`).
        const auto first = schema::fold(bare(sentence[0]));
        bool rest = true;
        for (std::size_t m = end + 1; m < words.size() && rest; ++m)
            rest = schema::fold(bare(words[m])) == first && m + 1 == words.size();
        if (rest) return joined(sentence, 0, sentence.size());
    }
    return std::nullopt;
}

// The most words of a host's call line that gives a full name among short asides.
constexpr std::size_t kCallWithAsides = 12;

// `Jennifer. Jennifer Jacobs.`, `David Sanger. I thought I saw David. There he is.`: a short
// host line of at most three sentences, the first or the last only a full name, the others
// naming no one else — their capitalised words only a sentence's first word, `I`, or the
// name's first word (the asker called by first name before or after). The name; nullopt
// when the line is not so.
std::optional<std::string> name_among_asides(const std::vector<std::string>& words) {
    if (words.size() > kCallWithAsides) return std::nullopt;
    std::vector<std::pair<std::size_t, std::size_t>> sentences;  // [start, end)
    for (std::size_t start = 0, k = 0; k < words.size(); ++k)
        if (std::string_view(".?!").find(words[k].back()) != std::string_view::npos ||
            k + 1 == words.size()) {
            sentences.emplace_back(start, k + 1);
            start = k + 1;
        }
    if (sentences.size() < 2 || sentences.size() > 3) return std::nullopt;
    for (const std::size_t which : {std::size_t{0}, sentences.size() - 1}) {
        const auto [from, to] = sentences[which];
        const std::vector<std::string> sentence(words.begin() + from, words.begin() + to);
        if (sentence.back().back() != '.' || name_alone(sentence, 0) != sentence.size()) continue;
        const auto first = schema::fold(bare(sentence[0]));
        bool asides = true;
        for (std::size_t s = 0; asides && s < sentences.size(); ++s) {
            if (s == which) continue;
            for (std::size_t k = sentences[s].first; asides && k < sentences[s].second; ++k) {
                const auto b = bare(words[k]);
                const auto folded = schema::fold(b);
                // (A sentence's first word may be any word but another name: `There he is.`,
                // `Jennifer.`, not `Tom.`)
                asides = !capital_or_digit(b) || b == "I" || folded == first ||
                         (k == sentences[s].first && !name_part(b, true));
            }
        }
        if (asides) return joined(sentence, 0, sentence.size());
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> asker_called(const std::string& text) {
    // `Our next question comes from Aamer Madhani with the Associated Press.`, `Next, we'll go
    // to the line of Pavel Zarubin, Rossiya TV channel.`, `Let's go to Andrea Mitchell.`, `I
    // call on Dawn Tan, Channel NewsAsia.`
    const auto words = split_words(text);
    for (std::size_t i = 2; i < words.size(); ++i) {
        const auto before = schema::fold(words[i - 1]);
        const auto two = schema::fold(words[i - 2]);
        // (`The next question will come from Nandita Bose of Reuters.`, `the final question
        // will be from Asma Khalid of NPR`.)
        if (!((before == "from" && (two == "comes" || two == "come" || two == "be" ||
                                    two == "question" || two == "questions" || two == "hear")) ||
              (before == "to" && (two == "go" || two == "turn" || two == "goes")) ||
              // `For our next question we'll go with Jenny Hansler from CNN.`
              (before == "with" && (two == "go" || two == "goes")) ||
              // `Let me ask Ayub Abdikadir from Kenya for the next question.`
              (before == "ask" && (two == "me" || two == "us" || two == "i")) ||
              // `First question: Michael Wilner, McClatchy.`
              (before == "question:" || before == "questions:") ||
              (before == "of" && two == "line") ||
              // `I call on Dawn Tan, Channel NewsAsia.`
              (before == "on" && (two == "call" || two == "calling")) ||
              // `Shall we start with Lida Tikka?`
              (before == "with" && (two == "start" || two == "begin")) ||
              // `Can we open up the line again, please, for Jordan Fabian?`
              (before == "for" && opens_a_line(words, i)) ||
              // `I think the next question is Mary Bruce, ABC.`, `we'll go to our next
              // question, which is Steve Holland from Reuters.`
              (before == "is" && names_the_question(words, i - 2)) ||
              // `And last question, Sebastian Smith of AFP.`
              ((before == "question," || before == "question:") && i >= 2 &&
               (two == "last" || two == "next" || two == "first" || two == "final")) ||
              // `I'm going to begin by recognizing Steve Portnoy`
              before == "recognizing" || before == "recognize" ||
              // `How about Jen Epstein, Bloomberg?`
              (before == "about" && (two == "how" || two == "what"))))
            continue;
        // `You go to North Carolina. Then you go to Los Angeles.`: someone going somewhere,
        // not the host giving the floor (`Let's go to`, `We'll go to`, `I'll turn to`).
        if (before == "to" && i >= 3 && travels(schema::fold(words[i - 3]))) continue;
        if (place_opener(schema::fold(bare(words[i])))) continue;
        if (const auto n = name_with_outlet(words, i)) return joined(words, i, n);
        // `I'd like to call on Associated Press, Colleen Long, for the first question.`
        std::size_t at = 0;
        if (const auto n = outlet_then_name(words, i, at)) return joined(words, at, n);
        if (const auto n = name_alone(words, i)) return joined(words, i, n);
        // `by recognizing Steve Portnoy and congratulate you …`: the full name recognized,
        // whatever follows it.
        if (before == "recognizing" || before == "recognize") {
            std::size_t n = 0;
            while (i + n < words.size() && n < 3 && name_part(bare(words[i + n]), n == 0)) {
                ++n;
                if (bare(words[i + n - 1]) != words[i + n - 1]) break;
            }
            if (n >= 2) return joined(words, i, n);
        }
    }
    // `Maja Wójcikowska, TVN24.`: a host's line that is only a name and its outlet.
    if (words.size() <= 8)
        if (const auto n = name_with_outlet(words, 0); n > 0 && n + 6 >= words.size())
            return joined(words, 0, n);
    // `Josh Wingrove from Bloomberg. I saw your hand up first.`: a short host line whose
    // first sentence is only a name and its outlet.
    if (words.size() <= 16)
        if (const auto n = name_with_outlet(words, 0); n > 0) {
            std::size_t end = n;
            while (end < words.size() &&
                   std::string_view(".?!").find(words[end].back()) == std::string_view::npos)
                ++end;
            if (end < words.size() && end <= n + 5) return joined(words, 0, n);
        }
    // `We will take questions now from the press. Cleve Wootson of the Washington Post.`: the
    // host's last sentence only a name and its outlet — or its words after a dash where the
    // host starts the call again (`Jim, the New York — Jim Tankersley, the New York Times.`).
    for (std::size_t k = words.size(); k-- > 1;) {
        const auto& prev = words[k - 1];
        const bool stop = prev.back() == '.' || prev.back() == '?' || prev.back() == '!';
        const bool restart = prev == "—" || prev == "–";
        if (!stop && !restart) continue;
        if (const auto n = name_with_outlet(words, k); n > 0 && k + n + 6 >= words.size())
            return joined(words, k, n);
        if (stop) break;
    }
    // Sentence by sentence: a moderator saying who will ask (`David Cochrane, CBC, from
    // Canada, will be asking to Prime Minister Trudeau.`), and a host's last sentence that is
    // an outlet then a name (`Reuters, Jeff Mason.`, `Yes, it's Helsingin Sanomat, Elina
    // Väntönen.`).
    // (`(As interpreted.)`: the interpreter's note is a sentence of its own.)
    auto ends_sentence = [](const std::string& w) {
        return std::string_view(".?!").find(w.back()) != std::string_view::npos ||
               w.ends_with(".)") || w.ends_with("?)");
    };
    for (std::size_t from = 0; from < words.size();) {
        std::size_t end = from;
        while (end + 1 < words.size() && !ends_sentence(words[end])) ++end;
        if (const auto n = name_with_outlet(words, from); n > 0 && will_ask(words, from + n, end))
            return joined(words, from, n);
        if (end + 1 == words.size()) {
            std::size_t o = from;
            while (o < end && call_lead(words[o])) ++o;
            std::size_t at = 0;
            if (const auto n = outlet_then_name(words, o, at); n > 0 && at + n == words.size())
                return joined(words, at, n);
        }
        from = end + 1;
    }
    if (auto name = name_after_call_cue(words)) return name;
    // `Pavel Zarubin, please.`, `Go ahead, Jeff Mason.`: a full name given the floor.
    std::size_t start = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const char last = words[k].back();
        if (last != '.' && last != '?' && last != '!' && k + 1 < words.size()) continue;
        std::vector<std::string> rest;
        bool gives = false;
        for (std::size_t m = start; m <= k; ++m) {
            const auto folded = schema::fold(bare(words[m]));
            if (folded == "please" || folded == "ahead") gives = true;
            if (folded != "please" && folded != "go" && folded != "ahead" && folded != "yes" &&
                folded != "yeah" && folded != "okay")
                rest.push_back(words[m]);
        }
        if (gives && !rest.empty() && name_alone(rest, 0) == rest.size())
            return joined(rest, 0, rest.size());
        start = k + 1;
    }
    return std::nullopt;
}

std::optional<std::string> asker_called_alone(const std::string& text) {
    // `Trevor Hunnicutt.`, `But, Danny Kemp.`: a host's line that is only a full name, after
    // at most a word that leads into it.
    auto words = split_words(text);
    if (words.size() >= 3 && words[0].back() == ',') {
        const auto lead = schema::fold(bare(words[0]));
        if (lead == "but" || lead == "and" || lead == "so" || lead == "now" || lead == "okay" ||
            lead == "ok" || lead == "yes" || lead == "yeah" || lead == "well")
            words.erase(words.begin());
    }
    if (words.size() < 2 || words.back().back() == ',') return std::nullopt;
    if (const auto n = name_alone(words, 0); n == words.size()) return joined(words, 0, n);
    return name_among_asides(words);
}

std::vector<std::string> askers_introduced(const std::string& text) {
    // `we will begin with our new media members: Mike Allen from Axios, Matt Boyle from
    // Breitbart.`, `We have John Stoll, who is the head of news at X.`: a full name with its
    // outlet, or set off by a comma before `who`, inside a sentence (a name opening one is
    // more often someone the host speaks of).
    const auto words = split_words(text);
    std::vector<std::string> out;
    for (std::size_t i = 1; i < words.size(); ++i) {
        // (After a comma or a colon a list of them goes on: `…, Matt Boyle from Breitbart`.)
        const char end = words[i - 1].back();
        if (capital_or_digit(words[i - 1]) && end != ',' && end != ':') continue;
        if (const auto n = name_with_outlet(words, i)) {
            out.push_back(joined(words, i, n));
            i += n - 1;
            continue;
        }
        std::size_t n = 0;
        while (i + n < words.size() && n < 3 && name_part(bare(words[i + n]), n == 0) &&
               (bare(words[i + n]) == words[i + n] || words[i + n].back() == ','))
            if (words[i + n++].back() == ',') break;
        if (n >= 2 && words[i + n - 1].back() == ',' && i + n < words.size() &&
            schema::fold(words[i + n]) == "who") {
            out.push_back(joined(words, i, n));
            i += n - 1;
        }
    }
    return out;
}

std::optional<std::string> first_name_called(const std::string& text) {
    // `Mike, why don't you go ahead.`, `Matt.`, `Go ahead, John.`, `John, you have the last
    // question.`: a short host line whose first word is a name word set off by a comma or
    // standing alone, or whose name word follows `ahead,`.
    const auto words = split_words(text);
    if (words.empty() || words.size() > 10) return std::nullopt;
    auto name_word = [&](std::size_t k) {
        const auto b = bare(words[k]);
        return b != words[k] && (words[k].back() == ',' || words[k].back() == '.') &&
               name_part(b, true);
    };
    if (name_word(0) && (words.size() == 1 || words[0].back() == ','))
        return bare(words[0]);
    for (std::size_t k = 1; k < words.size(); ++k)
        if (schema::fold(words[k - 1]) == "ahead," && name_word(k) && words[k].back() == '.')
            return bare(words[k]);
    return std::nullopt;
}

}  // namespace newsdex::attribution
