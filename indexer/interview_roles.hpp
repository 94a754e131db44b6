#pragma once
// An interview of two named people that goes on under `Question:` and `Answer:` labels.

#include <vector>

#include "newsdex/article.hpp"

namespace newsdex {

/// Where the named turns of a transcript belong to two people only — one who asks
/// (`Andrey Karaulov: … Which type of problems was not solved?`) and one whose turns ask
/// nothing — and the text goes on under `Question:` / `Answer:` labels, the question turns
/// that name no asker are the first's and the answer turns the second's. Turns under other
/// unnamed labels (`MODERATOR:`) and other transcripts are left as they are.
void name_interview_roles(std::vector<Passage>& paragraphs);

}  // namespace newsdex
