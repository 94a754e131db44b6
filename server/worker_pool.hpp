#pragma once
// The server's bounded pool of workers: a fixed number of threads answer connections, a
// bounded number wait for one, and connections beyond that are answered 503 at once by a
// thread of their own instead of waiting without end.

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace newsdex::serve {

class WorkerPool : public httplib::TaskQueue {
public:
    /// `threads` workers; at most `max_queue` connections waiting for one.
    WorkerPool(unsigned threads, std::size_t max_queue);
    ~WorkerPool() override;
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    void enqueue(std::function<void()> fn) override;
    /// Lets every accepted connection finish, then joins the threads.
    void shutdown() override;

    /// Whether the calling thread is answering a connection the pool had no room for: its
    /// requests are to be answered 503.
    static bool turning_away();

private:
    void work(std::deque<std::function<void()>>& jobs, bool turn_away);

    std::size_t capacity_;  ///< connections being answered or waiting
    std::size_t in_flight_ = 0;
    bool stopping_ = false;
    std::deque<std::function<void()>> jobs_;
    std::deque<std::function<void()>> turned_away_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::vector<std::thread> threads_;
};

}  // namespace newsdex::serve
