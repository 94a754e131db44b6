#include "jsonl_reader.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "article_checks.hpp"
#include "json_article.hpp"
#include "newsdex/errors.hpp"

namespace newsdex {

namespace {

using nlohmann::json;

// A line's problem, in the words the reader reports.
struct BadLine {
    std::string problem;
};

// nlohmann's messages open with "[json.exception.parse_error.101] parse error at line 1, ":
// the line is ours to name. A number too large for a double (1E400) is out_of_range, not a
// parse_error.
std::string parse_problem(const json::exception& e) {
    std::string what = e.what();
    if (auto col = what.find("column "); col != std::string::npos) what = what.substr(col);
    return "not JSON (" + what + ")";
}

}  // namespace

std::vector<Article> parse_jsonl(const std::string& bytes, const std::string& path,
                                 std::vector<FileFailure>& bad_lines) {
    std::vector<Article> out;
    std::set<std::string> seen;
    std::size_t line_no = 0;
    std::size_t pos = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < bytes.size()) {
        auto end = bytes.find('\n', pos);
        if (end == std::string::npos) end = bytes.size();
        std::string_view line(bytes.data() + pos, end - pos);
        pos = end + 1;
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        const auto where = path + ":" + std::to_string(line_no);
        try {
            json j;
            try {
                j = json::parse(line);
            } catch (const json::exception& e) {
                throw BadLine{parse_problem(e)};
            }
            auto article = article_from_json(j);
            article.path = path;
            check_article(article, where);
            if (!seen.insert(article.id).second)
                throw BadLine{"id '" + article.id + "' was already used"};
            for (auto& w : article.warnings) w = "line " + std::to_string(line_no) + ": " + w;
            out.push_back(std::move(article));
        } catch (const BadLine& bad) {
            bad_lines.push_back({where, bad.problem});
        } catch (const ArticleFieldError& bad) {
            bad_lines.push_back({where, bad.what()});
        } catch (const InputError& e) {
            bad_lines.push_back({where, e.problem()});
        }
    }
    return out;
}

}  // namespace newsdex
