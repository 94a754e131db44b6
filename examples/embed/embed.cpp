// Indexes three articles written to a temporary folder and searches them, through the
// installed newsdex library: index_paths() builds the database, a Searcher keeps it open,
// and to_json() prints the hits as newsdex-search --format json would.
//
//   embed [QUERY]    (default: "interconnector"); exit 0 with hits, 1 without, 2 on error

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <newsdex/indexer.hpp>
#include <newsdex/presenters.hpp>
#include <newsdex/searcher.hpp>
#include <string>

namespace fs = std::filesystem;

namespace {

// A folder of its own under the system temp folder, removed on the way out.
struct TempFolder {
    fs::path path;
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "newsdex-embed-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary folder");
        path = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

}  // namespace

int main(int argc, char** argv) try {
    const std::string query = argc > 1 ? argv[1] : "interconnector";
    TempFolder tmp;
    const fs::path articles = tmp.path / "articles";
    write(articles / "grid.md",
          "---\ntitle: Grid link opens\ndate: 2024-03-01\nsource: Example Wire\n---\n\n"
          "The new interconnector carries power across the border from today.\n\n"
          "\u201cThe interconnector is live,\u201d Zelenskyy said.\n");
    write(articles / "harvest.md",
          "---\ntitle: Harvest up\ndate: 2024-03-02\n---\n\n"
          "Farmers brought in a record wheat harvest this year.\n");
    write(articles / "ports.md",
          "---\ntitle: Ports reopen\ndate: 2024-03-03\n---\n\n"
          "Grain ships left the ports, and a second interconnector is planned.\n");

    newsdex::IndexOptions options;
    options.db_path = (tmp.path / "db").string();
    options.paths = {articles.string()};
    options.speakers_path = NEWSDEX_DATA_DIR "/speakers.yaml";
    options.topics_path = NEWSDEX_DATA_DIR "/topics.yaml";
    const newsdex::IndexReport report = newsdex::index_paths(options);
    if (!report.failed.empty()) {
        std::cerr << "embed: " << report.failed.front().path << ": " << report.failed.front().error
                  << '\n';
        return 2;
    }

    newsdex::Searcher searcher(options.db_path);
    newsdex::SearchRequest request;
    request.query = query;
    const newsdex::SearchResponse response = searcher.search(request);
    std::cout << newsdex::to_json(response).dump(2) << '\n';
    return response.hits.empty() ? 1 : 0;
} catch (const std::exception& e) {  // newsdex's DatabaseError, QueryError, InputError, …
    std::cerr << "embed: " << e.what() << '\n';
    return 2;
}
