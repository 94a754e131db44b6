#pragma once
// Who a speech verb's subject is, in the words around it: a name (`Ms Hewitt said`, `said
// Tavi Renn, the energy minister`), a pronoun (`he added`), a role (`the minister said`),
// or an unnamed source (`a spokesman said`); and the subject a sentence opens with.

#include <string>
#include <vector>

#include "tokenizer.hpp"
#include "word_lists.hpp"

namespace newsdex::attribution {

struct Subject {
    enum Type { none, name, pronoun, role, unnamed } type = none;
    std::vector<std::string> words;  ///< as written: the name, or the role phrase
    std::vector<std::string> roles;  ///< folded words describing the person
    Gender gender = Gender::unknown;
    bool gender_by_first_name = false;  ///< only a common first name says it (Kim, Jean…)
    std::size_t first = kNone;  ///< first token of the subject phrase
    bool document = false;      ///< the person's statement, letter… rather than the person
    bool organisation = false;  ///< named with `the`
    bool group = false;         ///< two people or more (`Mr Putin and Mr Aliyev said`)
    bool definite_one = false;  ///< `the Azerbaijani official`: someone the story quoted
    bool foreign_minister = false;  ///< `America's top diplomat`: the foreign minister
    /// `the spokesman`, `the diplomat`: an unnamed-looking noun with `the` that can mean the
    /// person the story named with that office.
    bool back_reference = false;
    /// `Foreign Minister Thordis Kolbrun Gylfadottir`: three name words right after an office
    /// word, all of them the person's.
    bool whole_name = false;
};

/// A word that can be part of a name (capitalised, or a particle such as `de`).
bool name_token(const Tok& t);

/// The person named by toks[first..last]: openers and titles stripped, titles kept as roles.
Subject make_name(const Toks& toks, std::size_t first, std::size_t last_inclusive,
                  std::vector<std::string> roles);

/// Lower-case words just before a name describe it: `local government spokesman Dai Lloyd`.
std::vector<std::string> roles_before(const Toks& toks, std::size_t first, std::size_t floor);

/// Role words of the part of a sentence in [from, to).
std::vector<std::string> appositive(const Toks& toks, std::size_t from, std::size_t to);

/// Where the story begins after a wire dateline at toks[i] (`YEREVAN (PanARMENIAN.Net) —`,
/// `KYIV, Ukraine (AP) —`): past its dash; `i` where there is none.
std::size_t after_dateline(const Toks& toks, std::size_t i, std::size_t end);

Subject sentence_subject(const Toks& toks, std::size_t start, std::size_t end);

/// The subject of the speech verb at v within [start, end); none where the verb is not a
/// speech act here (passive `announced by`, infinitive `to claim`).
Subject speech_subject(const Toks& toks, std::size_t v, std::size_t start, std::size_t end);

/// A verb that reports what someone said in narration without quotes, beside the speech
/// verbs: `assured`, `reiterated`, `expressed (particular) thanks`.
bool reporting_verb(const Toks& toks, std::size_t v, std::size_t end);

/// The one quoted where an agency or paper passes the words on (`X was quoted by Y as
/// saying`, `Y quoted X as going on to say`), for the quoting verb or the verb after `as`;
/// none otherwise.
Subject quoted_as(const Toks& toks, std::size_t v, std::size_t start, std::size_t end);

/// The name after `according to` or an inverted verb: `said Name`.
Subject subject_after(const Toks& toks, std::size_t verb, std::size_t end);

}  // namespace newsdex::attribution
