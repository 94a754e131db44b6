#pragma once
// The ways a transcript's asker comes to be named besides introducing themself at the start
// of a question (self_introduced, in attribution.hpp).

#include <optional>
#include <string>
#include <vector>

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
/// `But, Danny Kemp.`), or the name among short asides that name no one else (`Jennifer.
/// Jennifer Jacobs.`, `David Sanger. I thought I saw David. There he is.`); it calls the
/// question that follows it straight away, no later one.
std::optional<std::string> asker_called_alone(const std::string& text);

/// The askers a host introduces by full name before calling them by first name: a name with
/// its outlet (`our new media members: Mike Allen from Axios, Matt Boyle from Breitbart`), or
/// set off before `who` (`We have John Stoll, who is the head of news at X.`).
std::vector<std::string> askers_introduced(const std::string& text);

/// The first name a host calls with a short line (`Mike, why don't you go ahead.`, `Matt.`,
/// `Go ahead, John.`); nullopt when the line calls no one by a name word.
std::optional<std::string> first_name_called(const std::string& text);

}  // namespace newsdex::attribution
