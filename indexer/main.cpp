// newsdex-index: parses options and hands them to index_paths().

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "cli_common.hpp"
#include "newsdex/db_location.hpp"
#include "newsdex/display_text.hpp"
#include "newsdex/errors.hpp"
#include "newsdex/indexer.hpp"
#include "newsdex/json_version.hpp"

namespace {
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitSomeFailed = 3;
constexpr int kExitLocked = 75;

// The largest values the numeric options take.
constexpr std::uint64_t kMaxCommitEvery = 1000000;
constexpr double kMaxFileMiB = 4096;
constexpr double kMaxLockTimeout = 86400;  // a day
constexpr unsigned kMaxThreads = 256;

// Paths, problems and change lines come from file names and contents: shown safely.
std::string shown(std::string_view text) { return newsdex::display_text(text); }

void report(const std::string& message) {
    std::cerr << "newsdex-index: " << shown(message) << '\n';
}

// --failed: what earlier runs could not index, from the manifest.
int list_failed_files(const std::string& db_path, bool json) {
    try {
        const auto failed = newsdex::failed_files(db_path);
        if (json) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& f : failed) list.push_back({{"path", f.path}, {"error", f.error}});
            std::cout << newsdex::dump_json(nlohmann::ordered_json{
                {newsdex::kJsonVersionKey, newsdex::kJsonVersion}, {"failed", list}}) << '\n';
        } else {
            for (const auto& f : failed) std::cout << shown(f.path) << ": " << shown(f.error) << '\n';
        }
        return kExitOk;
    } catch (const newsdex::DatabaseError& e) {
        report(e.what());
    } catch (const Xapian::Error& e) {
        report("database " + db_path + ": " + e.get_description());
    }
    return kExitUsage;
}

// --explain-speakers: each passage of one file, its speaker and the evidence.
int explain_speakers(const std::string& file, newsdex::IndexOptions options, bool json) {
    if (options.paths.empty())
        options.paths.push_back(std::filesystem::path(file).parent_path().string());
    try {
        std::string charset;
        const auto passages = newsdex::explain_speakers(file, options, &charset);
        if (json) {
            auto list = nlohmann::ordered_json::array();
            for (const auto& p : passages)
                list.push_back({{"ordinal", p.ordinal},
                                {"kind", p.kind},
                                {"speaker", p.speaker.empty() ? nlohmann::ordered_json(nullptr)
                                                              : nlohmann::ordered_json(p.speaker)},
                                {"evidence", p.evidence},
                                {"text", p.text}});
            std::cout << newsdex::dump_json(
                             nlohmann::ordered_json{
                                 {newsdex::kJsonVersionKey, newsdex::kJsonVersion},
                                 {"charset", charset.empty() ? nlohmann::ordered_json(nullptr)
                                                             : nlohmann::ordered_json(charset)},
                                 {"passages", list}},
                             2)
                      << '\n';
            return kExitOk;
        }
        if (!charset.empty())
            std::cout << "# read as " << charset << ", converted to UTF-8\n";
        for (const auto& p : passages) {
            std::cout << '#' << p.ordinal << ' ' << p.kind << "  "
                      << (p.speaker.empty() ? std::string("(no speaker)") : shown(p.speaker));
            if (!p.evidence.empty()) std::cout << "  <- " << shown(p.evidence);
            // The passage's opening, cut between characters.
            std::size_t cut = std::min<std::size_t>(p.text.size(), 160);
            while (cut < p.text.size() && cut > 0 &&
                   (static_cast<unsigned char>(p.text[cut]) & 0xC0) == 0x80)
                --cut;
            std::cout << "\n    "
                      << newsdex::display_text(std::string_view(p.text).substr(0, cut),
                                               newsdex::Whitespace::as_space)
                      << (cut < p.text.size() ? " …" : "") << "\n";
        }
        return kExitOk;
    } catch (const newsdex::InputError& e) {
        report(e.what());
    }
    return kExitUsage;
}

// A change line (`add PATH`, `update PATH`, `delete PATH`, `move OLD -> NEW`) as an object.
nlohmann::ordered_json planned_change(const std::string& change) {
    const auto space = change.find(' ');
    const auto action = change.substr(0, space);
    const auto rest = space == std::string::npos ? std::string() : change.substr(space + 1);
    if (action == "move") {
        const auto arrow = rest.find(" -> ");
        return {{"action", action}, {"from", rest.substr(0, arrow)},
                {"path", arrow == std::string::npos ? rest : rest.substr(arrow + 4)}};
    }
    return {{"action", action}, {"path", rest}};
}

// `12 (.jpg 10, .docx 2)`: the total, then each name's count, the largest first.
std::string counted(const std::map<std::string, std::size_t>& counts) {
    std::vector<std::pair<std::string, std::size_t>> order(counts.begin(), counts.end());
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::size_t total = 0;
    std::string each;
    for (const auto& [name, n] : order) {
        total += n;
        each += (each.empty() ? "" : ", ") + name + " " + std::to_string(n);
    }
    return std::to_string(total) + " (" + each + ")";
}

nlohmann::ordered_json path_list(const std::vector<newsdex::FileFailure>& items,
                                 const char* field) {
    auto list = nlohmann::ordered_json::array();
    for (const auto& f : items) list.push_back({{"path", f.path}, {field, f.error}});
    return list;
}
}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "Index news articles, declarations and transcripts into a newsdex database; run again "
        "to apply only what changed.\n"
        "Exit status: 0 success; 3 some files failed (the rest were indexed); 75 database "
        "locked by another indexer; 2 usage or fatal error."};
    std::optional<std::string> db;
    newsdex::IndexOptions options;
    double max_mib = static_cast<double>(options.max_file_bytes >> 20);
    newsdex::cli::add_db_option(app, db);
    app.add_option("--commit-every", options.commit_every,
                   "Articles per commit (an article is never split across commits)")
        ->capture_default_str()
        ->check(newsdex::cli::whole_number(1, kMaxCommitEvery));
    app.add_option("--max-file-size", max_mib, "Skip (and report) files larger than this, in MiB")
        ->capture_default_str()
        ->check(newsdex::cli::number(0, kMaxFileMiB, true));
    app.add_option("--speakers", options.speakers_path,
                   "Speaker table (default: speakers.yaml in the first indexed folder that has "
                   "one, else the installed corpora/speakers.yaml)");
    app.add_option("--topics", options.topics_path, "Topic taxonomy (default: as for --speakers)");
    app.add_flag("--full", options.full, "Re-read and re-analyse every file");
    app.add_flag("--dry-run", options.dry_run, "List what would change; write nothing");
    app.add_flag("--no-delete", options.no_delete, "Keep the passages of files that vanished");
    app.add_option("--lock-timeout", options.lock_timeout,
                   "Seconds to wait while another indexer holds the database (then exit 75)")
        ->capture_default_str()
        ->check(newsdex::cli::number(0, kMaxLockTimeout));
    app.add_option("--threads", options.threads,
                   "Threads reading and analysing files ahead of the writer (default 0: one per "
                   "core); the index is the same whatever the number")
        ->capture_default_str()
        ->check(newsdex::cli::whole_number(0, kMaxThreads));
    app.add_flag("--positions", options.positions,
                  "Keep word positions in a new index: faster phrase and NEAR searches, about "
                  "twice the index size");
    app.add_flag("--follow-symlinks", options.follow_symlinks,
                 "Index files reached through symlinks that point outside the indexed folders "
                 "(skipped, with a message, by default)");
    bool quiet = false;
    app.add_flag("-q,--quiet", quiet, "Print errors only");
    std::string format = "text";
    app.add_option("--format", format,
                   "Summary format (text, json); tsv is short for --input tsv with a text summary")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "json", "tsv"}));
    std::string input = "files";
    app.add_option("--input", input,
                   "What PATHs hold: files (each read by its format: text, Markdown, HTML pages, "
                   "RSS/Atom feeds, PDF, JSON Lines; see docs/inputs.md), tsv "
                   "(docid<TAB>text lines, one article a line, article id = docid) or jsonl "
                   "(one JSON object a line, an article each: id, title, date, text, …)")
        ->capture_default_str()
        ->check(CLI::IsMember({"files", "tsv", "jsonl"}));
    app.add_flag("--retry-failed", options.retry_failed,
                 "Read again the files earlier runs could not index, though unchanged");
    std::string explain_file;
    app.add_option("--explain-speakers", explain_file,
                   "Show each passage of FILE with its speaker and what decided it (a label, the "
                   "words around a quote, a pronoun, a title); index nothing");
    bool list_failed = false;
    app.add_flag("--failed", list_failed,
                 "List the files earlier runs could not index (and that have not changed since), "
                 "with the reason; index nothing");
    app.add_option("PATH", options.paths,
                   "Files and folders to index (.txt, .md, .markdown, .html, .htm, .xhtml, .xml, "
                   ".rss, .atom, .pdf, .jsonl, .ndjson; .tsv with --input tsv; "
                   ".jsonl, .ndjson with --input jsonl; - reads TSV or JSONL from standard "
                   "input)");
    newsdex::cli::add_version_flag(app, "newsdex-index");
    if (auto stop = newsdex::cli::parse(app, argc, argv, "newsdex-index")) return *stop;
    if (list_failed) return list_failed_files(newsdex::resolve_db_path(db), format == "json");
    if (!explain_file.empty()) return explain_speakers(explain_file, options, format == "json");
    if (options.paths.empty()) {
        report("give the files and folders to index (see --help)");
        return kExitUsage;
    }
    if (format == "tsv") {
        input = "tsv";
        format = "text";
    }
    if (input == "tsv") options.format = newsdex::InputFormat::tsv;
    if (input == "jsonl") options.format = newsdex::InputFormat::jsonl;
    options.db_path = newsdex::resolve_db_path(db);
    // On a terminal, a progress bar on stderr; under cron, silence.
    const bool show_progress = isatty(STDERR_FILENO) && !quiet && format == "text";
    const auto started = std::chrono::steady_clock::now();
    auto last_draw = started - std::chrono::seconds(1);
    if (show_progress)
        options.progress = [&](const newsdex::IndexProgress& p) {
            auto now = std::chrono::steady_clock::now();
            if (now - last_draw < std::chrono::milliseconds(100) && p.files_done < p.files_total)
                return;
            last_draw = now;
            double seconds = std::chrono::duration<double>(now - started).count();
            double mb = p.bytes_done / 1e6, total_mb = p.bytes_total / 1e6;
            double rate = seconds > 0 ? mb / seconds : 0;
            double eta = rate > 0 ? (total_mb - mb) / rate : 0;
            const int width = 24;
            int filled = p.files_total ? static_cast<int>(width * p.files_done / p.files_total) : width;
            std::fprintf(stderr, "\r[%s%s] %zu/%zu files, %.1f/%.1f MB, %.1f MB/s, ETA %.0f s ",
                         std::string(filled, '#').c_str(), std::string(width - filled, ' ').c_str(),
                         p.files_done, p.files_total, mb, total_mb, rate, eta);
            if (p.files_done == p.files_total) std::fprintf(stderr, "\n");
        };
    // A fraction of a byte is still a limit of one byte, not of none.
    options.max_file_bytes =
        std::max<std::uint64_t>(1, static_cast<std::uint64_t>(max_mib * (1 << 20)));

    try {
        auto report = newsdex::index_paths(options);
        for (const auto& f : report.failed) ::report(f.path + ": " + f.error);
        if (!quiet)
            for (const auto& w : report.warnings) ::report(w.path + ": warning: " + w.error);
        if (!quiet)
            for (const auto& s : report.skipped)
                ::report(s.path + ": skipped: " + s.error);
        if (options.dry_run && format != "json")
            for (const auto& change : report.changes) std::cout << shown(change) << '\n';
        if (format == "json") {
            nlohmann::ordered_json j = {{newsdex::kJsonVersionKey, newsdex::kJsonVersion},
                                        {"added", report.added},
                                        {"updated", report.updated},
                                        {"deleted", report.deleted},
                                        {"unchanged", report.unchanged},
                                        {"failed", path_list(report.failed, "error")},
                                        {"failed_unchanged", report.failed_unchanged},
                                        {"skipped", path_list(report.skipped, "reason")},
                                        {"warnings", path_list(report.warnings, "warning")},
                                        {"seconds", report.seconds},
                                        {"passages", report.passages},
                                        {"dry_run", options.dry_run},
                                        {"skipped_by_extension", report.skipped_by_extension},
                                        {"charsets", report.charsets}};
            if (options.dry_run) {
                auto& planned = j["planned"] = nlohmann::ordered_json::array();
                for (const auto& change : report.changes) planned.push_back(planned_change(change));
            }
            std::cout << newsdex::dump_json(std::move(j)) << '\n';
        } else if (!quiet) {
            std::printf("%s %zu articles, %zu passages in %.2f s (%zu added, %zu updated, %zu "
                        "deleted, %zu unchanged)",
                        options.dry_run ? "would index" : "indexed", report.articles,
                        report.passages, report.seconds, report.added, report.updated,
                        report.deleted, report.unchanged);
            if (!report.failed.empty())
                std::printf("; %zu %s failed", report.failed.size(),
                            report.failed.size() == 1 ? "file" : "files");
            if (report.failed_unchanged)
                std::printf("; %zu failed before and unchanged (--failed lists them)",
                            report.failed_unchanged);
            if (!report.skipped_by_extension.empty())
                std::printf("; skipped: %s", counted(report.skipped_by_extension).c_str());
            if (!report.charsets.empty())
                std::printf("; converted to UTF-8: %s", counted(report.charsets).c_str());
            std::printf("\n");
        }
        return report.failed.empty() ? kExitOk : kExitSomeFailed;
    } catch (const newsdex::DatabaseError& e) {
        ::report(e.what());
        return e.reason() == newsdex::DatabaseError::Reason::locked ? kExitLocked : kExitUsage;
    } catch (const std::exception& e) {
        ::report(e.what());
        return kExitUsage;
    } catch (const Xapian::Error& e) {
        ::report("database " + options.db_path + ": " + e.get_description());
        return kExitUsage;
    }
}
