#include "worker_pool.hpp"

namespace newsdex::serve {

namespace {
thread_local bool t_turning_away = false;
}

WorkerPool::WorkerPool(unsigned threads, std::size_t max_queue) : capacity_(threads + max_queue) {
    for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { work(jobs_, false); });
    threads_.emplace_back([this] { work(turned_away_, true); });
}

WorkerPool::~WorkerPool() { shutdown(); }

bool WorkerPool::turning_away() { return t_turning_away; }

void WorkerPool::enqueue(std::function<void()> fn) {
    {
        std::lock_guard lock(mutex_);
        if (in_flight_ < capacity_) {
            ++in_flight_;
            jobs_.push_back([this, fn = std::move(fn)] {
                fn();
                std::lock_guard done(mutex_);
                --in_flight_;
            });
        } else {
            turned_away_.push_back(std::move(fn));
        }
    }
    wake_.notify_all();
}

void WorkerPool::shutdown() {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ && threads_.empty()) return;
        stopping_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
    threads_.clear();
}

void WorkerPool::work(std::deque<std::function<void()>>& jobs, bool turn_away) {
    t_turning_away = turn_away;
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return !jobs.empty() || stopping_; });
            if (jobs.empty()) return;  // stopping, and nothing accepted is left
            job = std::move(jobs.front());
            jobs.pop_front();
        }
        job();
    }
}

}  // namespace newsdex::serve
