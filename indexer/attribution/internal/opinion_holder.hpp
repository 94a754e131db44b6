#pragma once
// Whose opinion a sentence of narration gives when it opens by naming it: `In President
// Putin's view, …`, `In his opinion, …`, `In the view of the Georgian President, …` — the
// summary of what someone said at a news conference, as `according to Name, …` is.

#include "speech_subject.hpp"

namespace newsdex::attribution {

/// The person whose view the sentence toks[start, end) opens with; none where it opens
/// otherwise.
Subject opinion_holder(const Toks& toks, std::size_t start, std::size_t end);

}  // namespace newsdex::attribution
