#pragma once
// The cues in a paragraph's words that attribution reads besides its names: lines that lead
// into a speech or a list, speech that goes on, headings and datelines, readout titles,
// messages sent and read out, quoted names of things, and how a source is set off.

#include <string>
#include <utility>
#include <vector>

#include "speech_subject.hpp"
#include "tokenizer.hpp"

namespace newsdex::attribution {

/// `President of the Republic of Azerbaijan` before a name: the title words of an office
/// written `<office> of (the) <what>`, which the name's run of capitals starts after.
std::vector<std::string> office_of_before(const Toks& toks, std::size_t first, std::size_t floor);

/// `Foreign MinisterElmar Mammadyarov`: a title and the first name run together where a
/// page lost the space between them; the name without the title.
std::string after_glued_title(const std::string& w);

/// `- added Sybiha.`, `– the assistant to the Azerbaijani leader said.`: a paragraph that
/// is only a dash and a short clause of speech, no words of its own said.
bool dash_attribution_line(const std::string& text, const Toks& toks);

/// The full name that ends an office written from `from` on, as in `the Minister of
/// Foreign Affairs of Ukraine Andriy Sybiha during …`: the last run of capitalised words
/// before the first word that is not part of a title. None where that run is one word.
Subject name_ending_office(const Toks& toks, std::size_t from, std::size_t b);

/// A name or title in quotation marks, not anyone's words: `what has been dubbed "…"`,
/// `billed as "…"`, `the so-called "…"`, `for the study "…"`.
bool names_a_thing(const Toks& toks, std::size_t q, std::size_t a);

/// A paragraph that opens with a straight single quote before a capital and ends with one
/// after a full stop, question or exclamation mark: `'We must bring all our people home.'`
bool single_quoted_paragraph(const std::string& text);

/// A paragraph of a speech rather than narration about it: a salutation (`Dear friends:`)
/// or words in the first or second person.
bool speech_like(const Toks& toks);

/// `a Russian state order`, `a call`, `a question`: a speech verb's bare form just after
/// `a` or `an`, or after `a` and a capitalised word (a country's or a name's adjective),
/// is a noun — a singular subject would take `states`, `calls` — while `a spokesman
/// said` keeps its verb. So is `state` after a nationality (`Turkish state broadcaster`).
bool noun_after_article(const Toks& toks, std::size_t v, std::size_t a);

/// `would continue providing …`, `will continue to work`: going on with something, not
/// speaking on (`"…," he continued`).
bool goes_on_doing(const Toks& toks, std::size_t v, std::size_t b);

/// `President Ilham Aliyev said: Dear Ali muallim, …`: a speech verb and a colon, then
/// sentences of the speech, no quotation marks anywhere.
bool speech_after_colon(const Toks& toks);

/// A paragraph ending in a colon, or in `as follows.` (`Ned Price on September 14
/// responded to questions from the press, … as follows.`) or in `said the following …`, leads
/// into what comes after.
bool ends_leading_in(const Toks& toks);

/// Whether the last sentence of toks[from, to) says someone made or delivered a speech
/// (`President Ilham Aliyev then made a speech at the event.`): it leads into the speech.
bool makes_a_speech(const Toks& toks, std::size_t from, std::size_t to);

/// Whether the paragraph ends with a closing quotation mark (`…,” he said` does not).
bool closes_quotation(const std::string& text);

/// Whether the sentence ending a paragraph in a colon introduces a speech: a speech verb
/// (`President Vladimir Putin said:`) or the delivering of one (`Mehriban Aliyeva addressed
/// the ceremony:`, `… took the oath:`).
bool introduces_speech(const Toks& toks, std::pair<std::size_t, std::size_t> sent);

/// `Foreign Minister Kuleba, who will explain to us the situation on the ground`: what
/// someone is yet to say describes their part in a meeting; no words of theirs are reported.
bool yet_to_speak(const Toks& toks, std::size_t v, std::size_t a);

/// `President Ilham Aliyev welcomed the heads of state …`: a host greeting guests, not
/// welcoming a decision in words.
bool greets(const Toks& toks, std::size_t v, std::size_t b);

/// `Ilham Aliyev has responded to questions from correspondents of Channel One`,
/// `answered journalists' questions`: a verb of answering whose object is the questions
/// reports that an exchange took place, not words of the one answering; and in `Answers
/// to media questions`, `questions` is no verb of speech either.
bool answers_questions(const Toks& toks, std::size_t v, std::size_t b);

/// `-Dear Ilham Heydarovich,`, `– Dear Ilham Heydar oglu`: a speech's first paragraph led
/// by a dash, with or without a space after it.
bool dash_led(const std::string& text);

/// A short line of capitalised words with no sentence in it: a section heading.
bool heading_line(const Toks& toks);

/// Whether the sentence [a, b) holds a lower-case word (a dateline holds none).
bool lower_case_word(const Toks& toks, std::size_t a, std::size_t b);

/// `Readout of President Biden's Call with …`, `Secretary Blinken's Meeting with …`: a
/// title of the report of someone's conversation.
bool readout_title(const std::string& title);

/// `spoke today with`, `met with`, `held a telephone call today with`: the verb at v
/// reports a conversation with someone, `with` within a few words of it.
bool converses_with(const Toks& toks, std::size_t v, std::size_t b);

/// The comma that ends the first of a list of people [from, verb) (`President Joseph R.
/// Biden, Jr., Secretary …`: the one before `Jr.`, which ends the name); kNone for none.
std::size_t first_list_comma(const Toks& toks, std::size_t from, std::size_t verb);

/// `Jr.`, `Sr.`: the suffix that ends a name after a comma, no one's name itself.
bool name_suffix(const Subject& s);

/// `Vladimir Putin sent a message of greetings to …`, `… sent a letter to …`, `has sent
/// his condolences`: a sentence sending a written message, whose subject wrote it; the
/// verb's token, or kNone.
std::size_t sends_message(const Toks& toks, std::size_t a, std::size_t b);

/// `The message reads, in part:`, `The letter says:`, `The telegram states, in particular:`:
/// a sentence opening on the written message and giving its text.
bool reads_message(const Toks& toks, std::size_t a, std::size_t b);
/// `The following statement was issued today by the Spokesman for UN Secretary-General António
/// Guterres:`: the one the spokesperson speaks for; none where the paragraph is not so.
Subject issued_for(const Toks& toks);

}  // namespace newsdex::attribution
