#include "jsonl_reader.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "article_checks.hpp"
#include "newsdex/errors.hpp"

namespace newsdex {

namespace {

using nlohmann::json;

// A line's problem, in the words the reader reports.
struct BadLine {
    std::string problem;
};

std::string string_field(const json& value, const std::string& key) {
    if (value.is_null()) return {};
    if (!value.is_string())
        throw BadLine{"'" + key + "' must be a string, not " + value.type_name()};
    return value.get<std::string>();
}

std::vector<std::string> list_field(const json& value, const std::string& key) {
    std::vector<std::string> out;
    if (value.is_null()) return out;
    if (value.is_string()) {
        out.push_back(value.get<std::string>());
        return out;
    }
    if (!value.is_array())
        throw BadLine{"'" + key + "' must be a list of strings, not " + value.type_name()};
    for (const auto& item : value) {
        if (!item.is_string())
            throw BadLine{"each of '" + key + "' must be a string, not " + item.type_name()};
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::string id_field(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_integer()) return value.dump();
    if (value.is_null()) return {};
    throw BadLine{std::string("'id' must be a string or a whole number, not ") + value.type_name()};
}

// nlohmann's messages open with "[json.exception.parse_error.101] parse error at line 1, ":
// the line is ours to name. A number too large for a double (1E400) is out_of_range, not a
// parse_error.
std::string parse_problem(const json::exception& e) {
    std::string what = e.what();
    if (auto col = what.find("column "); col != std::string::npos) what = what.substr(col);
    return "not JSON (" + what + ")";
}

Article article_of(const json& j) {
    if (!j.is_object()) throw BadLine{std::string("not a JSON object but ") + j.type_name()};
    Article a;
    bool has_text = false, has_paragraphs = false;
    for (const auto& [key, value] : j.items()) {
        if (key == "id")
            a.id = id_field(value);
        else if (key == "title")
            a.title = string_field(value, key);
        else if (key == "date")
            a.date = string_field(value, key);
        else if (key == "source")
            a.source = string_field(value, key);
        else if (key == "url")
            a.url = string_field(value, key);
        else if (key == "kind")
            a.kind = string_field(value, key);
        else if (key == "language")
            a.language = string_field(value, key);
        else if (key == "speakers")
            a.speakers = list_field(value, key);
        else if (key == "topics")
            a.topics = list_field(value, key);
        else if (key == "text") {
            a.body = string_field(value, key);
            has_text = !value.is_null();
        } else if (key == "paragraphs") {
            a.body = join_paragraphs(list_field(value, key));
            has_paragraphs = !value.is_null();
        } else if (value.is_string())
            a.metadata[key] = value.get<std::string>();
        else if (!value.is_null())
            a.metadata[key] = value.dump();
    }
    if (has_text && has_paragraphs) throw BadLine{"give 'text' or 'paragraphs', not both"};
    return a;
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
            auto article = article_of(j);
            article.path = path;
            check_article(article, where);
            if (!seen.insert(article.id).second)
                throw BadLine{"id '" + article.id + "' was already used"};
            for (auto& w : article.warnings) w = "line " + std::to_string(line_no) + ": " + w;
            out.push_back(std::move(article));
        } catch (const BadLine& bad) {
            bad_lines.push_back({where, bad.problem});
        } catch (const InputError& e) {
            bad_lines.push_back({where, e.problem()});
        }
    }
    return out;
}

}  // namespace newsdex
