#include "internal/quote_extractor.hpp"

#include <utf8proc.h>

#include <optional>

namespace newsdex::attribution {

namespace {

enum class Family { none, double_mark, guillemet, single_mark };
enum class Role { opener, closer, straight };

struct Mark {
    Family family;
    Role role;
    std::size_t length;
};

utf8proc_int32_t decode(const std::string& s, std::size_t at, std::size_t* length = nullptr) {
    utf8proc_int32_t cp = -1;
    auto n = at < s.size() ? utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + at,
                                             static_cast<utf8proc_ssize_t>(s.size() - at), &cp)
                           : 0;
    if (length) *length = n > 0 ? static_cast<std::size_t>(n) : 1;
    return cp;
}

utf8proc_int32_t before(const std::string& s, std::size_t at) {
    if (at == 0) return -1;
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    return decode(s, start);
}

bool letter_or_digit(utf8proc_int32_t cp) {
    if (cp < 0) return false;
    auto c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_ND;
}

bool space_or_edge(utf8proc_int32_t cp) {
    return cp < 0 || cp == ' ' || cp == '\t' || cp == 0xA0;
}

std::optional<Mark> mark_at(const std::string& s, std::size_t i) {
    std::size_t n = 0;
    switch (decode(s, i, &n)) {
        case '"': return Mark{Family::double_mark, Role::straight, n};
        case 0x201C: return Mark{Family::double_mark, Role::opener, n};  // “
        case 0x201D: return Mark{Family::double_mark, Role::closer, n};  // ”
        case 0x00AB: return Mark{Family::guillemet, Role::opener, n};    // «
        case 0x00BB: return Mark{Family::guillemet, Role::closer, n};    // »
        case 0x2018: return Mark{Family::single_mark, Role::opener, n};  // ‘
        case 0x2019: return Mark{Family::single_mark, Role::closer, n};  // ’ (or an apostrophe)
        default: return std::nullopt;
    }
}

// A straight mark opens when it stands before a word and after a space, bracket or dash.
bool looks_like_opener(const std::string& s, std::size_t i, std::size_t n) {
    auto prev = before(s, i);
    auto next = decode(s, i + n);
    bool before_ok = space_or_edge(prev) || prev == '(' || prev == '[' || prev == 0x2014 ||
                     prev == 0x2013 || prev == '-' || prev == ':';
    return before_ok && !space_or_edge(next);
}

// ’ closes a single-quoted passage only where it cannot be an apostrophe (don’t, Jones’ car).
bool single_closer(const std::string& s, std::size_t i, std::size_t n) {
    return !letter_or_digit(decode(s, i + n)) && !space_or_edge(before(s, i));
}

class Extractor {
public:
    explicit Extractor(const std::vector<std::string>& paragraphs) : paragraphs_(paragraphs) {}

    std::vector<ExtractedQuote> run() {
        for (std::size_t p = 0; p < paragraphs_.size(); ++p) scan(p);
        for (auto& q : quotes_) q.text = text_of(q);
        return std::move(quotes_);
    }

private:
    void scan(std::size_t p) {
        const auto& s = paragraphs_[p];
        std::size_t i = 0;
        if (open_) {
            // English convention: a quote running on into the next paragraph re-opens it
            // with a fresh opening mark; without one the quote ended with its paragraph.
            auto mark = mark_at(s, 0);
            if (mark && mark->family == family_ && mark->role != Role::closer) {
                quotes_.back().segments.push_back({p, 0, s.size(), false});
                i = mark->length;
            } else if (runs_on_unmarked(p)) {
                quotes_.back().segments.push_back({p, 0, s.size(), false});
            } else {
                open_ = false;
            }
        }
        while (i < s.size()) {
            auto mark = mark_at(s, i);
            if (!mark) {
                ++i;
                continue;
            }
            const auto n = mark->length;
            if (!open_) {
                if (mark->role == Role::opener ||
                    (mark->role == Role::straight && looks_like_opener(s, i, n))) {
                    if (mark->family == Family::single_mark && !single_quote_ahead(s, i + n)) {
                        i += n;
                        continue;
                    }
                    open_ = true;
                    family_ = mark->family;
                    quotes_.push_back({{{p, i, s.size(), false}}, {}});
                }
            } else if (mark->family == family_) {
                auto& seg = quotes_.back().segments.back();
                bool closes = mark->role == Role::closer ||
                              (mark->role == Role::straight && !looks_like_opener(s, i, n));
                if (family_ == Family::single_mark && mark->role == Role::closer)
                    closes = single_closer(s, i, n);
                if (closes) {
                    seg.close = i;
                    seg.closed = true;
                    open_ = false;
                } else if (mark->role != Role::closer) {
                    // An opener inside an open quote of the same family: a paragraph break
                    // was lost here, and the quotation carries on in a new segment.
                    seg.close = i;
                    quotes_.back().segments.push_back({p, i, s.size(), false});
                }
            }
            i += n;
        }
        if (open_) quotes_.back().segments.back().close = s.size();
    }

    // Without the fresh opening mark, a quotation still runs on when the paragraphs after it
    // hold no mark of its kind until one whose first such mark is a closing one (`“I would
    // like … topics.` / `In my opinion, …` / `… your comments,” President Putin said.`).
    bool runs_on_unmarked(std::size_t p) const {
        for (std::size_t q = p; q < paragraphs_.size() && q < p + 4; ++q) {
            const auto& s = paragraphs_[q];
            for (std::size_t i = 0; i < s.size();) {
                auto mark = mark_at(s, i);
                if (!mark) {
                    ++i;
                    continue;
                }
                if (mark->family == family_) return mark->role == Role::closer;
                i += mark->length;
            }
        }
        return false;
    }

    // A ‘ opens a quotation only when a closing ’ follows in the same paragraph.
    bool single_quote_ahead(const std::string& s, std::size_t from) const {
        for (std::size_t i = from; i < s.size(); ++i) {
            auto mark = mark_at(s, i);
            if (mark && mark->family == Family::single_mark && mark->role == Role::closer &&
                single_closer(s, i, mark->length))
                return true;
        }
        return false;
    }

    std::string text_of(const ExtractedQuote& q) const {
        std::string text;
        for (const auto& seg : q.segments) {
            const auto& s = paragraphs_[seg.paragraph];
            std::size_t n = 0;
            decode(s, seg.open, &n);
            auto begin = seg.open + n;
            if (begin >= seg.close) continue;
            auto piece = s.substr(begin, seg.close - begin);
            auto first = piece.find_first_not_of(' ');
            auto last = piece.find_last_not_of(' ');
            if (first == std::string::npos) continue;
            if (!text.empty()) text += ' ';
            text += piece.substr(first, last - first + 1);
        }
        return text;
    }

    const std::vector<std::string>& paragraphs_;
    std::vector<ExtractedQuote> quotes_;
    bool open_ = false;
    Family family_ = Family::none;
};

}  // namespace

std::vector<ExtractedQuote> extract_quotes(const std::vector<std::string>& paragraphs) {
    return Extractor(paragraphs).run();
}

}  // namespace newsdex::attribution
