#include "fts5_query.hpp"

#include <cctype>

namespace newsdex::eval {

std::string fts5_or_query(std::string_view text) {
    std::string out, word;
    auto flush = [&] {
        if (word.empty()) return;
        out += (out.empty() ? "\"" : " OR \"") + word + "\"";
        word.clear();
    };
    for (unsigned char c : text) {
        if (c >= 0x80 || std::isalnum(c))
            word += static_cast<char>(c);
        else
            flush();
    }
    flush();
    return out;
}

}  // namespace newsdex::eval
