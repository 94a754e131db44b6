#pragma once
// An interview printed inside a news story or on a ministry's page in question and answer
// form: turns opened by `Question:`/`Answer:`, `Q:`/`A:`, `Q.`/`A.`, `Question - `/`Answer -
// `, or by a bare dash (`- Mr. Minister, how do you assess …?` / `- We believe that …`).

#include <cstddef>
#include <string>
#include <vector>

namespace newsdex::attribution {

enum class InterviewLine { none, question, answer };

/// Each paragraph's part in a printed interview: the question or the answer turn it opens or
/// carries on (an unlabelled paragraph after a turn's first goes on with that turn), or
/// `none` outside the interview. A paragraph opened by another label (`Zohrab Mnatsakanyan:
/// …`, `NV: …`) ends the labelled turn before it; its speaker is the label's. Labelled lines
/// win over dash lines. `A.`/`A:` count only
/// where the text has question labels too. Dash lines count where two turns or more open
/// with a dash and a capital (`- added X.`, in lower case, is an attribution, no turn), the
/// first turn asks something — or, of three turns or more, is an asker greeting and naming
/// themself (`- Hello, Mr. President. Alexey Golovko, the Vesti program.`) — and most of the
/// odd turns do; the turns then alternate, question first.
std::vector<InterviewLine> printed_interview(const std::vector<std::string>& paragraphs);

}  // namespace newsdex::attribution
