#pragma once
// Turns one JSON object into an article: a JSON Lines line, or the fields a program gives
// (the Python module's dicts).

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "newsdex/article.hpp"

namespace newsdex {

/// A field of the wrong type (a number for `title`), or fields the reader refuses together;
/// the message names the field.
class ArticleFieldError : public std::runtime_error {
  public:
    ArticleFieldError(std::string field, const std::string& problem, bool wrong_type)
        : std::runtime_error(problem), field_(std::move(field)), wrong_type_(wrong_type) {}
    /// The field at fault; empty when the value is not an object at all.
    const std::string& field() const { return field_; }
    /// A value of the wrong JSON type, rather than values that do not go together.
    bool wrong_type() const { return wrong_type_; }

  private:
    std::string field_;
    bool wrong_type_;
};

/// `id` (string or whole number), `title`, `date`, `source`, `url`, `kind`, `language`
/// (strings), `speakers`, `topics` (lists of strings, or one string), `text` (string) or
/// `paragraphs` (list of strings); any other key is kept as metadata (a string as it is, any
/// other value as compact JSON). null is as good as absent. The article is not checked
/// (check_article does that) and its path is left empty. Throws ArticleFieldError.
Article article_from_json(const nlohmann::json& object);

}  // namespace newsdex
