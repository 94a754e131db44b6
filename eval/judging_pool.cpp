#include "judging_pool.hpp"

#include <fstream>
#include <map>
#include <stdexcept>

namespace newsdex::eval {

void write_pool(const std::string& path, const std::vector<Query>& queries,
                const std::vector<std::pair<std::string, Run>>& runs,
                const std::vector<IndexedPassage>& passages, std::size_t depth) {
    std::map<std::string, const IndexedPassage*> by_id;
    for (const auto& p : passages) by_id[p.id] = &p;
    std::ofstream out(path);
    if (!out) throw std::runtime_error(path + ": cannot be written");
    out << "qid\tfile\tkind\tpassage_id\tsystems\ttext\n";
    for (const auto& q : queries) {
        std::vector<std::string> order;
        std::map<std::string, std::string> systems;
        for (const auto& [name, run] : runs) {
            auto it = run.find(q.id);
            if (it == run.end()) continue;
            for (std::size_t i = 0; i < it->second.size() && i < depth; ++i) {
                auto& who = systems[it->second[i]];
                if (who.empty()) order.push_back(it->second[i]);
                who += (who.empty() ? "" : ",") + name;
            }
        }
        for (const auto& id : order) {
            auto it = by_id.find(id);
            if (it == by_id.end()) continue;
            std::string text = it->second->text;
            for (auto& c : text)
                if (c == '\t' || c == '\n' || c == '\r') c = ' ';
            out << q.id << '\t' << it->second->file << '\t' << it->second->kind << '\t' << id
                << '\t' << systems[id] << '\t' << text << '\n';
        }
    }
    if (!out) throw std::runtime_error(path + ": cannot be written");
}

}  // namespace newsdex::eval
