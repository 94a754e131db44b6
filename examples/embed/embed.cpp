// Indexes three articles held in memory and searches them, through the installed newsdex
// library: an Index adds and commits them, a Searcher keeps the database open, and
// response_json_text() prints the hits as newsdex-search --format json would.
//
//   embed [QUERY]    (default: "interconnector"); exit 0 with hits, 1 without, 2 on error

#include <stdlib.h>

#include <filesystem>
#include <iostream>
#include <newsdex/index.hpp>
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

newsdex::Article article(std::string id, std::string title, std::string date,
                         std::vector<std::string> paragraphs) {
    newsdex::Article a;
    a.id = std::move(id);
    a.title = std::move(title);
    a.date = std::move(date);
    a.source = "Example Wire";
    a.body = newsdex::join_paragraphs(paragraphs);
    return a;
}

}  // namespace

int main(int argc, char** argv) try {
    const std::string query = argc > 1 ? argv[1] : "interconnector";
    TempFolder tmp;

    newsdex::IndexOptions options;
    options.db_path = (tmp.path / "db").string();
    options.speakers_path = NEWSDEX_DATA_DIR "/speakers.yaml";
    options.topics_path = NEWSDEX_DATA_DIR "/topics.yaml";
    {
        newsdex::Index index(options);
        index.add(article("grid", "Grid link opens", "2024-03-01",
                          {"The new interconnector carries power across the border from today.",
                           "\u201cThe interconnector is live,\u201d Zelenskyy said."}));
        index.add(article("harvest", "Harvest up", "2024-03-02",
                          {"Farmers brought in a record wheat harvest this year."}));
        index.add(article("ports", "Ports reopen", "2024-03-03",
                          {"Grain ships left the ports, and a second interconnector is planned."}));
        index.commit();
    }

    newsdex::Searcher searcher(options.db_path);
    newsdex::SearchRequest request;
    request.query = query;
    const newsdex::SearchResponse response = searcher.search(request);
    std::cout << newsdex::response_json_text(response, 0, 2) << '\n';
    return response.hits.empty() ? 1 : 0;
} catch (const std::exception& e) {  // newsdex's DatabaseError, QueryError, InputError, …
    std::cerr << "embed: " << e.what() << '\n';
    return 2;
}
