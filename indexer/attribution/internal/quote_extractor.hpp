#pragma once
// Finds direct quotations in an article's paragraphs: “curly”, "straight", «guillemet» and
// ‘single’ marks, quotes nested inside them, quotes running over several paragraphs and
// straight-quoted passages whose paragraph breaks were lost (a new opening mark while a
// quote is still open continues it).

#include <cstddef>
#include <string>
#include <vector>

namespace newsdex {

/// One stretch of a quotation inside one paragraph.
struct QuoteSegment {
    std::size_t paragraph = 0;
    std::size_t open = 0;   ///< byte offset of the opening mark
    std::size_t close = 0;  ///< byte offset of the closing mark, or the paragraph's length
    bool closed = false;
};

struct ExtractedQuote {
    std::vector<QuoteSegment> segments;  ///< in reading order; more than one when it continues
    std::string text;                    ///< the quoted words, marks removed, segments joined
};

std::vector<ExtractedQuote> extract_quotes(const std::vector<std::string>& paragraphs);

}  // namespace newsdex
