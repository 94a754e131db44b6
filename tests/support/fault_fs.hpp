#pragma once
// File systems that fail on purpose, for fault tests: a small tmpfs that fills up and a
// read-only bind mount, both inside a mount namespace of the test process's own (so the
// programs it starts see them, and nothing outside does). Needs the right to mount (root,
// or a container that lets unshare(CLONE_NEWNS) and mount through); tests skip otherwise.

#include <sched.h>
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

namespace newsdex::test {

/// Why mounting is not possible here, or empty when the process now has a private mount
/// namespace. Call it before starting any thread: unshare(CLONE_NEWNS) refuses otherwise.
inline std::string private_mounts() {
    static std::string why = [] {
        if (::unshare(CLONE_NEWNS) != 0)
            return std::string("unshare(CLONE_NEWNS): ") + std::strerror(errno);
        // Mounts made here must not propagate back to the host's namespace.
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            return std::string("making / private: ") + std::strerror(errno);
        return std::string();
    }();
    return why;
}

/// A mount point, unmounted when the object goes away (before its TempDir is removed).
class Mount {
public:
    Mount() = default;
    ~Mount() {
        if (!point_.empty()) ::umount2(point_.c_str(), MNT_DETACH);
    }
    Mount(const Mount&) = delete;
    Mount& operator=(const Mount&) = delete;

    /// A tmpfs of `bytes` at `point` (created if absent); returns the error or empty.
    std::string tmpfs(const std::string& point, std::size_t bytes) {
        std::filesystem::create_directories(point);
        const auto options = "size=" + std::to_string(bytes);
        if (::mount("tmpfs", point.c_str(), "tmpfs", 0, options.c_str()) != 0)
            return "mount -t tmpfs: " + std::string(std::strerror(errno));
        point_ = point;
        return {};
    }

    /// Resizes the tmpfs: as if space were freed on a full disk.
    std::string resize(std::size_t bytes) {
        const auto options = "size=" + std::to_string(bytes);
        if (::mount("tmpfs", point_.c_str(), "tmpfs", MS_REMOUNT, options.c_str()) != 0)
            return "remount tmpfs: " + std::string(std::strerror(errno));
        return {};
    }

    /// `folder` mounted over itself, read-only; returns the error or empty.
    std::string read_only(const std::string& folder) {
        if (::mount(folder.c_str(), folder.c_str(), nullptr, MS_BIND, nullptr) != 0)
            return "bind mount: " + std::string(std::strerror(errno));
        point_ = folder;
        if (::mount(nullptr, folder.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) !=
            0)
            return "read-only remount: " + std::string(std::strerror(errno));
        return {};
    }

private:
    std::string point_;
};

}  // namespace newsdex::test
