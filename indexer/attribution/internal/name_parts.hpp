#pragma once
// What a person's name is made of in running text: its words, and the titles and
// honorifics in front of it to strip (`Deputy Foreign Minister`, `Mr`).

#include <string>
#include <string_view>
#include <vector>

namespace newsdex::attribution {

/// A word written in title case, in any script (`Holt`, `Żaklina`, `Wójcikowska`, `Əliyev`):
/// an upper-case letter, then a lower-case one.
bool title_case(std::string_view word);

/// Space-separated words of a name or label.
std::vector<std::string> split_words(std::string_view text);

/// Words joined by single spaces, as the speaker table writes a name or an office.
std::string join_words(const std::vector<std::string>& words);

struct SplitName {
    std::vector<std::string> titles;  ///< as written, in order
    std::vector<std::string> name;    ///< the words after the last title
};

/// `Ukrainian President Volodymyr Zelensky` → titles {Ukrainian, President}, name {Volodymyr,
/// Zelensky}; a bare title (`Moderator`) stays as the name; a peerage before a single word
/// stays (`Lord Goldsmith`).
SplitName split_title(const std::vector<std::string>& words);

}  // namespace newsdex::attribution
