#pragma once
// Runs a program to completion and captures what it printed, for end-to-end CLI tests.

#include <map>
#include <string>
#include <vector>

namespace newsdex::test {

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// argv[0] is the program path; `env` entries are set on top of the current environment.
RunResult run(const std::vector<std::string>& argv,
              const std::map<std::string, std::string>& env = {});

/// Starts a program without waiting; its output goes to /dev/null. Returns its pid.
int start(const std::vector<std::string>& argv);
/// Waits for a started program; returns its exit code (128 + signal when killed).
int finish(int pid);

/// A fresh directory under the system temp folder, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string operator/(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

void write_file(const std::string& path, const std::string& content);
/// The whole file, as bytes; empty when it cannot be read.
std::string read_file(const std::string& path);
/// `text` a line at a time, without the line ends.
std::vector<std::string> lines_of(const std::string& text);

}  // namespace newsdex::test
