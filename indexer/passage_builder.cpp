#include "passage_builder.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "attribution.hpp"
#include "date_parser.hpp"
#include "greeted_askers.hpp"
#include "interview_roles.hpp"
#include "newsdex/schema.hpp"
#include "segmenter.hpp"

namespace newsdex {

namespace {

// A dateline with a time or a reference number (`Bruxelles, 09/02/2015 - 00:00, UNIQUE ID:
// 150209_02`): a short line with a digit in it and no word in lower case, not a sentence
// anyone speaks.
bool dateline(const std::string& text) {
    if (text.size() > 120 || text.find_first_of("0123456789") == std::string::npos) return false;
    bool start = true;
    for (unsigned char c : text) {
        if (start && std::islower(c)) return false;
        start = std::isspace(c) != 0;
    }
    return true;
}

// `New York` or `Brussels` alone at the top of a statement: the place it was issued, one to
// three title-case words with no punctuation, not a paragraph of the statement.
bool place_line(const std::string& text) {
    if (text.find_first_of(".,:;!?0123456789\"()") != std::string::npos) return false;
    std::size_t words = 0;
    bool start = true;
    for (unsigned char c : text) {
        if (start && !std::isspace(c)) {
            if (!std::isupper(c)) return false;
            ++words;
        }
        start = std::isspace(c) != 0;
    }
    return words >= 1 && words <= 3;
}

// `“We will build it together,” I told Mr Aliyev.`, `As I said yesterday: “…”`: a quote
// inside a turn that its speaker gives as their own words, by `I` and a speech verb outside
// the quotation marks.
bool quotes_turn_speaker(const Passage& turn, const std::string& quote) {
    if (turn.kind != PassageKind::turn || !turn.speaker) return false;
    std::string around = turn.text;
    if (const auto at = around.find(quote); at != std::string::npos) around.erase(at, quote.size());
    for (const char* said : {"I said", "I told", "I say", "I wrote", "I have said", "I’ve said",
                             "I've said", "I repeat", "I noted", "I stressed", "I have told",
                             "I’ve told", "I've told", "I once said", "I already said"})
        for (auto at = around.find(said); at != std::string::npos; at = around.find(said, at + 1))
            if ((at == 0 || !std::isalpha(static_cast<unsigned char>(around[at - 1]))) &&
                (at + std::strlen(said) == around.size() ||
                 !std::isalpha(static_cast<unsigned char>(around[at + std::strlen(said)]))))
                return true;
    return false;
}

// `Verkhnyaya Salda, Sverdlovsk Region: “The trash reform is not working. …”`: inside a
// turn, a quotation opening the paragraph after a short name and a colon — a place's, a
// paper's, a viewer's — that attribution gives to no person is the turn's speaker reading it
// out (a host reading viewers' messages, a leader reading a court's words).
bool read_out_in_turn(const Passage& turn, const std::string& quote) {
    if (turn.kind != PassageKind::turn || !turn.speaker) return false;
    const auto at = turn.text.find(quote);
    if (at == std::string::npos) return false;
    const auto colon = turn.text.rfind(':', at);
    if (colon == std::string::npos || colon > 80) return false;
    const auto head = turn.text.substr(0, colon);
    if (head.find_first_of(".?!") != std::string::npos) return false;
    std::string between = turn.text.substr(colon + 1, at - colon - 1);
    std::erase(between, ' ');
    return between.empty() || between == "“" || between == "\"" || between == "«";
}

using attribution::AttributedQuote;

// Whether every word of `text` starts with a capital letter (`Akif Cagatay Kilic`).
bool capitalised_words(const std::string& text) {
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && text[at] == ' ') ++at;
        if (at < text.size() && !std::isupper(static_cast<unsigned char>(text[at]))) return false;
        at = text.find(' ', at);
    }
    return true;
}

void add_topics(Passage& passage, const Article& article, const TopicTagger& tagger) {
    passage.topics = article.topics;
    for (auto& t : tagger.topics_of(passage.text))
        if (std::find(passage.topics.begin(), passage.topics.end(), t) == passage.topics.end())
            passage.topics.push_back(std::move(t));
}

std::optional<std::string> canonical(const std::optional<std::string>& name,
                                     const SpeakerTable& table, bool labelled = false) {
    if (!name) return name;
    return attribution::person_name(*name, table, labelled);
}

// “First part,” she said. “Second part.” is one quotation: a quote of one speaker ending
// in a comma, then only a short attribution, then the next quote of the same speaker.
bool continues(const AttributedQuote& previous, const AttributedQuote& next,
               const std::vector<Passage>& paragraphs) {
    if (!previous.speaker || previous.speaker != next.speaker) return false;
    const auto& text = previous.quote.text;
    if (text.empty() || (text.back() != ',' && !text.ends_with("—"))) return false;
    const auto& a = previous.quote.segments.back();
    const auto& b = next.quote.segments.front();
    if (a.paragraph != b.paragraph || !a.closed || b.open <= a.close || b.open - a.close > 60)
        return false;
    // Between them only `, she said.` or `, he added:`: no sentence ends before the last
    // punctuation mark.
    auto gap = paragraphs[a.paragraph].text.substr(a.close + 1, b.open - a.close - 1);
    auto end = gap.find_last_not_of(" ");
    if (end == std::string::npos) return false;
    if (gap[end] == '.' || gap[end] == ':' || gap[end] == ',') gap.resize(end);
    return gap.find_first_of(".!?") == std::string::npos;
}

// An interview whose title names the interviewer (`… With Lester Holt of NBC Nightly News`)
// and whose questions name no asker: every question is the interviewer's. (Not someone with
// turns of their own: `Press Conference With Jens Stoltenberg`.)
void name_interviewer(const std::string& title, std::vector<Passage>& paragraphs) {
    const auto unnamed_question = [](const Passage& p) {
        return p.kind == PassageKind::turn && p.question && !p.speaker;
    };
    if (std::none_of(paragraphs.begin(), paragraphs.end(), unnamed_question) ||
        std::any_of(paragraphs.begin(), paragraphs.end(),
                    [](const Passage& p) { return p.question && p.speaker; }))
        return;
    const auto interviewer = attribution::interviewer_of_title(title);
    if (!interviewer) return;
    const auto surname = schema::fold(interviewer->substr(interviewer->rfind(' ') + 1));
    if (std::any_of(paragraphs.begin(), paragraphs.end(), [&](const Passage& p) {
            return p.speaker && schema::fold(*p.speaker).find(surname) != std::string::npos;
        }))
        return;
    for (auto& p : paragraphs)
        if (unnamed_question(p)) {
            p.speaker = interviewer;
            p.evidence += ", the interviewer the title names";
        }
}

// Question turns printed under the answerer's label (`SENIOR ADMINISTRATION OFFICIAL: Hey,
// [senior administration official]. … could you talk …?` right before the official's
// answer under the same label): a turn that names no one, whose label differs from the turn
// before it and opens the turn after it again, and that asks something. Whether the host
// called someone to ask just before is for question_askers to say (it names no one else).
std::vector<bool> questions_under_answer_labels(const std::vector<Passage>& paragraphs) {
    std::vector<bool> out(paragraphs.size());
    std::vector<std::size_t> opens;
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
        if (!paragraphs[i].label.empty()) opens.push_back(i);
    for (std::size_t t = 1; t + 1 < opens.size(); ++t) {
        const auto& first = paragraphs[opens[t]];
        if (first.question || first.speaker || first.label == paragraphs[opens[t - 1]].label ||
            first.label != paragraphs[opens[t + 1]].label)
            continue;
        bool asks = false;
        for (auto i = opens[t]; i < opens[t + 1]; ++i)
            asks = asks || (paragraphs[i].kind == PassageKind::turn &&
                            paragraphs[i].text.find('?') != std::string::npos);
        for (auto i = opens[t]; asks && i < opens[t + 1]; ++i)
            out[i] = paragraphs[i].kind == PassageKind::turn;
    }
    return out;
}

}  // namespace

attribution::Attribution attribute_article(const Article& article,
                                           const std::vector<Passage>& paragraphs,
                                           const SpeakerTable& speakers) {
    std::vector<std::string> texts;
    std::vector<bool> turns;
    for (const auto& p : paragraphs) {
        texts.push_back(p.text);
        turns.push_back(p.kind == PassageKind::turn);
    }
    return attribution::attribute(
        {texts, article.speakers, speakers, turns, article.title,
         attribution::office_scope(article.date, article.source, article.url)});
}

std::vector<Passage> build_passages(const Article& given, const AnalysisTables& tables) {
    auto paragraphs = segment(given);
    const auto scope = attribution::office_scope(given.date, given.source, given.url);
    // A ministry's `Question: … / Answer: …` release under a title naming the one who answers
    // (`Aykhan Hajizada, head of the Press Service Department … answers questions of local
    // media`): the answers are that person's, as if the front matter named them.
    Article with_answerer;
    const Article* chosen = &given;
    const bool unnamed_answer =
        std::any_of(paragraphs.begin(), paragraphs.end(), [](const Passage& p) {
            return p.kind == PassageKind::turn && !p.speaker && !p.question;
        });
    if (given.speakers.empty() && unnamed_answer) {
        auto who = attribution::speaker_of_title(given.title, "", given.body, tables.speakers,
                                                 scope, nullptr);
        // `The answer of the MFA Spokesperson Ani Badalyan to the question of the media:`
        // before the first question names the one who answers, as such a title would.
        if (!who)
            for (std::size_t i = 0; i + 1 < paragraphs.size(); ++i) {
                if (paragraphs[i].kind == PassageKind::turn) break;
                const auto& text = paragraphs[i].text;
                if (paragraphs[i + 1].kind != PassageKind::turn || !text.ends_with(":")) continue;
                who = attribution::speaker_of_title(text.substr(0, text.size() - 1), "", "",
                                                    tables.speakers, scope, nullptr);
                break;
            }
        if (who) {
            with_answerer = given;
            with_answerer.speakers = {*who};
            chosen = &with_answerer;
            paragraphs = segment(*chosen);
        }
    }
    const Article& article = *chosen;
    // A doorstep printed as `Q. …` paragraphs, each answer after its question without a
    // label: where no turn but the questions is labelled, what follows a question unlabelled
    // is the answer, the words of the one speaker the title names (filled in below).
    const bool questions_alone =
        std::any_of(paragraphs.begin(), paragraphs.end(),
                    [](const Passage& p) { return p.kind == PassageKind::turn; }) &&
        std::all_of(paragraphs.begin(), paragraphs.end(), [](const Passage& p) {
            return p.kind != PassageKind::turn || p.question;
        });
    if (questions_alone)
        for (auto& p : paragraphs)
            if (!p.opens_turn) {
                p.kind = PassageKind::paragraph;
                p.question = false;
                p.speaker.reset();
                p.evidence.clear();
            }
    std::vector<bool> completed(paragraphs.size());
    {
        std::vector<std::optional<std::string>> turn_speakers;
        for (const auto& p : paragraphs) turn_speakers.push_back(p.speaker);
        std::vector<std::string> offices;
        attribution::resolve_turn_speakers(article.title, article.body, turn_speakers,
                                           tables.speakers, scope, &offices);
        std::string printed;  // the label the turn being read was printed under
        for (std::size_t i = 0; i < paragraphs.size(); ++i)
            if (paragraphs[i].kind == PassageKind::turn) {
                if (!offices[i].empty()) paragraphs[i].evidence += ", " + offices[i];
                // A surname label the article completed (`YOON:` → Yoon Suk Yeol), or a label
                // of capitalised words only (`Akif Cagatay Kilic:`, not `Minister of Economic
                // Development Maxim Reshetnikov:`), is a name as the text writes it, every
                // word of it but the offices.
                const auto& label = paragraphs[i].speaker;
                if (paragraphs[i].opens_turn) printed = paragraphs[i].label;
                completed[i] = label && turn_speakers[i] &&
                               turn_speakers[i]->find(' ') != std::string::npos &&
                               (label->find(' ') == std::string::npos ||
                                (*label == *turn_speakers[i] && printed == *label &&
                                 capitalised_words(printed)));
                paragraphs[i].speaker = turn_speakers[i];
            }
        // Question turns are their askers' where the transcript names them.
        std::vector<attribution::TranscriptParagraph> transcript;
        const auto misprinted = questions_under_answer_labels(paragraphs);
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            const auto& p = paragraphs[i];
            transcript.push_back({p.text, p.kind == PassageKind::turn, p.opens_turn, p.question,
                                  misprinted[i]});
        }
        const auto askers = attribution::question_askers(transcript);
        for (std::size_t i = 0; i < paragraphs.size(); ++i)
            if (askers[i] && !paragraphs[i].speaker) {
                // An asker's name as they or the host give it, every word of it (`Janis
                // Mackey Frayer with NBC.`).
                completed[i] = true;
                paragraphs[i].speaker = askers[i];
                paragraphs[i].evidence += ", whose asker is named in the questions";
            }
        name_interviewer(article.title, paragraphs);
        name_greeted_askers(article.title, paragraphs);
        name_interview_roles(paragraphs);
    }
    auto attribution = attribute_article(article, paragraphs, tables.speakers);

    // The name paragraph i's speaker is shown with, as the table and the article write it:
    // a label completed from the article, or a name the article gives whole, is kept whole.
    const auto shown = [&](const std::optional<std::string>& s, std::size_t i) {
        return canonical(s, tables.speakers,
                         (i < completed.size() && completed[i]) ||
                             (s && attribution.whole_names.count(*s)));
    };
    // The speaker of a turn paragraph, for the quotes its speaker gives as their own.
    const auto turn_speaker = [&](std::size_t i) { return shown(paragraphs[i].speaker, i); };
    // Quotes grouped by the paragraph they start in, split quotes merged.
    std::vector<std::vector<Passage>> quotes_at(paragraphs.size());
    const AttributedQuote* previous = nullptr;
    Passage* previous_passage = nullptr;  // where the previous quote went (it may have
                                          // started in an earlier paragraph)
    for (const auto& q : attribution.quotes) {
        if (q.scare || q.quote.text.empty()) {
            previous = nullptr;
            continue;
        }
        auto first = q.quote.segments.front().paragraph;
        if (previous && previous_passage && continues(*previous, q, paragraphs)) {
            previous_passage->text += " " + q.quote.text;
        } else {
            Passage quote;
            quote.kind = PassageKind::quote;
            quote.text = q.quote.text;
            quote.speaker = canonical(q.speaker, tables.speakers,
                                      q.speaker && attribution.whole_names.count(*q.speaker));
            quote.evidence = q.evidence;
            if (!quote.speaker && first < paragraphs.size() &&
                quotes_turn_speaker(paragraphs[first], q.quote.text)) {
                quote.speaker = turn_speaker(first);
                quote.evidence = "the turn's speaker quoting their own words";
            } else if (!quote.speaker && first < paragraphs.size() &&
                       read_out_in_turn(paragraphs[first], q.quote.text)) {
                quote.speaker = turn_speaker(first);
                quote.evidence = "the turn's speaker reading it out";
            }
            quote.paragraph = static_cast<int>(first);
            quotes_at[first].push_back(std::move(quote));
            previous_passage = &quotes_at[first].back();
        }
        previous = &q;
    }

    // A statement, address or op-ed that names its one speaker (in the title or as author):
    // its paragraphs that attribution gives to no one are that speaker's.
    std::optional<std::string> single_speaker;
    std::string title_office;  // the office the title names, where it decided the speaker
    if (std::none_of(paragraphs.begin(), paragraphs.end(), [](const Passage& p) {
            return p.kind == PassageKind::turn && !p.question;
        })) {
        const auto author = article.metadata.find("author");
        single_speaker = attribution::speaker_of_title(
            article.title, author == article.metadata.end() ? std::string() : author->second,
            article.body, tables.speakers, scope, &title_office);
    }
    // A news item that reprints the statement under a heading naming its speaker (`Press
    // statement by President Charles Michel`): what comes before the heading is the item's.
    std::size_t speech_from = 0;
    if (single_speaker)
        for (std::size_t i = 0; i < paragraphs.size() && i < 6; ++i)
            if (paragraphs[i].kind == PassageKind::paragraph &&
                attribution::speaker_of_heading(paragraphs[i].text, tables.speakers) ==
                    single_speaker)
                speech_from = i + 1;
    std::vector<Passage> out;
    std::size_t previous_paragraph = out.max_size();  // where the last paragraph went in `out`
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        auto passage = std::move(paragraphs[i]);
        if (passage.kind != PassageKind::turn) {
            passage.speaker = attribution.paragraph_speakers[i];
            passage.evidence = attribution.paragraph_evidence[i];
        }
        passage.speaker = shown(passage.speaker, i);
        // What an organisation or a country is reported to say (`Hamas has promised that
        // it will …`) is still the text's one speaker writing.
        // Not a dateline either (`September 19, 2023`), nor the place line above it, nor a
        // republisher's credit or a line leading into the quoted statement.
        // Nor an interviewer's question printed in the story.
        const bool asked = i < attribution.paragraph_questions.size() &&
                           attribution.paragraph_questions[i];
        if (!passage.speaker && passage.kind == PassageKind::paragraph && single_speaker &&
            i >= speech_from && !asked && !parse_date(passage.text) && !dateline(passage.text) &&
            !(i == 0 && place_line(passage.text)) && !attribution::credit_line(passage.text) &&
            !attribution::reported_lead_in(passage.text) &&
            !attribution::names_its_speaker(passage.text, *single_speaker, tables.speakers)) {
            passage.speaker = single_speaker;
            passage.evidence = "the one speaker of the text, named by its title or author";
            if (!title_office.empty()) passage.evidence += ", " + title_office;
        }
        // `Vladimir Putin noted the following three gains … First, …`, then `Second, they
        // agreed …` and `And third, …`: the next points of the list are still the speaker's.
        if (!passage.speaker && passage.kind == PassageKind::paragraph &&
            previous_paragraph < out.size() && out[previous_paragraph].speaker &&
            attribution::next_enumerated_point(out[previous_paragraph].text, passage.text)) {
            passage.speaker = out[previous_paragraph].speaker;
            passage.evidence = "the next point of the list the paragraph before began";
        }
        if (passage.kind == PassageKind::paragraph) previous_paragraph = out.size();
        passage.ordinal = static_cast<int>(out.size());
        passage.paragraph = passage.ordinal;
        add_topics(passage, article, tables.topics);
        const int paragraph_ordinal = passage.ordinal;
        out.push_back(std::move(passage));
        for (auto& quote : quotes_at[i]) {
            quote.paragraph = paragraph_ordinal;
            // Paragraphs are cut to the cap already; a quote running over several of them,
            // or quotes joined, can be longer.
            std::vector<std::string> pieces;
            if (quote.text.size() > kMaxPassageBytes)
                pieces = split_long(quote.text);
            else
                pieces.push_back(std::move(quote.text));
            quote.text.clear();
            for (auto& piece : pieces) {
                Passage part = quote;
                part.text = std::move(piece);
                part.ordinal = static_cast<int>(out.size());
                add_topics(part, article, tables.topics);
                out.push_back(std::move(part));
            }
        }
    }
    return out;
}

}  // namespace newsdex
