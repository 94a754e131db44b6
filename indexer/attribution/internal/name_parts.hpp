#pragma once
// What a person's name is made of in running text: titles and honorifics to strip
// (`Deputy Foreign Minister`, `Mr`), the gender some of them and common first names imply,
// and which capitalised words open sentences rather than names.

#include <string>
#include <string_view>
#include <vector>

namespace newsdex::attribution {

enum class Gender { unknown, male, female };

/// Folded word → true for titles, ranks and offices (`president`, `minister`, `mr`, `sir`).
bool is_title_word(std::string_view folded);
/// Peerages and royal titles that stay part of a one-word name (`Lord Goldsmith`).
bool is_peerage(std::string_view folded);
/// Gender implied by a title (`mr` → male) or a common first name, else unknown.
Gender gender_of_word(std::string_view folded);
/// Capitalised words that begin sentences but never names (`But`, `However`, `The`).
bool is_sentence_opener(std::string_view folded);
/// Words that mark an organisation rather than a person (`council`, `bank`, `party`).
bool is_organisation_word(std::string_view folded);

/// Space-separated words of a name or label.
std::vector<std::string> split_words(std::string_view text);

struct SplitName {
    std::vector<std::string> titles;  ///< as written, in order
    std::vector<std::string> name;    ///< the words after the last title
};

/// `Ukrainian President Volodymyr Zelensky` → titles {Ukrainian, President}, name {Volodymyr,
/// Zelensky}; a bare title (`Moderator`) stays as the name; a peerage before a single word
/// stays (`Lord Goldsmith`).
SplitName split_title(const std::vector<std::string>& words);

}  // namespace newsdex::attribution
