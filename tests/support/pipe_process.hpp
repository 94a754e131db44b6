#pragma once
// Runs a program with pipes for its standard input and output, so a test can talk to it a
// line at a time as another program would; and runs one with a terminal for its output.

#include <map>
#include <string>
#include <vector>

#include "process.hpp"

namespace newsdex::test {

class PipeProcess {
  public:
    /// Starts argv[0]; its standard error goes to a file, read by err() once it has exited.
    explicit PipeProcess(const std::vector<std::string>& argv);
    ~PipeProcess();
    PipeProcess(const PipeProcess&) = delete;
    PipeProcess& operator=(const PipeProcess&) = delete;

    /// Writes `line` and a newline to the program's standard input.
    void write_line(const std::string& line);
    /// The next line the program printed, without its newline; false at end of output.
    /// Waits as long as the program takes.
    bool read_line(std::string& line);
    /// Ends the program's input, reads what is left of its output, and waits for it to
    /// exit; returns its exit code (128 + signal when killed).
    int finish();
    /// What the program printed on standard error (after finish()).
    std::string err() const;

  private:
    int pid_ = -1;
    int in_ = -1;   // the program's standard input
    int out_ = -1;  // its standard output
    std::string buffered_;
    TempDir dir_;
    int exit_code_ = -1;
};

/// Runs a program to completion with a pseudo-terminal as its standard output (stderr
/// captured apart), as when a person runs it in a terminal.
RunResult run_on_terminal(const std::vector<std::string>& argv,
                          const std::map<std::string, std::string>& env = {});

}  // namespace newsdex::test
