#include "cv_grid.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "ranking_options.hpp"

namespace newsdex::eval {

namespace {

// Reads one line of flags onto a copy of `base`; throws CLI::ParseError for a bad one.
Setting parse_setting(const std::string& flags, const Ranking& base) {
    Setting s{flags, base};
    CLI::App app;
    app.set_help_flag();  // a grid line holds settings, not requests
    app.allow_extras(false);
    add_ranking_options(app, s.ranking);
    app.parse(flags, false);
    return s;
}

std::string number(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

// The line with runs of blanks made one space and no blanks at the ends: the setting's label.
std::string tidy(const std::string& line) {
    std::istringstream words(line);
    std::string word, out;
    while (words >> word) out += (out.empty() ? "" : " ") + word;
    return out;
}

}  // namespace

std::vector<Setting> default_grid(const Ranking& base) {
    const unsigned feedback_on = Ranking{}.feedback_docs;
    std::vector<Setting> grid;
    for (double k1 : {1.2, 2.0})
        for (double b : {0.5, 0.6, 0.75})
            for (unsigned feedback : {0u, feedback_on})
                for (double proximity : {0.0, 0.14})
                    grid.push_back(parse_setting("--k1 " + number(k1) + " --b " + number(b) +
                                                     " --feedback-docs " + number(feedback) +
                                                     " --proximity-weight " + number(proximity),
                                                 base));
    return grid;
}

std::vector<Setting> read_grid(const std::string& path, const Ranking& base) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot be read");
    std::vector<Setting> grid;
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        const auto flags = tidy(line);
        if (flags.empty()) continue;
        try {
            grid.push_back(parse_setting(flags, base));
        } catch (const CLI::ParseError& e) {
            throw std::runtime_error(path + ":" + std::to_string(n) + ": " + e.what());
        }
    }
    if (in.bad()) throw std::runtime_error(path + ": cannot be read");
    if (grid.empty()) throw std::runtime_error(path + ": no setting in it");
    return grid;
}

}  // namespace newsdex::eval
