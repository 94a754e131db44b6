#include "newsdex/database.hpp"

#include <errno.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "newsdex/schema.hpp"

namespace newsdex {

namespace fs = std::filesystem;
using Reason = DatabaseError::Reason;

namespace {

void check_schema(const Xapian::Database& db, const std::string& path) {
    auto stored = db.get_metadata(std::string(schema::kMetaSchemaVersion));
    if (stored.empty()) {
        if (db.get_doccount() == 0) return;
        throw DatabaseError(Reason::schema_mismatch, path,
                            "is not a newsdex database (no schema version recorded)");
    }
    if (stored != std::to_string(schema::kVersion))
        throw DatabaseError(Reason::schema_mismatch, path,
                            "was built with schema version " + stored + ", this newsdex uses " +
                                std::to_string(schema::kVersion) + "; rebuild it");
}

// Xapian picks the backend from what it finds at the path unless told, and a stub file
// (DIR itself, or DIR/XAPIANDB) can name a remote database reached by running a program.
// Opening as glass never reads a stub; refusing one outright says why instead of "corrupt".
void refuse_stub(const std::string& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!ec && fs::exists(status) && !fs::is_directory(status))
        throw DatabaseError(Reason::schema_mismatch, path,
                            "is a file, not a newsdex database folder; it is not opened");
    if (fs::exists(fs::path(path) / "XAPIANDB", ec))
        throw DatabaseError(Reason::schema_mismatch, path,
                            "holds a Xapian stub file (XAPIANDB), not a newsdex database; it is "
                            "not opened");
}

// Xapian keeps the errno of a failed system call as its error string; a failure while
// rolling back quotes the first error's description in its own message.
bool reports(const Xapian::Error& e, int code) {
    const std::string text = std::strerror(code);
    const char* error_string = e.get_error_string();
    return (error_string && text == error_string) ||
           e.get_description().find(text) != std::string::npos;
}

bool disk_full(int code) { return code == ENOSPC || code == EDQUOT; }
bool refuses_writes(int code) { return code == EROFS || code == EACCES; }

DatabaseError disk_full_error(const std::string& path, const std::string& doing, int code) {
    return DatabaseError(Reason::disk_full, path,
                         doing + ": disk full (" + std::strerror(code) +
                             "); its last commit is intact: free space and run again");
}

DatabaseError read_only_error(const std::string& path, int code) {
    return DatabaseError(Reason::read_only, path,
                         std::string("is read-only: cannot write (") + std::strerror(code) + ")");
}

[[noreturn]] void rethrow_opening(const std::string& path, const Xapian::Error& e, bool writing) {
    // Xapian::Error is not polymorphic: its type name is how subclasses are told apart.
    const std::string type = e.get_type();
    // Xapian reports any failure to take the lock as a DatabaseLockError; only this one
    // means another writer holds it.
    if (type == "DatabaseLockError" && e.get_msg().ends_with("already locked"))
        throw DatabaseError(Reason::locked, path, "is being updated by another indexer");
    if (writing)
        for (int code : {ENOSPC, EDQUOT, EROFS, EACCES})
            if (reports(e, code)) throw write_error(path, e, "could not be opened for writing");
    if (type == "DatabaseCorruptError" || type == "DatabaseOpeningError" ||
        type == "DatabaseVersionError" || type == "DatabaseNotFoundError" ||
        type == "DatabaseError")
        throw DatabaseError(Reason::corrupt, path,
                            "cannot be opened (" + e.get_msg() + "); it may be corrupt");
    throw DatabaseError(Reason::other, path, e.get_description());
}

constexpr int kOpenAttempts = 5;

// Whether `file` is the version file Xapian writes as `v.tmp` before renaming it to
// iamglass: it opens with glass's magic bytes.
bool glass_version_draft(const fs::path& file) {
    static constexpr std::string_view kMagic = "\x0f\x0dXapian Glass";
    std::ifstream in(file, std::ios::binary);
    std::string head(kMagic.size(), '\0');
    return in.read(head.data(), static_cast<std::streamsize>(head.size())) && head == kMagic;
}

// Xapian creates a glass database's empty table files, then writes its version file as
// `v.tmp` and renames it to iamglass, and takes a folder with tables as a database: a
// writer killed before the rename leaves a folder it will neither open nor create again.
// Such a folder holds no data — only the lock file, empty tables and perhaps that draft of
// the version file — so they are cleared for the creation to start over. Anything else in
// the folder (a file of the user's, a table with data) leaves it as it is.
void clear_cut_short_creation(const std::string& path) {
    std::error_code ec;
    if (!fs::is_directory(path, ec) || fs::exists(fs::path(path) / "iamglass", ec)) return;
    std::vector<fs::path> tables;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
        const auto name = entry.path().filename().string();
        if (!entry.is_regular_file(ec) || entry.is_symlink(ec)) return;
        if (name == "flintlock") continue;
        if (name == "v.tmp" && glass_version_draft(entry.path())) {
            tables.push_back(entry.path());
            continue;
        }
        if (!name.ends_with(".glass") || entry.file_size(ec) != 0 || ec) return;
        tables.push_back(entry.path());
    }
    if (ec) return;
    for (const auto& table : tables) fs::remove(table, ec);
}

}  // namespace

DatabaseError write_error(const std::string& path, const Xapian::Error& e,
                          const std::string& doing) {
    for (int code : {ENOSPC, EDQUOT})
        if (reports(e, code)) return disk_full_error(path, doing, code);
    for (int code : {EROFS, EACCES})
        if (reports(e, code)) return read_only_error(path, code);
    return DatabaseError(Reason::other, path, doing + ": " + e.get_description());
}

DatabaseError write_error(const std::string& path, const fs::filesystem_error& e,
                          const std::string& doing) {
    const int code = e.code().category() == std::generic_category() ||
                             e.code().category() == std::system_category()
                         ? e.code().value()
                         : 0;
    if (disk_full(code)) return disk_full_error(path, doing, code);
    if (refuses_writes(code)) return read_only_error(path, code);
    return DatabaseError(Reason::other, path, doing + ": " + e.what());
}

Xapian::Database open_for_reading(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw DatabaseError(Reason::missing, path,
                            "does not exist; build it with newsdex-index --db " + path +
                                " PATH...");
    refuse_stub(path);
    for (int attempt = 1;; ++attempt) {
        try {
            Xapian::Database db(path, Xapian::DB_BACKEND_GLASS);
            check_schema(db, path);
            return db;
        } catch (const Xapian::Error& e) {
            // A writer committing while the tables are opened can reuse the blocks being
            // read: Xapian 1.4 then says "modified", or at times "corrupt" (a block of the
            // wrong level). Real damage is still there when looked at again.
            const std::string type = e.get_type();
            const bool maybe_moved =
                type == "DatabaseModifiedError" || type == "DatabaseCorruptError";
            if (!maybe_moved || attempt >= kOpenAttempts) rethrow_opening(path, e, false);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(attempt));
    }
}

Xapian::WritableDatabase open_for_writing(const std::string& path) {
    std::error_code ec;
    auto parent = fs::path(path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    refuse_stub(path);
    // Xapian would report a folder it cannot create its lock file in as locked.
    if (fs::is_directory(path, ec) && ::access(path.c_str(), W_OK) != 0 && refuses_writes(errno))
        throw read_only_error(path, errno);
    clear_cut_short_creation(path);
    try {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
        check_schema(db, path);
        return db;
    } catch (const Xapian::Error& e) {
        rethrow_opening(path, e, true);
    }
}

namespace {

std::mutex guard_mutex;
int guard_depth = 0;
std::string guarded_path;
std::terminate_handler handler_before = nullptr;

// Less free space than this where the database lives, after a write failed: the disk is full
// (a few blocks may be left that no write could use, or were freed by the failed commit).
constexpr std::uint64_t kFullBelowBytes = 256 * 1024;

// When Xapian throws from a destructor the exception is not at hand in the terminate handler
// (only that one is on its way); the file system still tells a full disk or a read-only one.
std::optional<DatabaseError> file_system_failure(const std::string& path) {
    struct statvfs fs_stat {};
    if (::statvfs(path.c_str(), &fs_stat) != 0) {
        auto parent = fs::path(path).parent_path();
        if (parent.empty()) parent = ".";
        if (::statvfs(parent.c_str(), &fs_stat) != 0) return std::nullopt;
    }
    if (fs_stat.f_flag & ST_RDONLY) return read_only_error(path, EROFS);
    if (std::uint64_t(fs_stat.f_bavail) * fs_stat.f_frsize < kFullBelowBytes)
        return disk_full_error(path, "could not be written", ENOSPC);
    return std::nullopt;
}

[[noreturn]] void exit_with(const std::string& message) {
    const std::string line = std::string(program_invocation_short_name) + ": " + message + "\n";
    // Other threads may still be running: no exit handlers, no flushing of streams they may
    // be writing to.
    if (::write(STDERR_FILENO, line.data(), line.size()) < 0) {
    }
    ::_exit(2);
}

[[noreturn]] void exit_on_write_failure() {
    std::string path;
    std::terminate_handler before = nullptr;
    {
        std::lock_guard lock(guard_mutex);
        path = guarded_path;
        before = handler_before;
    }
    if (auto current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const Xapian::Error& e) {
            exit_with(write_error(path, e).what());
        } catch (...) {
        }
    } else if (std::uncaught_exceptions() > 0) {
        if (auto failure = file_system_failure(path)) exit_with(failure->what());
    }
    if (before) before();
    std::abort();
}

}  // namespace

WriteFailureExit::WriteFailureExit(std::string path) {
    std::lock_guard lock(guard_mutex);
    previous_path_ = std::exchange(guarded_path, std::move(path));
    if (guard_depth++ == 0) handler_before = std::set_terminate(exit_on_write_failure);
}

WriteFailureExit::~WriteFailureExit() {
    std::lock_guard lock(guard_mutex);
    guarded_path = std::move(previous_path_);
    if (--guard_depth == 0) std::set_terminate(handler_before);
}

}  // namespace newsdex
