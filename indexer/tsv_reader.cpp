#include "tsv_reader.hpp"

#include <set>

#include "article_reader.hpp"
#include "newsdex/errors.hpp"

namespace newsdex {

std::vector<Article> parse_tsv(const std::string& bytes, const std::string& path,
                               std::vector<FileFailure>& bad_lines) {
    check_text(bytes, path);
    const auto failures_before = bad_lines.size();
    std::vector<Article> out;
    std::set<std::string> seen;
    std::size_t line_no = 0;
    for (std::size_t pos = 0; pos < bytes.size();) {
        auto end = bytes.find('\n', pos);
        if (end == std::string::npos) end = bytes.size();
        std::string_view line(bytes.data() + pos, end - pos);
        pos = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        const auto where = path + ":" + std::to_string(line_no);
        auto tab = line.find('\t');
        if (tab == std::string_view::npos) {
            bad_lines.push_back({where, "no tab between docid and text"});
            continue;
        }
        std::string id(line.substr(0, tab));
        if (id.find_first_not_of(' ') == std::string::npos) {
            bad_lines.push_back({where, "empty docid"});
            continue;
        }
        if (!seen.insert(id).second) {
            bad_lines.push_back({where, "docid '" + id + "' was already used"});
            continue;
        }
        Article article;
        article.id = std::move(id);
        article.path = path;
        article.body = std::string(line.substr(tab + 1));
        out.push_back(std::move(article));
    }
    if (out.empty() && bad_lines.size() == failures_before) throw InputError(path, "empty file");
    return out;
}

}  // namespace newsdex
