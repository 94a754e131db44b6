#pragma once
// The ways a transcript's asker comes to be named besides introducing themself at the start
// of a question (self_introduced, in attribution.hpp).

#include <optional>
#include <string>

namespace newsdex::attribution {

/// The one name in a short reply to the host's `Who are you with?` (`Just the News. Amanda
/// Head.`); nullopt when the reply holds no name, or two.
std::optional<std::string> name_in_reply(const std::string& text);

/// Whether a question opens with who asks and their outlet (`Nakakuki of Kyodo News.`), a
/// new asker's words even when the name is a single one that self_introduced does not take.
bool gives_name_and_outlet(const std::string& text);

/// The asker a host or moderator calls by full name with their outlet (`Our next question
/// comes from Aamer Madhani with the Associated Press.`).
std::optional<std::string> asker_called(const std::string& text);

/// The asker a host calls with a line that is only their full name (`Trevor Hunnicutt.`,
/// `But, Danny Kemp.`); it calls the question that follows it straight away, no later one.
std::optional<std::string> asker_called_alone(const std::string& text);

}  // namespace newsdex::attribution
