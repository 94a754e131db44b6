#include "pdf_reader.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "front_matter.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/utf8.hpp"
#include "plain_text.hpp"

namespace newsdex {

namespace {

struct Line {
    std::string text;
    double top = 0, bottom = 0, left = 0, right = 0;
    double height() const { return bottom - top; }
};

std::string utf8_of(const poppler::ustring& u) {
    const auto bytes = u.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// Poppler reports damaged files on stderr; the reader's own error says what matters.
void quiet_poppler() {
    static std::once_flag once;
    std::call_once(
        once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// The page's words gathered into lines, in poppler's reading order: a word whose middle is
// within the current line's height goes on it.
std::vector<Line> lines_of(const poppler::page& page) {
    std::vector<Line> out;
    bool space_after = false;
    for (const auto& box : page.text_list()) {
        const auto r = box.bbox();
        const double middle = r.y() + r.height() / 2;
        auto word = utf8_of(box.text());
        if (word.empty()) continue;
        if (out.empty() || middle < out.back().top || middle > out.back().bottom ||
            r.x() < out.back().left) {
            out.push_back({std::move(word), r.y(), r.y() + r.height(), r.x(), r.x() + r.width()});
        } else {
            auto& line = out.back();
            if (space_after || r.x() > line.right + r.height() * 0.15) line.text += ' ';
            line.text += word;
            line.top = std::min(line.top, r.y());
            line.bottom = std::max(line.bottom, r.y() + r.height());
            line.right = std::max(line.right, r.x() + r.width());
        }
        space_after = box.has_space_after();
    }
    return out;
}

// Digits stand for any number, so `Page 2 of 5` repeats as `Page 3 of 5` does.
std::string shape_of(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (out.empty() || out.back() != '#') out += '#';
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

// `3`, `- 3 -`, `Page 3`, `3 of 12`, `3/12`, `iv`.
bool page_number(std::string_view text) {
    const auto shape = shape_of(text);
    static const char* kShapes[] = {"#",   "- # -", "-#-",  "page #", "# of #", "page # of #",
                                    "#/#", "# / #", "p. #", "[#]",    "(#)"};
    for (const char* s : kShapes)
        if (shape == s) return true;
    return !shape.empty() && shape.size() <= 5 &&
           shape.find_first_not_of("ivxlc") == std::string::npos;
}

// Drops page numbers, and lines at the top or bottom of more than half the pages (of two
// or more) that read the same but for their numbers: running headers and footers.
void drop_furniture(std::vector<std::vector<Line>>& pages) {
    constexpr std::size_t kEdgeLines = 2;
    std::map<std::string, std::size_t> top_count, bottom_count;
    for (const auto& lines : pages) {
        std::set<std::string> tops, bottoms;
        for (std::size_t i = 0; i < lines.size() && i < kEdgeLines; ++i) {
            tops.insert(shape_of(lines[i].text));
            bottoms.insert(shape_of(lines[lines.size() - 1 - i].text));
        }
        for (const auto& s : tops) ++top_count[s];
        for (const auto& s : bottoms) ++bottom_count[s];
    }
    const std::size_t most = pages.size() / 2 + 1;
    auto repeated = [&](const std::map<std::string, std::size_t>& count, const Line& line) {
        if (pages.size() < 2) return false;
        auto found = count.find(shape_of(line.text));
        return found != count.end() && found->second >= most;
    };
    for (auto& lines : pages) {
        for (std::size_t round = 0; round < kEdgeLines && !lines.empty(); ++round) {
            if (page_number(lines.front().text) || repeated(top_count, lines.front()))
                lines.erase(lines.begin());
            else
                break;
        }
        for (std::size_t round = 0; round < kEdgeLines && !lines.empty(); ++round) {
            if (page_number(lines.back().text) || repeated(bottom_count, lines.back()))
                lines.pop_back();
            else
                break;
        }
    }
}

double median(std::vector<double> values, double otherwise) {
    if (values.empty()) return otherwise;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

bool ends_sentence(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == ')'))
        text.remove_suffix(1);
    if (text.ends_with("\xE2\x80\x9D")) text.remove_suffix(3);  // ”
    return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?' ||
                             text.back() == ':' || text.back() == ';');
}

bool lower_start(std::string_view text) {
    if (text.empty()) return false;
    const auto c = static_cast<unsigned char>(text.front());
    return (c >= 'a' && c <= 'z') || (c >= 0xC3 && c <= 0xC5 && text.size() > 1 &&
                                      static_cast<unsigned char>(text[1]) >= 0x9F);
}

// Appends `line` to a paragraph: a word hyphenated at the line end is joined when the line
// goes on in lower case; a hyphen before a capital (`Nagorno-`/`Karabakh`) stays, with no
// space after it.
void append_line(std::string& paragraph, const std::string& line) {
    if (paragraph.empty()) {
        paragraph = line;
        return;
    }
    const bool hyphen = paragraph.size() > 1 && paragraph.back() == '-' &&
                        std::isalpha(static_cast<unsigned char>(paragraph[paragraph.size() - 2]));
    const bool soft_hyphen = paragraph.ends_with("\xC2\xAD");
    if (soft_hyphen) {
        paragraph.resize(paragraph.size() - 2);
    } else if (hyphen) {
        if (lower_start(line)) paragraph.pop_back();
    } else {
        paragraph += ' ';
    }
    paragraph += line;
}

std::vector<std::string> paragraphs_of(const std::vector<std::vector<Line>>& pages) {
    std::vector<double> gaps, lefts, rights;
    for (const auto& lines : pages) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            lefts.push_back(lines[i].left);
            rights.push_back(lines[i].right);
            if (i > 0 && lines[i].top > lines[i - 1].top)
                gaps.push_back(lines[i].top - lines[i - 1].top);
        }
    }
    const double spacing = median(gaps, 0);
    const double margin = median(lefts, 0);
    std::sort(rights.begin(), rights.end());
    // The right edge of full lines: the 90th percentile, so short lines do not pull it in.
    const double full_right = rights.empty() ? 0 : rights[rights.size() * 9 / 10];

    std::vector<std::string> out;
    std::string current;
    const Line* previous = nullptr;
    auto flush = [&] {
        if (!current.empty()) out.push_back(std::move(current));
        current.clear();
    };
    for (const auto& lines : pages) {
        bool first_on_page = true;
        for (const auto& line : lines) {
            bool starts = previous == nullptr;
            if (previous) {
                const double em = std::max(line.height(), 1.0);
                const bool short_before =
                    previous->right < full_right - 4 * em && ends_sentence(previous->text);
                const bool indented = line.left > margin + em && line.left > previous->left + em;
                const bool gap =
                    !first_on_page && spacing > 0 && line.top - previous->top > 1.5 * spacing;
                const bool jump = !first_on_page && line.top < previous->top;  // a new column
                starts = gap || indented || short_before ||
                         (jump && ends_sentence(previous->text)) ||
                         (previous->right < full_right - 4 * em && !first_on_page &&
                          !lower_start(line.text) && previous->text.size() < kMaxTitleLine / 2 &&
                          !ends_sentence(previous->text) && previous->text.back() != ',' &&
                          previous->text.back() != '-');
            }
            if (starts) flush();
            append_line(current, line.text);
            previous = &line;
            first_on_page = false;
        }
    }
    flush();
    return out;
}

// A Title field worth showing: not blank, not a file name or a word processor's default.
bool sensible_title(const std::string& title) {
    if (title.find_first_not_of(" \t") == std::string::npos) return false;
    if (title.size() > kMaxTitleBytes || invalid_utf8_offset(title)) return false;
    std::string lower;
    for (char c : title) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* junk : {".doc", ".pdf", ".rtf", ".odt", ".indd", ".tex", "untitled",
                             "microsoft word", "powerpoint", "slide 1"})
        if (lower.find(junk) != std::string::npos) return false;
    return true;
}

}  // namespace

Article read_pdf(std::string_view bytes, const SourceFile& file) {
    if (bytes.size() > INT_MAX) throw InputError(file.path, "PDF too large");
    quiet_poppler();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
        // Poppler gives no reason; a password it would have asked for is the one it knows.
        if (bytes.find("/Encrypt") != std::string_view::npos)
            throw InputError(file.path, "PDF is encrypted");
        throw InputError(file.path, "not a readable PDF (damaged or truncated)");
    }
    if (doc->is_locked()) throw InputError(file.path, "PDF is encrypted");

    std::vector<std::vector<Line>> pages;
    for (int i = 0; i < doc->pages(); ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        pages.push_back(page ? lines_of(*page) : std::vector<Line>{});
    }
    std::vector<std::vector<Line>> kept = pages;
    drop_furniture(kept);
    auto paragraphs = paragraphs_of(kept);
    for (auto& p : paragraphs)
        if (invalid_utf8_offset(p)) p.clear();  // text poppler could not map to Unicode
    std::erase_if(paragraphs, [](const std::string& p) {
        return p.find_first_not_of(" \t") == std::string::npos;
    });
    if (paragraphs.empty()) throw InputError(file.path, "PDF has no extractable text");

    Article article;
    article.path = file.path;
    article.id = file.relative;
    const auto title = utf8_of(doc->info_key("Title"));
    if (sensible_title(title)) {
        article.title = title;
        // The title printed at the top is the title, not the first paragraph.
        if (paragraphs.size() > 1 && paragraphs.front() == title)
            paragraphs.erase(paragraphs.begin());
    } else if (paragraphs.size() > 1 && paragraphs.front().size() <= kMaxTitleLine) {
        article.title = paragraphs.front();
        paragraphs.erase(paragraphs.begin());
    }
    if (const std::time_t created = doc->info_date_t("CreationDate"); created > 0) {
        std::tm utc{};
        if (gmtime_r(&created, &utc)) {
            char day[16], time[16];
            std::strftime(day, sizeof day, "%Y-%m-%d", &utc);
            std::strftime(time, sizeof time, "%H:%M:%S", &utc);
            article.date = day;
            article.time = time;
        }
    }
    article.body = join_paragraphs(paragraphs);
    return article;
}

}  // namespace newsdex
