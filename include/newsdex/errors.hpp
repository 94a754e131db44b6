#pragma once
// One exception type per failure family; each carries what failed and why, so the CLIs can
// print one line and choose a documented exit code.

#include <stdexcept>
#include <string>

namespace newsdex {

/// An input file that cannot be read or parsed; the rest of a run goes on without it.
class InputError : public std::runtime_error {
public:
    InputError(std::string path, const std::string& problem)
        : std::runtime_error(path + ": " + problem), path_(std::move(path)), problem_(problem) {}
    const std::string& path() const { return path_; }
    const std::string& problem() const { return problem_; }

private:
    std::string path_;
    std::string problem_;
};

/// The database is missing, locked, corrupt or of another schema version, or cannot be
/// written: its file system is read-only (or refuses this user), or its disk is full.
class DatabaseError : public std::runtime_error {
public:
    enum class Reason { missing, locked, corrupt, schema_mismatch, read_only, disk_full, other };
    DatabaseError(Reason reason, std::string path, const std::string& problem)
        : std::runtime_error("database " + path + " " + problem),
          reason_(reason),
          path_(std::move(path)) {}
    Reason reason() const { return reason_; }
    const std::string& path() const { return path_; }

private:
    Reason reason_;
    std::string path_;
};

/// A query that cannot be parsed or names an unknown field.
class QueryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace newsdex
