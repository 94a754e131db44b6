#pragma once
// The askers of an interview with several hosts, told by whom the answers greet.

#include <string>
#include <vector>

#include "newsdex/article.hpp"

namespace newsdex {

/// An interview whose title lists several hosts (`… with Joe Scarborough, Mika Brzezinski,
/// and Willie Geist of Morning Joe, MSNBC`) and whose `QUESTION:` turns name no asker: a
/// question is the host's whose first name the answer after it greets (`Good morning,
/// Mika.`), or the asker's a question turn of a name alone called (`QUESTION: Jonathan
/// Lemire.`, answered `Well, Jonathan, …`); a question the answer greets no one in is the
/// last asker's, and so is the line calling the next one. Other transcripts are left as
/// they are.
void name_greeted_askers(const std::string& title, std::vector<Passage>& paragraphs);

}  // namespace newsdex
