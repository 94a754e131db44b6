#include "pipe_process.hpp"

#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace newsdex::test {

namespace {

[[noreturn]] void exec(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
}

int exit_code_of(int pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

PipeProcess::PipeProcess(const std::vector<std::string>& argv) {
    // A test writing to a program that has exited gets EPIPE, not a fatal signal.
    signal(SIGPIPE, SIG_IGN);
    int to_child[2], from_child[2];
    if (pipe2(to_child, O_CLOEXEC) != 0 || pipe2(from_child, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    const auto err_path = dir_ / "err";
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(to_child[0], 0);
        dup2(from_child[1], 1);
        dup2(err, 2);
        exec(argv);
    }
    close(to_child[0]);
    close(from_child[1]);
    in_ = to_child[1];
    out_ = from_child[0];
}

PipeProcess::~PipeProcess() {
    if (pid_ > 0 && exit_code_ < 0) {
        kill(pid_, SIGKILL);
        finish();
    }
}

void PipeProcess::write_line(const std::string& line) {
    const std::string data = line + "\n";
    std::size_t done = 0;
    while (done < data.size()) {
        const auto n = write(in_, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw std::runtime_error("the program stopped reading its input");
        done += static_cast<std::size_t>(n);
    }
}

bool PipeProcess::read_line(std::string& line) {
    for (;;) {
        if (auto nl = buffered_.find('\n'); nl != std::string::npos) {
            line = buffered_.substr(0, nl);
            buffered_.erase(0, nl + 1);
            return true;
        }
        char chunk[4096];
        const auto n = out_ < 0 ? 0 : read(out_, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (buffered_.empty()) return false;
            line = std::move(buffered_);
            buffered_.clear();
            return true;
        }
        buffered_.append(chunk, static_cast<std::size_t>(n));
    }
}

int PipeProcess::finish() {
    if (exit_code_ >= 0) return exit_code_;
    if (in_ >= 0) close(in_);
    in_ = -1;
    for (std::string ignored; read_line(ignored);) {
    }
    if (out_ >= 0) close(out_);
    out_ = -1;
    exit_code_ = exit_code_of(pid_);
    return exit_code_;
}

std::string PipeProcess::err() const {
    return read_file(dir_ / "err");
}

RunResult run_on_terminal(const std::vector<std::string>& argv,
                          const std::map<std::string, std::string>& env) {
    TempDir io;
    const auto err_path = io / "err";
    int terminal = -1;
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid < 0) throw std::runtime_error("forkpty failed");
    if (pid == 0) {
        int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int in = open("/dev/null", O_RDONLY);
        dup2(in, 0);
        dup2(err, 2);
        for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
        exec(argv);
    }
    RunResult r;
    char chunk[4096];
    for (;;) {
        const auto n = read(terminal, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // EIO once the program has exited and closed the terminal
        r.out.append(chunk, static_cast<std::size_t>(n));
    }
    close(terminal);
    r.exit_code = exit_code_of(pid);
    r.err = read_file(err_path);
    return r;
}

}  // namespace newsdex::test
