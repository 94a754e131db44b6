#include "newsdex/article.hpp"

namespace newsdex {

std::string_view to_string(PassageKind kind) {
    switch (kind) {
        case PassageKind::paragraph: return "paragraph";
        case PassageKind::quote: return "quote";
        case PassageKind::turn: return "turn";
    }
    return "paragraph";
}

std::optional<PassageKind> passage_kind_from_string(std::string_view name) {
    if (name == "paragraph") return PassageKind::paragraph;
    if (name == "quote") return PassageKind::quote;
    if (name == "turn") return PassageKind::turn;
    return std::nullopt;
}

}  // namespace newsdex
