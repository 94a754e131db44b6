// Embedding the installed library (cmake --install --prefix P): its headers stand on their
// own, examples/embed builds against P alone with find_package(newsdex CONFIG), shared and
// static, and `pkg-config newsdex` compiles and links a one-file program.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "process.hpp"

using newsdex::test::run;
using newsdex::test::RunResult;
using newsdex::test::TempDir;
using newsdex::test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kPrefix = NEWSDEX_TEST_PREFIX;
const std::string kLib = kPrefix + "/" + NEWSDEX_INSTALL_LIBDIR;
const std::string kInclude = kPrefix + "/" + NEWSDEX_INSTALL_INCLUDEDIR;
const std::string kCxx = NEWSDEX_CXX;

RunResult shell(const std::string& command, const std::map<std::string, std::string>& env = {}) {
    return run({"/bin/sh", "-c", command}, env);
}

// Sanitizer builds install instrumented libraries that an ordinary program cannot link.
#define SKIP_WHEN_SANITIZED() \
    if (NEWSDEX_SANITIZED) GTEST_SKIP() << "the installed library is sanitizer-instrumented"

// Configures and builds examples/embed against the installed tree only; returns the program.
std::string build_example(const TempDir& dir, bool static_library) {
    const std::string build = dir / "build";
    auto configure =
        run({NEWSDEX_CMAKE, "-S", NEWSDEX_SOURCE_DIR "/examples/embed", "-B", build,
             "-DCMAKE_PREFIX_PATH=" + kPrefix, "-DCMAKE_CXX_COMPILER=" + kCxx,
             "-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF",
             std::string("-DNEWSDEX_EMBED_STATIC=") + (static_library ? "ON" : "OFF")});
    EXPECT_EQ(configure.exit_code, 0) << configure.out << configure.err;
    auto cache = shell("grep '^newsdex_DIR:' '" + build + "/CMakeCache.txt'");
    EXPECT_NE(cache.out.find(kLib + "/cmake/newsdex"), std::string::npos) << cache.out;
    auto compile = run({NEWSDEX_CMAKE, "--build", build});
    EXPECT_EQ(compile.exit_code, 0) << compile.out << compile.err;
    return build + "/embed";
}

// The example's JSON for `query`: the three articles it indexes from memory, searched.
nlohmann::json search_with(const std::string& program, const std::string& query,
                           int expected_exit) {
    auto r = run({program, query});
    EXPECT_EQ(r.exit_code, expected_exit) << r.err;
    return nlohmann::json::parse(r.out);
}

}  // namespace

TEST(EmbedInstall, LibrariesHeadersAndPackageFilesAreInPlace) {
    for (const std::string& f :
         {kLib + "/libnewsdex.so.0", kLib + "/libnewsdex.so", kLib + "/libnewsdex.a",
          kLib + "/cmake/newsdex/newsdex-config.cmake",
          kLib + "/cmake/newsdex/newsdex-config-version.cmake", kLib + "/pkgconfig/newsdex.pc"})
        EXPECT_TRUE(fs::exists(f)) << f;
    EXPECT_EQ(fs::read_symlink(kLib + "/libnewsdex.so.0").string(),
              "libnewsdex.so." NEWSDEX_VERSION);
    for (const char* h : {"article.hpp", "errors.hpp", "index.hpp", "indexer.hpp", "passage_record.hpp",
                          "presenters.hpp", "searcher.hpp", "stats.hpp"})
        EXPECT_TRUE(fs::exists(kInclude + "/newsdex/" + h)) << h;
    // The libraries' own headers stay in the source tree.
    for (const char* h : {"utf8.hpp", "first_two.hpp", "schema.hpp", "database.hpp"})
        EXPECT_FALSE(fs::exists(kInclude + "/newsdex/" + h)) << h;
}

TEST(EmbedInstall, EachInstalledHeaderCompilesOnItsOwn) {
    // Only the installed include folder is on the path, so a public header that includes one
    // left uninstalled fails here.
    TempDir dir;
    int headers = 0;
    for (const auto& entry : fs::directory_iterator(kInclude + "/newsdex")) {
        const std::string name = entry.path().filename().string();
        write_file(dir / "use.cpp", "#include <newsdex/" + name + ">\nint main() {}\n");
        auto r = run({kCxx, "-std=c++20", "-Wall", "-Wextra", "-Werror", "-fsyntax-only",
                      "-I" + kInclude, dir / "use.cpp"});
        EXPECT_EQ(r.exit_code, 0) << name << ":\n" << r.err;
        // No third-party type in the API: an embedder needs no other library's headers.
        auto includes = shell("grep -E '#include *<(nlohmann|xapian|yaml-cpp|utf8proc)' '" +
                              entry.path().string() + "'");
        EXPECT_EQ(includes.out, "") << name;
        ++headers;
    }
    EXPECT_EQ(headers, 8);
}

TEST(EmbedInstall, ExampleLinksTheInstalledSharedLibraryAndFindsTheArticles) {
    SKIP_WHEN_SANITIZED();
    TempDir dir;
    const std::string program = build_example(dir, false);
    ASSERT_TRUE(fs::exists(program));
    // The library the program loads is the installed one.
    auto ldd = shell("ldd '" + program + "'");
    EXPECT_NE(ldd.out.find(kLib + "/libnewsdex.so.0"), std::string::npos) << ldd.out;

    auto response = search_with(program, "interconnector", 0);
    ASSERT_EQ(response["results"].size(), 3u) << response.dump(2);
    const auto& top = response["results"][0];
    EXPECT_EQ(top["article_id"], "grid");
    EXPECT_EQ(top["kind"], "quote");
    // The installed speaker table gave the quotation its canonical speaker.
    EXPECT_EQ(top["speaker"], "Volodymyr Zelensky");
    for (const auto& hit : response["results"]) EXPECT_NE(hit["article_id"], "harvest");

    // Nothing found: exit 1 and an empty result list.
    EXPECT_TRUE(search_with(program, "submarine", 1)["results"].empty());
}

TEST(EmbedInstall, ExampleLinksTheInstalledStaticLibrary) {
    SKIP_WHEN_SANITIZED();
    TempDir dir;
    const std::string program = build_example(dir, true);
    ASSERT_TRUE(fs::exists(program));
    auto ldd = shell("ldd '" + program + "'");
    EXPECT_EQ(ldd.out.find("libnewsdex"), std::string::npos) << ldd.out;

    auto response = search_with(program, "wheat harvest", 0);
    ASSERT_EQ(response["results"].size(), 1u) << response.dump(2);
    EXPECT_EQ(response["results"][0]["title"], "Harvest up");
}

TEST(EmbedInstall, PkgConfigCompilesAndLinksAOneFileProgram) {
    SKIP_WHEN_SANITIZED();
    TempDir dir;
    write_file(dir / "in/a.md", "---\ntitle: One\n---\n\nOne article about tides.\n");
    write_file(dir / "count.cpp", R"(#include <newsdex/indexer.hpp>
#include <newsdex/stats.hpp>
#include <iostream>
int main(int, char** argv) {
    newsdex::IndexOptions options;
    options.db_path = argv[1];
    options.paths = {argv[2]};
    newsdex::index_paths(options);
    std::cout << newsdex::database_stats(argv[1]).articles << "\n";
}
)");
    const std::map<std::string, std::string> env{{"PKG_CONFIG_PATH", kLib + "/pkgconfig"}};
    auto flags = shell(NEWSDEX_PKG_CONFIG " --cflags --libs newsdex", env);
    ASSERT_EQ(flags.exit_code, 0) << flags.err;
    EXPECT_NE(flags.out.find("-lnewsdex"), std::string::npos) << flags.out;

    auto compile =
        shell("'" + kCxx + "' -std=c++20 -o '" + (dir / "count") + "' '" + (dir / "count.cpp") +
                  "' $(" NEWSDEX_PKG_CONFIG " --cflags --libs newsdex)",
              env);
    ASSERT_EQ(compile.exit_code, 0) << compile.err;
    auto r = run({dir / "count", dir / "db", dir / "in"}, {{"LD_LIBRARY_PATH", kLib}});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "1\n");
}
