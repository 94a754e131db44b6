#include "front_matter.hpp"

#include "article_kind.hpp"
#include "date_parser.hpp"
#include "newsdex/errors.hpp"
#include "yaml_input.hpp"

namespace newsdex {

namespace {

bool is_fence(std::string_view line, bool closing) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line == "---" || (closing && line == "...");
}

std::string scalar(const YamlSource& source, const YAML::Node& node, const std::string& key) {
    if (node.IsNull()) return {};
    return yaml_scalar(source, node, "'" + key + "'");
}

std::vector<std::string> list(const YamlSource& source, const YAML::Node& node,
                              const std::string& key) {
    std::vector<std::string> out;
    if (node.IsNull()) return out;
    if (node.IsScalar()) {
        out.push_back(node.Scalar());
        return out;
    }
    if (!node.IsSequence())
        throw yaml_error(source, node,
                         "'" + key + "' must be a list, not " + std::string(yaml_shape(node)));
    for (const auto& item : node)
        out.push_back(yaml_scalar(source, item, "each of '" + key + "'", "a plain value"));
    return out;
}

// A date that cannot be read costs the article its date, not its place in the index.
void read_date(Article& article) {
    if (auto parsed = parse_date(article.date)) {
        article.date = parsed->day;
        article.time = parsed->time;
        return;
    }
    article.warnings.push_back("front matter: date '" + article.date +
                               "' is not a date newsdex reads (YYYY-MM-DD, optionally with a "
                               "time); indexed without a date");
    article.date.clear();
}

// The kind under one of its names (`statement` is read as a declaration).
void read_kind(Article& article) {
    auto kind = article_kind(article.kind);
    if (!kind) throw InputError(article.path, "front matter: " + unknown_kind_problem(article.kind));
    article.kind = *kind;
}

void apply(const YamlSource& source, const YAML::Node& root, Article& article) {
    for (const auto& entry : root) {
        const auto key = yaml_scalar(source, entry.first, "a key", "a plain word");
        const auto& value = entry.second;
        if (key == "title")
            article.title = scalar(source, value, key);
        else if (key == "date")
            article.date = scalar(source, value, key);
        else if (key == "source")
            article.source = scalar(source, value, key);
        else if (key == "url")
            article.url = scalar(source, value, key);
        else if (key == "kind")
            article.kind = scalar(source, value, key);
        else if (key == "language")
            article.language = scalar(source, value, key);
        else if (key == "id") {
            article.id = scalar(source, value, key);
            if (article.id.find_first_not_of(" \t") == std::string::npos)
                throw yaml_error(source, entry.first,
                                 "'id' is empty; give the article an id or leave "
                                 "the line out");
        } else if (key == "speakers")
            article.speakers = list(source, value, key);
        else if (key == "topics")
            article.topics = list(source, value, key);
        else if (value.IsScalar()) article.metadata[key] = value.Scalar();
        else if (!value.IsNull()) {
            YAML::Emitter out;
            out << YAML::Flow << value;
            article.metadata[key] = out.c_str();
        }
    }
    if (!article.date.empty()) read_date(article);
    read_kind(article);
}

}  // namespace

std::string apply_front_matter(std::string_view text, Article& article) {
    auto first_end = text.find('\n');
    if (!is_fence(text.substr(0, first_end), false)) return std::string(text);
    if (first_end == std::string_view::npos)
        throw InputError(article.path, "front matter opened on line 1 is never closed");

    size_t pos = first_end + 1;
    while (pos <= text.size()) {
        auto end = text.find('\n', pos);
        auto line = text.substr(pos, end == std::string_view::npos ? text.npos : end - pos);
        if (is_fence(line, true)) {
            // Every passage carries its article's title and metadata: a front matter as long
            // as a file would be copied as many times as the file has passages.
            if (pos - first_end - 1 > kMaxFrontMatterBytes)
                throw InputError(article.path,
                                 "front matter is " + std::to_string(pos - first_end - 1) +
                                     " bytes long; at most " +
                                     std::to_string(kMaxFrontMatterBytes) + " are allowed");
            std::string yaml(text.substr(first_end + 1, pos - first_end - 1));
            // The YAML starts on line 2, after the opening ---.
            const YamlSource source{article.path, "front matter", 2};
            const auto root = parse_yaml(yaml, source);
            if (!root.IsNull()) {
                if (!root.IsMap())
                    throw InputError(article.path,
                                     "front matter is not a list of 'key: value' lines");
                apply(source, root, article);
            }
            if (article.title.size() > kMaxTitleBytes)
                throw InputError(article.path, "front matter: 'title' is " +
                                                   std::to_string(article.title.size()) +
                                                   " bytes long; at most " +
                                                   std::to_string(kMaxTitleBytes) + " are allowed");
            return end == std::string_view::npos ? std::string() : std::string(text.substr(end + 1));
        }
        if (end == std::string_view::npos) break;
        pos = end + 1;
    }
    throw InputError(article.path, "front matter opened on line 1 is never closed (no '---' line)");
}

}  // namespace newsdex
