#include "collection.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace newsdex::eval {

namespace {

std::ifstream open(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot be read");
    return in;
}

std::vector<std::pair<std::string, std::string>> read_tsv(const std::string& path) {
    auto in = open(path);
    std::vector<std::pair<std::string, std::string>> out;
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        auto tab = line.find('\t');
        if (tab == std::string::npos || tab == 0)
            throw std::runtime_error(path + ":" + std::to_string(n) + ": expected id<TAB>text");
        out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
    }
    return out;
}

}  // namespace

Documents read_docs(const std::string& docs_path) {
    Documents out;
    std::set<std::string> seen;
    for (auto& doc : read_tsv(docs_path))
        if (seen.insert(doc.first).second) out.push_back(std::move(doc));
    return out;
}

Collection load_collection(const std::string& dir) {
    namespace fs = std::filesystem;
    Collection c;
    c.name = fs::path(dir).lexically_normal().filename().string();
    if (c.name.empty()) c.name = fs::path(dir).lexically_normal().parent_path().filename().string();
    c.docs_path = (fs::path(dir) / "docs.tsv").string();
    if (!fs::exists(c.docs_path)) throw std::runtime_error(c.docs_path + ": no such file");
    for (auto& [id, text] : read_tsv((fs::path(dir) / "queries.tsv").string()))
        c.queries.push_back({std::move(id), std::move(text)});
    const auto qrels_path = (fs::path(dir) / "qrels.trec").string();
    auto in = open(qrels_path);
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        std::istringstream fields(line);
        std::string qid, iteration, docid;
        int grade = 0;
        if (!(fields >> qid)) continue;
        if (!(fields >> iteration >> docid >> grade))
            throw std::runtime_error(qrels_path + ":" + std::to_string(n) +
                                     ": expected qid iteration docid grade");
        c.qrels[qid][docid] = grade;
    }
    return c;
}

void write_docs(const std::string& path, const Documents& docs) {
    std::ofstream out(path);
    if (!out) throw std::runtime_error(path + ": cannot be written");
    for (const auto& [id, text] : docs) {
        std::string line = text;
        for (auto& c : line)
            if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        out << id << '\t' << line << '\n';
    }
    if (!out) throw std::runtime_error(path + ": cannot be written");
}

void write_trec_run(const std::string& path, const std::vector<Query>& queries, const Run& run,
                    const std::string& tag) {
    std::ofstream out(path);
    if (!out) throw std::runtime_error(path + ": cannot be written");
    for (const auto& q : queries) {
        auto it = run.find(q.id);
        if (it == run.end()) continue;
        const auto& docs = it->second;
        for (std::size_t i = 0; i < docs.size(); ++i)
            out << q.id << " Q0 " << docs[i] << ' ' << i + 1 << ' ' << docs.size() - i << ' '
                << tag << '\n';
    }
    if (!out) throw std::runtime_error(path + ": cannot be written");
}

}  // namespace newsdex::eval
