#pragma once
// Finds direct quotations in an article's paragraphs: “curly”, "straight", «guillemet» and
// ‘single’ marks, quotes nested inside them, quotes running over several paragraphs and
// straight-quoted passages whose paragraph breaks were lost (a new opening mark while a
// quote is still open continues it).

#include <string>
#include <vector>

#include "attribution.hpp"

namespace newsdex::attribution {

std::vector<ExtractedQuote> extract_quotes(const std::vector<std::string>& paragraphs);

}  // namespace newsdex::attribution
