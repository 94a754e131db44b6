#include "json_article.hpp"

namespace newsdex {

namespace {

using nlohmann::json;

std::string string_field(const json& value, const std::string& key) {
    if (value.is_null()) return {};
    if (!value.is_string())
        throw ArticleFieldError(key, "'" + key + "' must be a string, not " + value.type_name(),
                                true);
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
        throw ArticleFieldError(
            key, "'" + key + "' must be a list of strings, not " + value.type_name(), true);
    for (const auto& item : value) {
        if (!item.is_string())
            throw ArticleFieldError(
                key, "each of '" + key + "' must be a string, not " + item.type_name(), true);
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::string id_field(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_integer()) return value.dump();
    if (value.is_null()) return {};
    throw ArticleFieldError(
        "id", std::string("'id' must be a string or a whole number, not ") + value.type_name(),
        true);
}

}  // namespace

Article article_from_json(const json& j) {
    if (!j.is_object())
        throw ArticleFieldError({}, std::string("not a JSON object but ") + j.type_name(), true);
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
    if (has_text && has_paragraphs)
        throw ArticleFieldError("paragraphs", "give 'text' or 'paragraphs', not both", false);
    return a;
}

}  // namespace newsdex
