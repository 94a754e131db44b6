#include "newsdex/passage_record.hpp"

#include <nlohmann/json.hpp>

#include "newsdex/errors.hpp"

namespace newsdex {

using nlohmann::json;

PassageRecord PassageRecord::from(const Article& article, const Passage& passage) {
    PassageRecord r;
    r.article_id = article.id;
    r.ordinal = passage.ordinal;
    r.paragraph = passage.paragraph;
    r.passage_id = article.id + "#" + std::to_string(passage.ordinal);
    r.kind = passage.kind;
    r.speaker = passage.speaker;
    r.topics = passage.topics;
    r.title = article.title;
    r.date = article.date;
    r.source = article.source;
    r.url = article.url;
    r.path = article.path;
    r.language = article.language;
    r.metadata = article.metadata;
    r.text = passage.text;
    return r;
}

std::string PassageRecord::serialise() const {
    json j = {{"passage_id", passage_id}, {"article_id", article_id}, {"ordinal", ordinal},
              {"paragraph", paragraph},
              {"kind", to_string(kind)},  {"topics", topics},         {"title", title},
              {"date", date},             {"source", source},         {"url", url},
              {"path", path},             {"language", language},     {"metadata", metadata},
              {"text", text}};
    j["speaker"] = speaker ? json(*speaker) : json(nullptr);
    return j.dump();
}

PassageRecord PassageRecord::parse(const std::string& data) {
    try {
        auto j = json::parse(data);
        PassageRecord r;
        j.at("passage_id").get_to(r.passage_id);
        j.at("article_id").get_to(r.article_id);
        j.at("ordinal").get_to(r.ordinal);
        j.at("paragraph").get_to(r.paragraph);
        auto kind = passage_kind_from_string(j.at("kind").get<std::string>());
        if (!kind) throw std::runtime_error("unknown passage kind");
        r.kind = *kind;
        if (!j.at("speaker").is_null()) r.speaker = j["speaker"].get<std::string>();
        j.at("topics").get_to(r.topics);
        j.at("title").get_to(r.title);
        j.at("date").get_to(r.date);
        j.at("source").get_to(r.source);
        j.at("url").get_to(r.url);
        j.at("path").get_to(r.path);
        j.at("language").get_to(r.language);
        j.at("metadata").get_to(r.metadata);
        j.at("text").get_to(r.text);
        return r;
    } catch (const std::exception& e) {
        throw DatabaseError(DatabaseError::Reason::corrupt, "(document data)",
                            std::string("unreadable passage record: ") + e.what());
    }
}

}  // namespace newsdex
