#pragma once
// Speaker attribution, the one header the rest of newsdex includes: who said each quotation
// and which paragraphs report one person's speech (`attribute`), the transcript turn markers
// that name a turn's speaker (`find_turn_marker`, `speaker_from_marker`), and the table of
// known speakers that names are canonicalised through (`SpeakerTable`).

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex::attribution {

/// An office a person holds, and when: `from` and `to` are YYYY-MM-DD days, both included,
/// empty for an open end. A role with neither is held always (a plain string in `roles:`).
struct Office {
    std::string role;
    std::string from;
    std::string to;
    bool dated() const { return !from.empty() || !to.empty(); }
};

/// Who the speaker table says holds an office on a day, and the office as the table gives it.
struct OfficeHolder {
    std::string name;
    Office office;
};

/// The editable table of known speakers (corpora/speakers.yaml): a canonical name, the
/// aliases and spellings that mean the same person, and the roles that name them, held
/// always or for a time.
class SpeakerTable {
public:
    /// Throws InputError naming the file and the line when it is not a list of {name,
    /// aliases, roles} with names as plain values, or a dated role is not {role, from, to}
    /// with real YYYY-MM-DD days, `from` not after `to`.
    static SpeakerTable load(const std::string& path);
    static SpeakerTable parse(const std::string& yaml, const std::string& path);

    /// The canonical name for a name or alias, any case or accents.
    std::optional<std::string> canonical(std::string_view name) const;
    /// The person a role phrase names ("Ukrainian President", "the Azerbaijani leader") on
    /// `date` (YYYY-MM-DD): the one holder of it that day among the dated roles, else the
    /// person holding it always. Without a date only roles held always count. Two dated
    /// holders on one day (a handover) name no one.
    std::optional<std::string> by_role(std::string_view role, std::string_view date = {}) const;
    /// by_role with the office that decided it, for the evidence shown to people.
    std::optional<OfficeHolder> holder(std::string_view role, std::string_view date = {}) const;
    /// Whether any person holds the role phrase, at any time.
    bool knows_role(std::string_view role) const;
    /// The roles the table gives a canonical name, dated or not (none for a name it does
    /// not hold).
    std::vector<std::string> roles_of(const std::string& canonical) const;
    /// Whether the table gives a canonical name an office held for a time that includes
    /// `date` (YYYY-MM-DD); false without a date or for a name it does not hold.
    bool in_office(const std::string& canonical, std::string_view date) const;
    /// Canonical name and every alias: what `speaker:` must match.
    std::vector<std::string> names_of(const std::string& canonical) const;
    std::vector<std::string> canonical_names() const;
    /// The canonical name for a name of two words or more that differs from one the table
    /// holds (name or alias) by a slip of one letter that wire copy and transcripts let
    /// through: two neighbouring letters swapped (`Volodymyr Zelesnkyy`), or a doubled
    /// letter written once or a single one twice (`Mathew Miller`); none when no such name
    /// is held.
    std::optional<std::string> canonical_with_letter_slip(std::string_view name) const;
    bool empty() const { return entries_.empty(); }

private:
    struct Entry {
        std::string name;
        std::vector<std::string> aliases;
        std::vector<Office> offices;
    };
    struct DatedOffice {
        std::size_t entry;
        Office office;
    };
    std::vector<Entry> entries_;
    std::map<std::string, std::size_t> by_name_;  ///< folded name or alias → entry
    std::map<std::string, std::size_t> by_role_;  ///< folded role held always → entry
    std::multimap<std::string, DatedOffice> dated_;  ///< folded role held for a time
};

/// When a text was written and whom it speaks for, so that an office it names without a
/// name (`the President`, `The Secretary-General is alarmed …`) is read as its holder then.
struct OfficeScope {
    std::string date;  ///< YYYY-MM-DD, empty when unknown: only roles held always count
    /// The country or organisation the text's source speaks for, as the words that qualify
    /// an office (`United States`, `US`, `U.S.`, `American`); empty when unknown.
    std::vector<std::string> qualifiers;
};

/// The OfficeScope of a text from its date and its source and address: a White House or
/// State Department text speaks for the United States, a un.org one for the United Nations,
/// kremlin.ru for Russia… A source newsdex does not know gives no qualifiers.
OfficeScope office_scope(const std::string& date, const std::string& source,
                         const std::string& url);

/// Who holds an office on the scope's date by the speaker table: the office as written
/// (`UN Secretary-General`, `the Kremlin spokesman`), else, for a title without a country or
/// organisation (`the President`, `Secretary-General`), the title qualified by the scope
/// (`President of the United States`, `US President`, `UN Secretary-General`). nullopt when
/// the table knows no one holder that day: no speaker rather than a wrong one.
std::optional<OfficeHolder> office_holder(std::string_view office, const OfficeScope& scope,
                                          const SpeakerTable& table);

/// The evidence an office gives: `office "President of the United States" on 2022-03-02`,
/// or `role "Ukrainian President"` for a role held always.
std::string office_evidence(const OfficeHolder& holder, const OfficeScope& scope);

/// One stretch of a quotation inside one paragraph.
struct QuoteSegment {
    std::size_t paragraph = 0;
    std::size_t open = 0;   ///< byte offset of the opening mark
    std::size_t close = 0;  ///< byte offset of the closing mark, or the paragraph's length
    bool closed = false;
};

/// A direct quotation: “curly”, "straight", «guillemet» or ‘single’ marks, possibly running
/// over several paragraphs.
struct ExtractedQuote {
    std::vector<QuoteSegment> segments;  ///< in reading order; more than one when it continues
    std::string text;                    ///< the quoted words, marks removed, segments joined
};

struct AttributedQuote {
    ExtractedQuote quote;
    std::optional<std::string> speaker;
    bool scare = false;  ///< a quoted term, not speech
    std::string evidence;  ///< what decided the speaker, for people checking attribution
};

struct Attribution {
    std::vector<AttributedQuote> quotes;
    /// The one speaker whose speech (quoted or reported) a paragraph carries, if there is one.
    std::vector<std::optional<std::string>> paragraph_speakers;
    std::vector<std::string> paragraph_evidence;  ///< what decided each paragraph's speaker
    /// Paragraphs that are the questions of an interview printed in a story (`- Mr.
    /// Minister, how do you assess …?`, `Q. …`): not the words of the text's one speaker.
    std::vector<bool> paragraph_questions;
    /// Speakers the article names in full right after their office (`Icelandic Foreign
    /// Minister Thordis Kolbrun Gylfadottir`): every word of the name after the office is the
    /// person's, a three-word name included.
    std::set<std::string> whole_names;
};

struct AttributionInput {
    const std::vector<std::string>& paragraphs;
    const std::vector<std::string>& known_speakers;  ///< the article's front matter
    const SpeakerTable& table;
    /// Paragraphs that are transcript turns: their speaker is known, and quotes inside them
    /// are someone else's words, never continuations of the turn.
    std::vector<bool> turns = {};
    /// The article's title: a name it gives in full completes a surname the body uses alone.
    std::string title = {};
    /// The article's date and source: an office named without a name is its holder then.
    OfficeScope scope = {};
};

/// Decides who said each quotation of an article, and which paragraphs report one person's
/// speech: attribution patterns around the quote (`“…,” Name said`, `Name told reporters:`,
/// `according to Name`), names completed within the article and canonicalised through the
/// speaker table, pronouns and role nouns resolved to earlier mentions, and quotes without
/// an attribution continuing the running speaker. Short quoted terms with no speech verb
/// (scare quotes) get no speaker.
Attribution attribute(const AttributionInput& input);

/// A transcript turn marker at the start of a paragraph — `[Title Name] …`, `NAME: …`,
/// `Name: …`, `QUESTION:` / `Q:`.
struct TurnMarker {
    std::string label;  ///< inside the brackets or before the colon
    std::string rest;   ///< the paragraph's text after the marker
    bool question = false;  ///< Q:/QUESTION:/REPORTER: — an asker the label does not name
    bool answer = false;    ///< A:/ANSWER: — the interviewee
    /// The asker a question's label names in brackets (`Question [Sabine Siebold,
    /// Reuters]:`), empty when it names none.
    std::string asker = {};
};

enum class MarkerStyle {
    strict,      ///< brackets and ALL-CAPS names only (safe outside transcripts)
    transcript,  ///< also `Title Case Name:`
};

std::optional<TurnMarker> find_turn_marker(std::string_view paragraph, MarkerStyle style);

/// A label typed with a dash for its colon — `Petros Ghazaryan – Good evening, …`, `Prime
/// Minister Nikol Pashinyan - Thank you.` — a name in title case (an office before it
/// allowed), then a turn opening with a capital. A single paragraph cannot tell such a label
/// from a sentence (`Nagorno Karabakh – The …`): the caller takes it only where the text is
/// laid out so throughout.
std::optional<TurnMarker> find_dash_marker(std::string_view paragraph);

/// The name a label stands for: title words dropped (`Ukrainian President Volodymyr
/// Zelensky` → `Volodymyr Zelensky`), capitals softened (`MAREN` → `Maren`), and completed
/// from the article's listed speakers when one contains every word (`Maren` → `Ilse Maren`).
/// nullopt for question markers but the asker they name, and for answer markers unless
/// exactly one speaker is listed.
std::optional<std::string> speaker_from_marker(const TurnMarker& marker,
                                               const std::vector<std::string>& known_speakers);

/// Makes transcript turns' speakers people's full names: a surname label (`BIDEN:`) becomes
/// the full name the article (`title` and `body`) or the speaker table gives it, an office
/// alone (`THE PRESIDENT:`) the person the article names with that office (the title first),
/// and a label that names a part, not a person (`MODERATOR:`), no speaker.
/// An office label the article never names a holder for is the holder on the scope's date
/// by the speaker table (office_holder); `evidence`, when given, gets each such label's
/// office_evidence (empty for the others).
void resolve_turn_speakers(const std::string& title, const std::string& body,
                           std::vector<std::optional<std::string>>& speakers,
                           const SpeakerTable& table, const OfficeScope& scope = {},
                           std::vector<std::string>* evidence = nullptr);

/// A speaker's name as a person's name: the speaker table's canonical name for it or for its
/// ending, else without the offices and places written before it (`Maryland Congressman
/// Steny Hoyer` → Steny Hoyer); nullopt when it names a place, a people or a body instead
/// (`Ukraine`, `The Presidents`, `Associated Press`, `Americans for Prosperity`). A name
/// from a narrative's introduction keeps its last two words (`Recep Tayyip …` is taken for a
/// place and a name); a `labelled` one — a full name the article writes for a turn's surname
/// label — keeps every word after the offices and places.
std::optional<std::string> person_name(const std::string& name, const SpeakerTable& table,
                                       bool labelled = false);

/// Who speaks in a single-speaker text, from its front-matter `author` or its title
/// (`Statement by President Biden on …`, `Remarks by NSC Spokesperson Adrienne Watson`, an
/// op-ed's `Joe Biden: headline`), or, when the title names only an office, from a heading or
/// a byline at the top of the body (`Statement by EU High Representative … Josep Borrell on
/// …`, `António Guterres`); nullopt when none names a person. `Joint Statement by …`, a
/// list of signatories and a group (`by the G7`) name no one speaker.
/// A title naming only an office (`Statement by the President on …`) with no heading or
/// byline naming its holder is that office's holder on the scope's date (office_holder);
/// `evidence`, when given, gets the office_evidence then.
std::optional<std::string> speaker_of_title(const std::string& title, const std::string& author,
                                            const std::string& body, const SpeakerTable& table,
                                            const OfficeScope& scope = {},
                                            std::string* evidence = nullptr);

/// Whether a title of the form `Name: headline` names someone the body writes of by that
/// full name (`Bagrat Galstanian: The Armenian Archbishop Taking On The Government` over
/// `Archbishop Bagrat Galstanian … has emerged as …`) with a headline that describes them
/// rather than quotes them (no first or second person, no quotation marks, one phrase): a
/// story about them, whose title names no single speaker (speaker_of_title).
bool byline_written_about(const std::string& title, const std::string& body);

/// The speaker a heading line names in the form of a statement's title (`Press statement by
/// President Charles Michel`, `Statement by President of Russia Vladimir Putin on …`); nullopt
/// for a sentence or a heading naming no one person.
std::optional<std::string> speaker_of_heading(const std::string& line, const SpeakerTable& table);

/// Whether a paragraph of a single-speaker text names that speaker in full (`Prime Minister
/// Nikol Pashinyan addressed today's government meeting …`): narration about the speech,
/// not its words; a speaker does not write out their own full name.
bool names_its_speaker(const std::string& paragraph, const std::string& speaker,
                       const SpeakerTable& table);

/// Whether a paragraph opens with the next of a list of points written out in words
/// (`Second, they agreed …`, `And third, …`) after a paragraph holding the point before it
/// (`… three gains of the past summit. First, …`): the list's speaker goes on.
bool next_enumerated_point(std::string_view previous, std::string_view paragraph);

/// A republisher's credit line under a text (`Source: UN News`, `Source - NATO`, the UN's
/// `For information media. Not an official record.`): not the
/// words of the text's speaker.
bool credit_line(std::string_view paragraph);

/// A short line in someone else's voice leading into the quoted words (`The statement said,
/// in part:`, `The message reads:`): a speech verb, a closing colon, no `I`, `we` or `you`.
bool reported_lead_in(std::string_view paragraph);

/// The speaker a heading over a speech names (`The Speech of the President Ilham Aliyev`,
/// `Speech of President of the Republic of Azerbaijan Ilham Aliyev`, `Address by President
/// Ilham Aliyev`, `Statement by President Ilham Aliyev`): the name after its offices; nullopt
/// for any other paragraph.
std::optional<std::string> speech_heading_speaker(std::string_view paragraph);

/// The interviewer a transcript's title names (`Secretary Antony J. Blinken With Lester Holt
/// of NBC Nightly News`, `Interview With Jake Tapper`): the two or three name words after
/// `with`, ending the title or followed by the outlet; nullopt when it names none.
std::optional<std::string> interviewer_of_title(const std::string& title);

/// The hosts a title lists after `with` (`… with Joe Scarborough, Mika Brzezinski, and Willie
/// Geist of Morning Joe, MSNBC`): each two or three name words, in the title's order.
std::vector<std::string> hosts_of_title(const std::string& title);

/// The asker who names themself in the first sentences of a transcript's question (`Thank
/// you, Mr. President. Amanda Head with Just the News.`, `I'm Trevor Hunnicutt with Reuters`,
/// `Good afternoon. Pavel Zarubin, Rossiya TV channel.`, `My name is Maria Ivanova`).
std::optional<std::string> self_introduced(const std::string& text);

/// A paragraph of a transcript as question_askers reads it.
struct TranscriptParagraph {
    std::string_view text;
    bool turn = false;      ///< part of a labelled turn (else narration)
    bool opens = false;     ///< the turn opens here (its label on it or alone before it)
    bool question = false;  ///< of a question turn (`Q`, `QUESTION:`)
    /// Of a turn under the answerer's label that asks, right before that answerer's turn
    /// (a question misprinted under `SENIOR ADMINISTRATION OFFICIAL:`): a question when the
    /// host has just called someone by name to ask it.
    bool maybe_question = false;
};

/// Who asks each question turn (nullopt for other paragraphs, and for askers never named).
/// An asker is named when they introduce themself in the question (self_introduced), answer
/// the host's `Who are you with?` with their name, or are called by the moderator with their
/// outlet. They keep asking the question turns that finish their interrupted question (`…
/// —` then `— …`) and the follow-ups after the host's short replies, until the host gives
/// the floor to someone (`Go ahead`, `Yes, please`, a name, `Next question`), a narration
/// paragraph comes, the host answers at length, or a question opens as a new asker's would
/// (a greeting, thanks, or straight after another question).
std::vector<std::optional<std::string>> question_askers(
    const std::vector<TranscriptParagraph>& paragraphs);

}  // namespace newsdex::attribution

namespace newsdex {
/// The indexer's tables, its alias terms and synonyms hold the speaker table too.
using attribution::SpeakerTable;
}  // namespace newsdex
