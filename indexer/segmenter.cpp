#include "segmenter.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "attribution.hpp"
#include "html_text.hpp"
#include "plain_text.hpp"

namespace newsdex {

namespace {

std::string_view trim(std::string_view s) {
    auto first = s.find_first_not_of(" \t\f\v");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\f\v") - first + 1);
}

bool indented(std::string_view line) { return line[0] == ' ' || line[0] == '\t'; }

// Lines longer than any hard-wrapped text: such a block is one paragraph a line.
constexpr std::size_t kUnwrappedLine = 150;

bool one_paragraph_a_line(const std::vector<std::string_view>& lines) {
    std::vector<std::size_t> lengths;
    for (auto line : lines) lengths.push_back(trim(line).size());
    auto middle = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
    std::nth_element(lengths.begin(), middle, lengths.end());
    return *middle > kUnwrappedLine;
}

// First-line indentation: an indented line after an unindented one opens a paragraph, as
// long as most lines are unindented (a hanging indent is the opposite).
bool first_line_indents(const std::vector<std::string_view>& lines) {
    std::size_t openings = 0, indented_lines = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!indented(lines[i])) continue;
        ++indented_lines;
        if (i > 0 && !indented(lines[i - 1])) ++openings;
    }
    return openings >= 2 && indented_lines * 2 <= lines.size();
}

bool space(char c) {
    return c == ' ' || c == '\t';
}

bool continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Whether a sentence ends just before `at`: . ! or ? then any closing quotes or brackets.
bool sentence_ends_before(std::string_view text, std::size_t at) {
    while (at > 0) {
        const char c = text[at - 1];
        if (c == '.' || c == '!' || c == '?') return true;
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            --at;
        } else if (at >= 3 &&
                   (text.substr(at - 3, 3) == "\u201D" || text.substr(at - 3, 3) == "\u2019")) {
            at -= 3;  // ” ’
        } else if (at >= 2 && text.substr(at - 2, 2) == "\u00BB") {
            at -= 2;  // »
        } else {
            return false;
        }
    }
    return false;
}

// Where the piece starting at `start` ends: a space after a sentence, a space, or a
// character boundary, no more than `cap` bytes on.
std::size_t cut_at(std::string_view text, std::size_t start, std::size_t cap) {
    const std::size_t limit = start + cap;  // text[limit] may be the space that ends the piece
    for (std::size_t i = limit; i > start + cap / 2; --i)
        if (space(text[i]) && sentence_ends_before(text, i)) return i;
    for (std::size_t i = limit; i > start; --i)
        if (space(text[i])) return i;
    std::size_t i = limit;
    while (i > start + 1 && continuation_byte(text[i])) --i;
    return i;
}

// Runs of white space, no-break spaces among them, as one space: a page or a Markdown mirror
// that sets `MS. PSAKI:\u00a0 Okay.\u00a0 Good morning` or `Q\u00a0\u00a0\u00a0 Does …`
// holds the same label and words as one with plain spaces.
void add_paragraph(std::string&& raw, std::size_t cap, std::vector<std::string>& out) {
    std::string paragraph = collapse_white_space(raw);
    if (paragraph.empty()) return;
    if (paragraph.size() <= cap) {
        out.push_back(std::move(paragraph));
        return;
    }
    for (auto& piece : split_long(paragraph, cap)) out.push_back(std::move(piece));
}

// A blank-line separated block becomes one paragraph, its lines joined by single spaces,
// unless it holds several paragraphs in one of the two blank-line-free layouts.
void split_block(const std::vector<std::string_view>& lines, std::size_t cap,
                 std::vector<std::string>& out) {
    if (lines.empty()) return;
    const bool every_line = lines.size() > 1 && one_paragraph_a_line(lines);
    const bool at_indents = !every_line && lines.size() > 2 && first_line_indents(lines);
    std::string current;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool opens = every_line || (at_indents && i > 0 && indented(lines[i]) &&
                                          !indented(lines[i - 1]));
        if (opens && !current.empty()) add_paragraph(std::exchange(current, {}), cap, out);
        if (!current.empty()) current += ' ';
        current += trim(lines[i]);
    }
    if (!current.empty()) add_paragraph(std::move(current), cap, out);
}

// `President of Armenia Robert Kocharian: Dear Vladimir Vladimirovich, …` opening the text:
// a label that names an office before a person's full name (the name it stands for is two
// words or more, and shorter than the label by the office), with the turn going on in the
// next paragraph unlabelled — one leader's statement to the press, saved on its own.
bool opens_with_office_label(const std::vector<std::string>& paragraphs) {
    if (paragraphs.size() < 2) return false;
    const auto marker =
        attribution::find_turn_marker(paragraphs[0], attribution::MarkerStyle::transcript);
    if (!marker || marker->question || marker->answer || paragraphs[0].starts_with('[')) return false;
    if (attribution::find_turn_marker(paragraphs[1], attribution::MarkerStyle::transcript))
        return false;
    const auto name = attribution::speaker_from_marker(*marker, {});
    if (!name) return false;
    auto words = [](const std::string& s) {
        return 1 + std::count(s.begin(), s.end(), ' ');
    };
    const auto label_words = words(marker->label), name_words = words(*name);
    return name_words >= 2 && label_words >= name_words + 2 &&
           marker->label.find(" of ") != std::string::npos;
}

// Whether the text's turns are labelled with a dash for the colon (`Petros Ghazaryan – Good
// evening, …`, `Prime Minister Nikol Pashinyan – Thank you.`): two paragraphs or more open
// with such a label, under two labels at least, and none with a colon's label — a dash
// after a name is otherwise a sentence's (`Nagorno Karabakh – The …`).
bool dash_labelled(const std::vector<std::string>& paragraphs) {
    int labelled = 0;
    std::set<std::string> labels;
    for (const auto& p : paragraphs) {
        if (attribution::find_turn_marker(p, attribution::MarkerStyle::transcript)) return false;
        const auto marker = attribution::find_dash_marker(p);
        if (!marker) continue;
        ++labelled;
        labels.insert(marker->label);
    }
    return labelled >= 2 && labels.size() >= 2;
}

// Whether an article no front matter calls a transcript is laid out as one: two or more
// paragraphs open with a speaker's label of two words or more in title case (`President of
// Russia Vladimir Putin:`, `Sebastian Kurz:`) or a question's (`Question:`), under two
// different labels at least — as a page saved from a government's site arrives — or the
// text opens with an office's label that the next paragraph carries on.
bool transcript_by_shape(const std::vector<std::string>& paragraphs) {
    if (opens_with_office_label(paragraphs) || dash_labelled(paragraphs)) return true;
    int labelled = 0;
    std::set<std::string> labels;
    for (const auto& p : paragraphs) {
        const auto marker = attribution::find_turn_marker(p, attribution::MarkerStyle::transcript);
        if (!marker || p.starts_with('[')) continue;
        if (!marker->question && !marker->answer && marker->label.find(' ') == std::string::npos)
            continue;
        ++labelled;
        labels.insert(marker->label);
    }
    return labelled >= 2 && labels.size() >= 2;
}

// An interview a news page prints as a transcript: four turns or more under two labels or
// more, each a question's or an answer's or of two words or more (`Armin Wolf:`, `SECRETARY
// BLINKEN:`). A one-word label may be an asking outlet's (`Civilnet:`, `NV:`) and `Question.
// …` no transcript marker: such pages are left to the printed interview's reading. A label
// before a quotation mark (`Rep. Andrew Clyde: “…”`) quotes someone, as a page of reactions
// does, and is no turn.
bool interview_by_shape(const std::vector<std::string>& paragraphs) {
    int labelled = 0;
    std::set<std::string> labels;
    for (const auto& p : paragraphs) {
        if (p.starts_with("Question. ") || p.starts_with("Q. ")) return false;
        const auto marker = attribution::find_turn_marker(p, attribution::MarkerStyle::transcript);
        if (!marker || p.starts_with('[')) continue;
        if (!marker->question && !marker->answer && marker->label.find(' ') == std::string::npos)
            return false;
        for (std::string_view mark : {"“", "\"", "«", "‘", "”"})
            if (marker->rest.starts_with(mark)) return false;
        ++labelled;
        labels.insert(marker->label);
    }
    return labelled >= 4 && labels.size() >= 2;
}

// A ministry's answer to the media, published as a statement: paragraphs opening
// `Question:` and `Answer:` (or `Q:` and `A:`), one of each at least.
bool questions_and_answers(const std::vector<std::string>& paragraphs) {
    bool asked = false, answered = false;
    for (const auto& p : paragraphs) {
        const auto marker = attribution::find_turn_marker(p, attribution::MarkerStyle::strict);
        if (!marker) continue;
        asked = asked || marker->question;
        answered = answered || marker->answer;
    }
    return asked && answered;
}

// Markers count in transcripts, in statements laid out as questions and answers or as a
// transcript (a Kremlin page of a meeting's opening remarks, filed as a statement, gives
// each leader's turn under `President of Russia Vladimir Putin:`), and in unlabelled
// articles where at least two paragraphs open with one (a lone `LONDON:` dateline does not
// make a transcript).
bool use_markers(const Article& article, const std::vector<std::string>& paragraphs) {
    if (article.kind == "transcript") return true;
    if (article.kind == "declaration")
        return questions_and_answers(paragraphs) || transcript_by_shape(paragraphs);
    // An interview a news page prints as a transcript (`Armin Wolf: …` / `Vladimir Putin: …`,
    // `QUESTION: …` / `SECRETARY BLINKEN: …`) has turns as a transcript's are.
    if (article.kind == "news") return interview_by_shape(paragraphs);
    if (!article.kind.empty()) return false;
    if (transcript_by_shape(paragraphs)) return true;
    int seen = 0;
    for (const auto& p : paragraphs)
        if (attribution::find_turn_marker(p, attribution::MarkerStyle::strict) && ++seen >= 2)
            return true;
    return false;
}

// Inside a turn, `Germany: “This is a matter of …”` is the speaker reading out what someone
// else wrote — a country's, a court's or a newspaper's words — not a new turn: a label that
// has opened no turn yet, followed straight by a quotation mark.
bool quoted_inside_turn(const attribution::TurnMarker& marker,
                        const std::set<std::string>& turn_labels) {
    if (marker.question || marker.answer || turn_labels.count(marker.label)) return false;
    for (std::string_view mark : {"“", "\"", "«", "‘"})
        if (marker.rest.starts_with(mark)) return true;
    return false;
}

// `(Secretary Lutnick knocks on the table.)`, `(The president holds up an article.)`: a
// paragraph that is one note in brackets telling what someone did is nobody's words, though
// the turn goes on after it. Short notes on the speaker's own words or the room —
// `(Applause.)`, `(Speaks Ukrainian.)`, `(As interpreted.)` — stay the speaker's.
bool stage_note(std::string_view text) {
    return text.size() > 2 && text.front() == '(' && text.back() == ')' &&
           text.find(')') == text.size() - 1 && std::count(text.begin(), text.end(), ' ') >= 2;
}

// `(Cross-talk.)`, `(Crosstalk)`, `(Speaking simultaneously.)`: a paragraph noting only that
// several people talk at once — reporters shouting over the speaker's last words — is none
// of the speaker's own, short as it is.
bool crosstalk_note(std::string_view text) {
    if (text.size() < 3 || text.front() != '(' || text.back() != ')' ||
        text.find(')') != text.size() - 1)
        return false;
    std::string folded;
    for (char c : text.substr(1, text.size() - 2))
        if (std::isalpha(static_cast<unsigned char>(c)))
            folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return folded == "crosstalk" || folded == "speakingsimultaneously" ||
           folded == "simultaneousconversation" || folded == "multiplespeakers";
}

// `5:20 P.M. EST`, `9:12 A.M. EEST`, `12:33 PM`, `END 1:43 P.M. CET`, `END`: the time a transcript
// notes when the event begins or ends. Nobody says it, and after it no turn goes on.
bool clock_time(std::string_view text) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && space(text[i])) ++i;
        std::size_t j = i;
        while (j < text.size() && !space(text[j])) ++j;
        if (j > i) words.emplace_back(text.substr(i, j - i));
        i = j;
    }
    // `END 1:43 P.M. CET`: the White House's closing line, sometimes without its time.
    if (words.size() == 1 && words.front() == "END") return true;
    if (!words.empty() && words.front() == "END") words.erase(words.begin());
    if (words.empty() || words.size() > 3) return false;
    const auto& time = words.front();
    const auto colon = time.find(':');
    const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    if (colon == std::string::npos || colon == 0 || colon > 2 || time.size() != colon + 3 ||
        !std::all_of(time.begin(), time.begin() + static_cast<long>(colon), digit) ||
        !std::all_of(time.begin() + static_cast<long>(colon) + 1, time.end(), digit))
        return false;
    for (std::size_t k = 1; k < words.size(); ++k) {
        std::string low;
        for (char c : words[k]) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const bool meridiem = low == "a.m." || low == "p.m." || low == "am" || low == "pm";
        // A time zone: two to five capitals (`EST`, `CEST`, `EEST`, `GMT`).
        const bool zone = words[k].size() >= 2 && words[k].size() <= 5 &&
                          std::all_of(words[k].begin(), words[k].end(),
                                      [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!(k == 1 ? meridiem : zone)) return false;
    }
    return true;
}

}  // namespace

std::vector<std::string> split_long(std::string_view text, std::size_t cap) {
    cap = std::max<std::size_t>(cap, 4);  // room for any UTF-8 character
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start < text.size() && space(text[start])) ++start;
    while (text.size() - start > cap) {
        const auto end = cut_at(text, start, cap);
        auto last = end;
        while (last > start && space(text[last - 1])) --last;
        if (last > start) pieces.emplace_back(text.substr(start, last - start));
        start = end;
        while (start < text.size() && space(text[start])) ++start;
    }
    auto last = text.size();
    while (last > start && space(text[last - 1])) --last;
    if (last > start) pieces.emplace_back(text.substr(start, last - start));
    return pieces;
}

std::vector<std::string> split_paragraphs(std::string_view body, std::size_t cap) {
    std::vector<std::string> out;
    std::vector<std::string_view> block;
    size_t pos = 0;
    while (pos <= body.size()) {
        auto end = body.find('\n', pos);
        if (end == std::string_view::npos) end = body.size();
        auto line = body.substr(pos, end - pos);
        if (blank(line)) {
            split_block(block, cap, out);
            block.clear();
        } else {
            block.push_back(line);
        }
        pos = end + 1;
    }
    split_block(block, cap, out);
    return out;
}

std::vector<Passage> segment(const Article& article) {
    auto paragraphs = split_paragraphs(article.body);
    const bool markers = use_markers(article, paragraphs);
    const bool dashes = markers && dash_labelled(paragraphs);
    const auto style =
        article.kind == "transcript" ||
                ((article.kind.empty() || article.kind == "declaration") &&
                 transcript_by_shape(paragraphs)) ||
                (article.kind == "news" && interview_by_shape(paragraphs))
            ? attribution::MarkerStyle::transcript
            : attribution::MarkerStyle::strict;

    std::vector<Passage> passages;
    bool in_turn = false;
    std::optional<std::string> turn_speaker;
    std::string turn_label;
    bool question = false;
    bool label_pending = false;  // a label on its own line: the next paragraph opens the turn
    std::set<std::string> turn_labels;  // the labels that have opened turns so far
    for (auto& text : paragraphs) {
        Passage passage;
        passage.topics = article.topics;
        if (markers) {
            auto marker = attribution::find_turn_marker(text, style);
            if (!marker && dashes) marker = attribution::find_dash_marker(text);
            if (marker && in_turn && quoted_inside_turn(*marker, turn_labels)) marker.reset();
            // The title repeated at the top (`Foreign Affairs Council: Remarks by …`) is a
            // heading, not a turn.
            if (marker && !article.title.empty() && text == article.title) marker.reset();
            if (marker) {
                turn_labels.insert(marker->label);
                in_turn = true;
                turn_speaker = attribution::speaker_from_marker(*marker, article.speakers);
                turn_label = marker->label;
                question = marker->question;
                passage.evidence = "the turn label '" + turn_label + "'";
                text = marker->rest;
                label_pending = text.empty();
                if (label_pending) continue;  // a marker on its own line: the turn follows
                passage.opens_turn = true;
                passage.label = turn_label;
            } else if (std::exchange(label_pending, false)) {
                passage.evidence = "the turn label '" + turn_label + "'";
                passage.opens_turn = true;
                passage.label = turn_label;
            }
        }
        if (in_turn && !passage.opens_turn && clock_time(text)) {
            in_turn = false;
            passage.evidence = "the time the transcript notes";
        } else if (in_turn && !passage.opens_turn && (stage_note(text) || crosstalk_note(text))) {
            passage.evidence = "a note on what happened, inside the turn labelled '" +
                               turn_label + "'";
        } else if (in_turn) {
            passage.kind = PassageKind::turn;
            passage.speaker = turn_speaker;
            passage.question = question;
            if (passage.evidence.empty())
                passage.evidence = "continues the turn labelled '" + turn_label + "'";
        }
        passage.ordinal = static_cast<int>(passages.size());
        passage.text = std::move(text);
        passages.push_back(std::move(passage));
    }
    return passages;
}

}  // namespace newsdex
