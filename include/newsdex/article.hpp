#pragma once
// Articles (one source item) and passages (the unit of retrieval) as they flow from the
// reader through the segmenter and attribution to the index writer.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace newsdex {

/// One source item: a file, a JSON line, or an article a program holds in memory.
struct Article {
    /// Stable across runs: front matter `id`, else path relative to root; a JSON line's or a
    /// program's own id for articles that come whole.
    std::string id;
    std::string path;      ///< as found on disk; of an article given whole, what its giver says
    std::string title;
    std::string date;      ///< YYYY-MM-DD, empty when unknown
    std::string time;      ///< HH:MM:SS where the source gave one (sorts within the day)
    std::string source;
    std::string url;
    std::string kind;      ///< news | declaration | transcript, empty when unknown
    std::string language;  ///< ISO 639-1, empty when unknown
    std::vector<std::string> speakers;
    std::vector<std::string> topics;
    std::map<std::string, std::string> metadata;  ///< front matter keys newsdex does not know
    std::string body;      ///< paragraphs separated by blank lines (see join_paragraphs)
    /// Section headings among the body's paragraphs, as a reader of a structured format
    /// found them (Markdown `##`, HTML `<h2>`): attribution reads them (`Remarks by …`), but
    /// they are not passages of their own.
    std::vector<std::string> headings;
    /// What was wrong but did not stop the article (a date that could not be read).
    std::vector<std::string> warnings;
};

/// A body whose paragraphs are exactly `paragraphs` (empty ones left out): line breaks
/// inside one become spaces, and a blank line separates each from the next.
std::string join_paragraphs(const std::vector<std::string>& paragraphs);

enum class PassageKind { paragraph, quote, turn };

std::string_view to_string(PassageKind kind);
std::optional<PassageKind> passage_kind_from_string(std::string_view name);

/// A paragraph, quote or transcript turn of an article.
struct Passage {
    int ordinal = 0;    ///< 0-based position within the article, in reading order
    int paragraph = 0;  ///< ordinal of the paragraph a quote comes from; its own otherwise
    PassageKind kind = PassageKind::paragraph;
    std::string text;
    std::optional<std::string> speaker;
    std::vector<std::string> topics;
    /// What decided the speaker (a transcript label, the words around a quote, a title), for
    /// people checking attribution; not stored in the index.
    std::string evidence;
    /// Of a transcript turn: whether the turn opens with this paragraph (its label on it or
    /// alone just before it), and whether the turn is a question (`Q`, `QUESTION:`, `REPORTER:`), whose asker the label
    /// does not name.
    bool opens_turn = false;
    bool question = false;
    /// Of a turn's opening paragraph: the label it was printed under (`THE PRESIDENT`, `Q`);
    /// empty for other paragraphs.
    std::string label;
};

}  // namespace newsdex
