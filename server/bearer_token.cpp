#include "bearer_token.hpp"

#include <fstream>
#include <sstream>

namespace newsdex::serve {

std::optional<std::string> read_token_file(const std::string& path, std::string& problem) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problem = path + ": cannot read token file";
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string token = bytes.str();
    const auto end = token.find_last_not_of(" \t\r\n");
    token.erase(end == std::string::npos ? 0 : end + 1);
    if (token.empty()) {
        problem = path + ": token file is empty";
        return std::nullopt;
    }
    if (token.find_first_of(" \t\r\n") != std::string::npos) {
        problem = path + ": token file must hold one token on one line, without spaces";
        return std::nullopt;
    }
    return token;
}

bool bearer_matches(std::string_view authorization, std::string_view token) {
    constexpr std::string_view scheme = "Bearer ";
    if (authorization.size() < scheme.size() ||
        authorization.substr(0, scheme.size()) != scheme)
        return false;
    const auto given = authorization.substr(scheme.size());
    // Every byte of the token is compared whatever the lengths, so the time taken depends
    // on the token's length only.
    unsigned char differ = given.size() == token.size() ? 0 : 1;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const auto g = i < given.size() ? static_cast<unsigned char>(given[i]) : 0;
        differ |= static_cast<unsigned char>(g ^ static_cast<unsigned char>(token[i]));
    }
    // Keep the compiler from ending the loop early on a difference.
    volatile unsigned char result = differ;
    return result == 0;
}

}  // namespace newsdex::serve
