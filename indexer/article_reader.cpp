#include "article_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "front_matter.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/utf8.hpp"
#include "plain_text.hpp"

namespace newsdex {

namespace {

std::string megabytes(std::uint64_t bytes) {
    std::ostringstream out;
    out.precision(1);
    out << std::fixed << static_cast<double>(bytes) / (1 << 20) << " MiB";
    return out.str();
}

size_t line_of(std::string_view text, size_t offset) {
    return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::string normalise_newlines(std::string text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

// Without a front-matter title, a first non-empty line that stands alone (a blank line or
// the end follows it) and is headline-sized, or is a Markdown heading, is the title and
// leaves the body. Otherwise the text starts at once and the article has no title.
std::string take_title_line(const std::string& body, Article& article) {
    size_t pos = 0;
    while (pos < body.size()) {
        auto end = body.find('\n', pos);
        if (end == std::string::npos) end = body.size();
        std::string_view line(body.data() + pos, end - pos);
        if (!blank(line)) {
            auto rest = end < body.size() ? std::string_view(body).substr(end + 1) : std::string_view();
            auto next = rest.substr(0, rest.find('\n'));
            const bool heading = line.find_first_not_of(" \t") == line.find('#');
            if (!heading && (line.size() > kMaxTitleLine || !blank(next))) return body;
            if (line.size() > kMaxTitleBytes) return body;  // a "heading" as long as a text
            auto first = line.find_first_not_of(" \t#");
            auto last = line.find_last_not_of(" \t");
            if (first != std::string_view::npos)
                article.title = std::string(line.substr(first, last - first + 1));
            return std::string(rest);
        }
        pos = end + 1;
    }
    return {};
}

}  // namespace

void check_text(std::string_view text, const std::string& path) {
    if (auto nul = text.find('\0'); nul != std::string::npos)
        throw InputError(path, "binary file (NUL byte at offset " + std::to_string(nul) + ")");
    if (auto bad = invalid_utf8_offset(text))
        throw InputError(path, "invalid UTF-8 at byte " + std::to_string(*bad) + " (line " +
                                   std::to_string(line_of(text, *bad)) +
                                   "); convert the file to UTF-8");
}

std::string prepare_text(std::string text, const std::string& path) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    check_text(text, path);
    text = normalise_newlines(std::move(text));
    if (blank(text)) throw InputError(path, "empty file");
    return text;
}

Article parse_article(std::string text, const SourceFile& file) {
    Article article;
    article.path = file.path;
    article.id = file.relative;
    text = prepare_text(std::move(text), file.path);

    article.body = apply_front_matter(text, article);
    if (article.title.empty()) article.body = take_title_line(article.body, article);
    if (blank(article.body)) throw InputError(file.path, "no text after the title");
    return article;
}

std::string read_file_bytes(const SourceFile& file, std::uint64_t max_bytes) {
    if (file.from_stdin()) {
        std::string text;
        char buf[1 << 16];
        while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
            text.append(buf, static_cast<std::size_t>(std::cin.gcount()));
            if (text.size() > max_bytes)
                throw InputError(file.path, "standard input too large (over " +
                                                megabytes(max_bytes) + "; see --max-file-size)");
        }
        if (std::cin.bad()) throw InputError(file.path, "cannot read standard input");
        return text;
    }
    std::error_code ec;
    auto size = std::filesystem::file_size(file.path, ec);
    if (ec) throw InputError(file.path, "cannot read: " + ec.message());
    if (size > max_bytes)
        throw InputError(file.path, "file too large (" + megabytes(size) + ", limit " +
                                        megabytes(max_bytes) + "; see --max-file-size)");
    std::ifstream in(file.path, std::ios::binary);
    if (!in) throw InputError(file.path, std::string("cannot read: ") + std::strerror(errno));
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) throw InputError(file.path, "cannot read: I/O error");
    return text;
}

}  // namespace newsdex
