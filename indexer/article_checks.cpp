#include "article_checks.hpp"

#include "article_kind.hpp"
#include "article_reader.hpp"
#include "date_parser.hpp"
#include "front_matter.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/utf8.hpp"
#include "plain_text.hpp"

namespace newsdex {

namespace {

void check_field(const std::string& value, const std::string& where, const char* name) {
    if (invalid_utf8_offset(value) || value.find('\0') != std::string::npos)
        throw InputError(where, std::string("'") + name + "' is not UTF-8 text");
}

std::string unix_line_ends(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r')
            out += text[i];
        else if (i + 1 >= text.size() || text[i + 1] != '\n')
            out += '\n';
    }
    return out;
}

}  // namespace

void check_article(Article& article, const std::string& where) {
    if (blank(article.id)) throw InputError(where, "no id");
    if (blank(article.body)) throw InputError(where, "no text");
    check_text(article.body, where);
    check_field(article.id, where, "id");
    check_field(article.title, where, "title");
    check_field(article.source, where, "source");
    check_field(article.url, where, "url");
    check_field(article.language, where, "language");
    for (const auto& s : article.speakers) check_field(s, where, "speakers");
    for (const auto& t : article.topics) check_field(t, where, "topics");
    std::size_t metadata_bytes = 0;
    for (const auto& [key, value] : article.metadata) {
        check_field(key, where, "metadata");
        check_field(value, where, "metadata");
        metadata_bytes += key.size() + value.size();
    }
    // Every passage carries its article's title and metadata, as from a file's front matter.
    if (metadata_bytes > kMaxFrontMatterBytes)
        throw InputError(where, "metadata is " + std::to_string(metadata_bytes) +
                                    " bytes long; at most " + std::to_string(kMaxFrontMatterBytes) +
                                    " are allowed");
    if (article.title.size() > kMaxTitleBytes)
        throw InputError(where, "'title' is " + std::to_string(article.title.size()) +
                                    " bytes long; at most " + std::to_string(kMaxTitleBytes) +
                                    " are allowed");
    auto kind = article_kind(article.kind);
    if (!kind) throw InputError(where, unknown_kind_problem(article.kind));
    article.kind = *kind;
    article.body = unix_line_ends(article.body);
    if (article.date.empty()) return;
    if (auto parsed = parse_date(article.date)) {
        article.date = parsed->day;
        if (!parsed->time.empty()) article.time = parsed->time;
        return;
    }
    article.warnings.push_back("date '" + article.date +
                               "' is not a date newsdex reads (YYYY-MM-DD, optionally with a "
                               "time); indexed without a date");
    article.date.clear();
    article.time.clear();
}

}  // namespace newsdex
