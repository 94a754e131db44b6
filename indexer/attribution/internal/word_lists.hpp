#pragma once
// The fixed English word lists attribution is written in: speech verbs, pronouns and the
// function words of attribution patterns; nameless sources, documents and organisations
// that speak; titles and honorifics, the gender some of them and common first names imply,
// and the capitalised words that open sentences rather than names.

#include <string>
#include <string_view>

#include "tokenizer.hpp"

namespace newsdex::attribution {

enum class Gender { unknown, male, female };

/// A medium's noun written before its name: `the Telegram channel Shot`, `the newspaper
/// Kommersant` (the name is the medium's, not a person's).
bool medium_noun(std::string_view w);

/// A reporter's noun: `The journalist pressed further, asking …` is the reporter asking,
/// not any person the story names.
bool reporter_noun(std::string_view w);

// The narration around quotes (folded words).
bool is_speech_verb(const Tok& t);
// `noting`, `stressing`, `recalling`: the -ing form of a speech verb (`noted`, `stressed`).
bool speech_participle(const Tok& t);
/// A speech verb's bare form, the one a plural subject takes (`state`, `say`, `call`).
bool is_bare_speech_verb(std::string_view low);
bool is_skippable_before_verb(const std::string& w);
bool is_pronoun(const std::string& w);
bool is_particle(const std::string& w);
/// Heads of nameless sources: `a spokesman`, `analysts`, `officials`.
bool unnamed_head(const std::string& w);
bool preposition(const std::string& w);
/// `who`, `whose`, `which`, `whom`: a relative clause opens.
bool relative_pronoun(const std::string& w);
bool auxiliary(const std::string& w);
/// A person's statement, letter, office… that speaks for them.
bool document_noun(const std::string& w);
/// Nouns that stand for an organisation or its documents in `the firm said`.
bool organisation_role(const std::string& w);
bool determiner(const std::string& w);
/// `american`, `belgian`, `frenchman`: a demonym (folded).
bool nationality(std::string_view w);
/// `22-year-old`, `player`, `belgian`: the head of a description of a person (folded).
bool person_descriptor(std::string_view w);
/// `officials`, `critics`, not `boss`: a noun's plural by its ending (folded).
bool plural_noun(std::string_view w);
/// A speech verb's base form that is also a noun (`question`, `claim`, `call`).
bool noun_like_verb(const std::string& w);
/// A work or label whose title can follow it in quotation marks (`the study "…"`).
bool work_noun(const std::string& w);
/// When, while, although…: a word opening a subordinate clause.
bool subordinator(const std::string& w);
/// `was`, `been`…: before a past participle, a passive (`she was told`).
bool passive_auxiliary(const std::string& w);

// Names and what stands beside them (folded words).
/// Titles, ranks and offices (`president`, `minister`, `mr`, `sir`).
bool is_title_word(std::string_view folded);
/// Mr, Mrs, Ms, Miss, Dr: always followed by a name.
bool is_honorific(std::string_view folded);
/// An office of state or of an international body (`minister`, `president`, `spokesman`,
/// `ambassador`), unlike a trade, a rank in sport or an honour.
bool is_public_office(std::string_view folded);
/// Peerages and royal titles that stay part of a one-word name (`Lord Goldsmith`).
bool is_peerage(std::string_view folded);
/// Gender implied by a title (`mr` → male) or a common first name, else unknown.
Gender gender_of_word(std::string_view folded);
/// Capitalised words that begin sentences but never names (`But`, `However`, `The`).
bool is_sentence_opener(std::string_view folded);
/// Words that mark an organisation rather than a person (`council`, `bank`, `party`).
bool is_organisation_word(std::string_view folded);

}  // namespace newsdex::attribution
