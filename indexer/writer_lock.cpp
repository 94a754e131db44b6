#include "writer_lock.hpp"

#include <chrono>
#include <thread>

#include "newsdex/database.hpp"
#include "newsdex/errors.hpp"

namespace newsdex {

Xapian::WritableDatabase open_waiting(const std::string& path, double timeout_seconds) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_seconds);
    for (;;) {
        try {
            return open_for_writing(path);
        } catch (const DatabaseError& e) {
            if (e.reason() != DatabaseError::Reason::locked ||
                std::chrono::steady_clock::now() >= deadline)
                throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

}  // namespace newsdex
