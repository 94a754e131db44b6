#include "passage_collection.hpp"

#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>

#include "newsdex/database.hpp"
#include "newsdex/passage_record.hpp"

namespace newsdex::eval {

namespace fs = std::filesystem;

namespace {

// Tab-separated lines of a file, blank lines and a header starting `header` skipped.
std::vector<std::vector<std::string>> read_rows(const fs::path& path, const std::string& header,
                                                std::size_t min_fields) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path.string() + ": cannot be read");
    std::vector<std::vector<std::string>> rows;
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        if (n == 1 && line.starts_with(header + "\t")) continue;
        std::vector<std::string> fields;
        std::size_t pos = 0;
        while (true) {
            auto tab = line.find('\t', pos);
            fields.push_back(line.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos));
            if (tab == std::string::npos) break;
            pos = tab + 1;
        }
        if (fields.size() < min_fields || fields[0].empty())
            throw std::runtime_error(path.string() + ":" + std::to_string(n) + ": expected " +
                                     std::to_string(min_fields) + " tab-separated fields");
        rows.push_back(std::move(fields));
    }
    return rows;
}

// Words separated by single spaces, for comparing a snippet with a passage's text.
std::string squeeze(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace

bool is_passage_collection(const std::string& dir) {
    std::error_code ec;
    return fs::exists(fs::path(dir) / "judgments.tsv", ec);
}

Collection load_passage_collection(const std::string& dir) {
    Collection c;
    c.name = fs::path(dir).lexically_normal().filename().string();
    if (c.name.empty()) c.name = fs::path(dir).lexically_normal().parent_path().filename().string();
    for (auto& row : read_rows(fs::path(dir) / "sources.txt", "name", 2)) {
        auto folder = fs::path(dir) / row[1];
        std::error_code ec;
        if (!fs::is_directory(folder, ec))
            throw std::runtime_error((fs::path(dir) / "sources.txt").string() + ": source '" +
                                     row[0] + "' is not a folder: " + folder.string());
        c.sources.push_back({row[0], fs::canonical(folder).string()});
    }
    if (c.sources.empty())
        throw std::runtime_error((fs::path(dir) / "sources.txt").string() + ": no sources");
    if (const auto unit_path = fs::path(dir) / "unit.txt"; fs::exists(unit_path)) {
        std::ifstream in(unit_path);
        std::string unit;
        in >> unit;
        if (unit != "articles" && unit != "passages" && unit != "article-lines")
            throw std::runtime_error(unit_path.string() +
                                     ": expected 'passages', 'articles' or 'article-lines'");
        c.article_unit = unit == "articles";
        c.line_unit = unit == "article-lines";
    }
    for (auto& row : read_rows(fs::path(dir) / "queries.tsv", "qid", 2))
        c.queries.push_back({row[0], row[1]});
    const auto judgments = fs::path(dir) / "judgments.tsv";
    std::size_t n = 0;
    for (auto& row : read_rows(judgments, "qid", 5)) {
        ++n;
        Judgment j{row[0], row[1], row[2], squeeze(row[3]), 0};
        try {
            j.grade = std::stoi(row[4]);
        } catch (const std::exception&) {
            throw std::runtime_error(judgments.string() + ": judgment " + std::to_string(n) +
                                     ": grade '" + row[4] + "' is not a number");
        }
        if (j.snippet.empty())
            throw std::runtime_error(judgments.string() + ": judgment " + std::to_string(n) +
                                     ": empty snippet");
        // A whole article: kind `article`, snippet `-`, in a collection judged by article.
        if (j.kind == "article" && j.snippet != "-")
            throw std::runtime_error(judgments.string() + ": judgment " + std::to_string(n) +
                                     ": an article judgment's snippet is '-'");
        if (j.kind == "article" && c.unit_is_passages())
            throw std::runtime_error(judgments.string() + ": judgment " + std::to_string(n) +
                                     ": an article judgment needs unit.txt 'articles' or "
                                     "'article-lines'");
        c.judgments.push_back(std::move(j));
    }
    return c;
}

std::string file_key(const std::string& path, const std::vector<Source>& sources) {
    for (const auto& s : sources) {
        const auto prefix = s.path + "/";
        if (path.starts_with(prefix)) return s.name + "/" + path.substr(prefix.size());
    }
    return {};
}

std::vector<IndexedPassage> read_passages(const std::string& db_path,
                                          const std::vector<Source>& sources) {
    std::vector<IndexedPassage> out;
    auto db = open_for_reading(db_path);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        auto record = PassageRecord::parse(db.get_document(*it).get_data());
        out.push_back({record.passage_id, file_key(record.path, sources),
                       std::string(to_string(record.kind)), std::move(record.text)});
    }
    return out;
}

std::vector<Judgment> resolve_judgments(const std::vector<Judgment>& judgments,
                                        const std::vector<IndexedPassage>& passages,
                                        Qrels& qrels) {
    std::map<std::pair<std::string, std::string>, std::vector<const IndexedPassage*>> by_file;
    for (const auto& p : passages) {
        by_file[{p.file, p.kind}].push_back(&p);
        if (!p.file.empty()) by_file[{p.file, "article"}].push_back(&p);
    }
    std::map<const IndexedPassage*, std::string> squeezed;
    std::vector<Judgment> unmatched;
    for (const auto& j : judgments) {
        bool found = false;
        auto it = by_file.find({j.file, j.kind});
        if (it != by_file.end())
            for (const auto* p : it->second) {
                auto& text = squeezed[p];
                if (j.kind != "article") {
                    if (text.empty()) text = squeeze(p->text);
                    if (text.find(j.snippet) == std::string::npos) continue;
                }
                auto& grade = qrels[j.qid][p->id];
                grade = std::max(grade, j.grade);
                found = true;
            }
        if (!found) unmatched.push_back(j);
    }
    return unmatched;
}

namespace {

std::map<std::string, const IndexedPassage*> by_id(const std::vector<IndexedPassage>& passages) {
    std::map<std::string, const IndexedPassage*> out;
    for (const auto& p : passages) out[p.id] = &p;
    return out;
}

// The ordinal after a passage id's `#`, for reading order.
long ordinal(const std::string& id) {
    const auto hash = id.rfind('#');
    return hash == std::string::npos ? 0 : std::strtol(id.c_str() + hash + 1, nullptr, 10);
}

}  // namespace

Qrels article_qrels(const Qrels& passage_qrels, const std::vector<IndexedPassage>& passages) {
    const auto index = by_id(passages);
    Qrels out;
    for (const auto& [qid, grades] : passage_qrels)
        for (const auto& [id, grade] : grades) {
            auto it = index.find(id);
            if (it == index.end() || it->second->file.empty()) continue;
            auto& g = out[qid][it->second->file];
            g = std::max(g, grade);
        }
    return out;
}

Documents article_documents(const std::vector<IndexedPassage>& passages) {
    std::map<std::string, std::vector<const IndexedPassage*>> by_file;
    for (const auto& p : passages)
        if (!p.file.empty() && p.kind != "quote") by_file[p.file].push_back(&p);
    Documents out;
    for (auto& [file, parts] : by_file) {
        std::sort(parts.begin(), parts.end(),
                  [](const auto* a, const auto* b) { return ordinal(a->id) < ordinal(b->id); });
        std::string text;
        for (const auto* p : parts) text += (text.empty() ? "" : "\n\n") + p->text;
        out.emplace_back(file, std::move(text));
    }
    return out;
}

Documents article_lines(const std::vector<IndexedPassage>& passages) {
    auto docs = article_documents(passages);
    for (auto& [file, text] : docs)
        for (std::size_t at; (at = text.find("\n\n")) != std::string::npos;) text.replace(at, 2, " ");
    return docs;
}

Collection lines_collection(const Collection& judged, const std::string& docs_path) {
    Collection c;
    c.name = judged.name;
    c.docs_path = docs_path;
    c.qrels = judged.qrels;
    for (const auto& q : judged.queries) c.queries.push_back({q.id, baseline_words(q.text)});
    return c;
}

std::string baseline_words(const std::string& query) {
    std::string out;
    std::size_t pos = 0;
    while (pos < query.size()) {
        auto end = query.find(' ', pos);
        if (end == std::string::npos) end = query.size();
        auto word = query.substr(pos, end - pos);
        const auto colon = word.find(':');
        if (colon != std::string::npos && colon > 0 && colon + 1 < word.size()) {
            word = word.substr(colon + 1);
            // `speaker:"gordon brown"`: the quoted name's words.
            if (word.front() == '"') {
                auto close = query.find('"', pos + colon + 2);
                if (close == std::string::npos) close = query.size();
                word = query.substr(pos + colon + 2, close - (pos + colon + 2));
                end = std::min(query.size(), close + 1);
            }
        }
        if (!word.empty()) out += (out.empty() ? "" : " ") + word;
        pos = end + 1;
    }
    return out;
}

}  // namespace newsdex::eval
