#include "input_formats.hpp"

#include <algorithm>
#include <filesystem>

#include "article_reader.hpp"
#include "feed_reader.hpp"
#include "html_reader.hpp"
#include "jsonl_reader.hpp"
#include "markdown_reader.hpp"
#include "newsdex/errors.hpp"
#include "pdf_reader.hpp"
#include "text_encoding.hpp"
#include "plain_text.hpp"

namespace newsdex {

namespace {

// How much of a file's start is looked at for its format.
constexpr std::size_t kSniffBytes = 1024;

using ReadFn = std::vector<Article> (*)(std::string text, const SourceFile& file,
                                         std::vector<FileFailure>& bad_items);

/// A reader of one format.
struct Reader {
    FileFormat format;
    bool many;           ///< see FileArticles::many
    bool keeps_dropped;  ///< see FileArticles::keeps_dropped
    bool raw_bytes;      ///< takes the file's bytes as they are, not text converted to UTF-8
    ReadFn read;
};

std::vector<Article> read_text(std::string text, const SourceFile& file,
                               std::vector<FileFailure>&) {
    return {parse_article(std::move(text), file)};
}

std::vector<Article> read_markdown_file(std::string text, const SourceFile& file,
                                        std::vector<FileFailure>&) {
    return {read_markdown(std::move(text), file)};
}

std::vector<Article> read_page(std::string text, const SourceFile& file,
                               std::vector<FileFailure>&) {
    return {read_html(text, file)};
}

std::vector<Article> read_feed_items(std::string text, const SourceFile& file,
                                     std::vector<FileFailure>& bad_items) {
    return read_feed(text, file, bad_items);
}

std::vector<Article> read_pdf_file(std::string bytes, const SourceFile& file,
                                   std::vector<FileFailure>&) {
    return {read_pdf(bytes, file)};
}

std::vector<Article> read_json_lines(std::string bytes, const SourceFile& file,
                                     std::vector<FileFailure>& bad_items) {
    return parse_jsonl(bytes, file.path, bad_items);
}

// One line a reader. A new format: its reader here, its FileFormat, how file_format knows
// it and its extensions in kExtensions.
constexpr Reader kReaders[] = {
    {FileFormat::text, false, false, false, read_text},
    {FileFormat::markdown, false, false, false, read_markdown_file},
    {FileFormat::html, false, false, false, read_page},
    {FileFormat::feed, true, true, false, read_feed_items},
    {FileFormat::pdf, false, false, true, read_pdf_file},
    {FileFormat::jsonl, true, false, true, read_json_lines},
};

struct Extension {
    const char* name;
    FileFormat format;
};

constexpr Extension kExtensions[] = {
    {".txt", FileFormat::text},     {".md", FileFormat::markdown},  {".markdown", FileFormat::markdown},
    {".html", FileFormat::html},    {".htm", FileFormat::html},     {".xhtml", FileFormat::html},
    {".xml", FileFormat::feed},     {".rss", FileFormat::feed},     {".atom", FileFormat::feed},
    {".pdf", FileFormat::pdf},      {".jsonl", FileFormat::jsonl},  {".ndjson", FileFormat::jsonl},
};

const Reader* reader_of(FileFormat format) {
    for (const auto& r : kReaders)
        if (r.format == format) return &r;
    return nullptr;
}

std::optional<FileFormat> by_extension(const std::string& path) {
    const auto ext = extension_of(path);
    for (const auto& e : kExtensions)
        if (ext == e.name) return e.format;
    return std::nullopt;
}

// Which of `markers` comes first in `text`, as an offset (npos when none does).
std::size_t first_of(const std::string& text, std::initializer_list<const char*> markers) {
    std::size_t best = std::string::npos;
    for (const char* m : markers) best = std::min(best, text.find(m));
    return best;
}

}  // namespace

std::string extension_of(const std::string& path) {
    return ascii_lower(std::filesystem::path(path).extension().string());
}

std::string_view to_string(FileFormat format) {
    switch (format) {
        case FileFormat::text: return "text";
        case FileFormat::markdown: return "markdown";
        case FileFormat::html: return "html";
        case FileFormat::feed: return "feed";
        case FileFormat::pdf: return "pdf";
        case FileFormat::jsonl: return "jsonl";
    }
    return "text";
}

FileFormat file_format(std::string_view head, const std::string& path) {
    if (head.starts_with("%PDF-")) return FileFormat::pdf;
    const auto named = by_extension(path);
    if (named == FileFormat::jsonl) return FileFormat::jsonl;
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    const auto start = head.find_first_not_of(" \t\r\n");
    if (start != std::string_view::npos && head[start] == '<') {
        const auto text = ascii_lower(head.substr(start, kSniffBytes));
        const auto feed = first_of(text, {"<rss", "<feed", "<rdf:rdf"});
        const auto page = first_of(text, {"<!doctype html", "<html"});
        if (feed != std::string::npos && feed < page) return FileFormat::feed;
        if (page != std::string::npos) return FileFormat::html;
        const bool markdown = named == FileFormat::markdown;
        for (const char* tag : {"<head", "<body", "<meta", "<title"})
            if (text.starts_with(tag) && !markdown) return FileFormat::html;
    }
    return named.value_or(FileFormat::text);
}

bool readable_extension(std::string_view extension) {
    for (const auto& e : kExtensions)
        if (extension == e.name) return true;
    return false;
}

std::string readable_extensions() {
    std::string out;
    for (const auto& e : kExtensions) out += (out.empty() ? "" : ", ") + std::string(e.name);
    return out;
}

FileArticles read_articles(std::string bytes, const SourceFile& file) {
    FileArticles out;
    // The format is known from the bytes when it can be; text in another charset (UTF-16)
    // shows its markup only once converted.
    out.format = file_format(std::string_view(bytes).substr(0, kSniffBytes), file.path);
    const Reader* reader = reader_of(out.format);
    std::string text;
    std::vector<std::string> warnings;
    if (!reader || !reader->raw_bytes) {
        auto decoded = decode_text(bytes, file.path);
        bytes.clear();
        out.format = file_format(std::string_view(decoded.utf8).substr(0, kSniffBytes), file.path);
        reader = reader_of(out.format);
        if (decoded.charset != "utf-8") out.charset = decoded.charset;
        text = std::move(decoded.utf8);
        warnings = std::move(decoded.warnings);
    } else {
        text = std::move(bytes);
    }
    if (!reader)
        throw InputError(file.path, "a " + std::string(to_string(out.format)) +
                                        " file, and this newsdex has no reader for that format");
    out.many = reader->many;
    out.keeps_dropped = reader->keeps_dropped;
    out.articles = reader->read(std::move(text), file, out.bad_items);
    if (!out.many && out.articles.size() != 1)
        throw InputError(file.path, "no article in the file");
    for (auto& a : out.articles) {
        if (!out.charset.empty()) a.metadata.emplace("charset", out.charset);
        a.warnings.insert(a.warnings.begin(), warnings.begin(), warnings.end());
    }
    return out;
}

Article read_article(const SourceFile& file, std::uint64_t max_bytes) {
    auto read = read_articles(read_file_bytes(file, max_bytes), file);
    if (read.articles.size() != 1)
        throw InputError(file.path, "holds " + std::to_string(read.articles.size()) +
                                        " articles; one was expected");
    return std::move(read.articles.front());
}

}  // namespace newsdex
