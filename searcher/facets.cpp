#include "facets.hpp"

#include <algorithm>

#include "newsdex/errors.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

void check_facet_names(const std::vector<std::string>& names) {
    for (const auto& n : names)
        if (n != "speaker" && n != "topic" && n != "year" && n != "source")
            throw QueryError("unknown facet '" + n + "' (known: speaker, topic, year, source)");
}

FacetSpy::FacetSpy(std::vector<std::string> names)
    : names_(std::move(names)), counts_(names_.size()) {}

void FacetSpy::clear() { counts_.assign(names_.size(), {}); }

void FacetSpy::operator()(const Xapian::Document& doc, double) {
    for (std::size_t i = 0; i < names_.size(); ++i) {
        const auto& name = names_[i];
        auto& counts = counts_[i];
        if (name == "speaker") {
            auto v = doc.get_value(schema::kSlotSpeaker);
            if (!v.empty()) ++counts[v];
        } else if (name == "source") {
            auto v = doc.get_value(schema::kSlotSource);
            if (!v.empty()) ++counts[v];
        } else if (name == "year") {
            auto v = doc.get_value(schema::kSlotDate);
            if (v.size() >= 4) ++counts[v.substr(0, 4)];
        } else if (name == "topic") {
            auto v = doc.get_value(schema::kSlotTopics);
            std::size_t pos = 0;
            while (pos < v.size()) {
                auto end = v.find('\n', pos);
                if (end == std::string::npos) end = v.size();
                if (end > pos) ++counts[v.substr(pos, end - pos)];
                pos = end + 1;
            }
        }
    }
}

std::vector<Facet> FacetSpy::result() const {
    std::vector<Facet> out;
    for (std::size_t i = 0; i < names_.size(); ++i) {
        Facet f{names_[i], {}};
        for (const auto& [value, count] : counts_[i]) f.values.push_back({value, count});
        std::sort(f.values.begin(), f.values.end(), [](const auto& a, const auto& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace newsdex
