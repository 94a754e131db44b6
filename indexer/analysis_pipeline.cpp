#include "analysis_pipeline.hpp"

#include <algorithm>

namespace newsdex {

AnalysisPipeline::AnalysisPipeline(const std::vector<SourceFile>& files, unsigned threads,
                                   const std::function<Prepare()>& make_worker)
    : files_(files),
      window_(8 + 4 * std::max(threads, 1u)),
      ready_(files.size()),
      errors_(files.size()) {
    for (unsigned t = 0; t < std::max(threads, 1u); ++t)
        workers_.emplace_back([this, prepare = make_worker()] { work(prepare); });
}

AnalysisPipeline::~AnalysisPipeline() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    for (auto& w : workers_) w.join();
}

void AnalysisPipeline::work(const Prepare& prepare) {
    for (;;) {
        std::size_t i = 0;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] {
                return stopping_ || claimed_ >= files_.size() || claimed_ < consumed_ + window_;
            });
            if (stopping_ || claimed_ >= files_.size()) return;
            i = claimed_++;
        }
        std::optional<PreparedFile> result;
        std::exception_ptr error;
        try {
            result = prepare(files_[i]);
        } catch (...) {
            error = std::current_exception();
        }
        {
            std::lock_guard lock(mutex_);
            ready_[i] = std::move(result);
            errors_[i] = error;
        }
        changed_.notify_all();
    }
}

PreparedFile AnalysisPipeline::next() {
    std::unique_lock lock(mutex_);
    const auto i = consumed_;
    changed_.wait(lock, [&] { return ready_[i].has_value() || errors_[i]; });
    ++consumed_;
    auto error = std::exchange(errors_[i], nullptr);
    auto result = std::move(ready_[i]);
    ready_[i].reset();
    lock.unlock();
    changed_.notify_all();
    if (error) std::rethrow_exception(error);
    return std::move(*result);
}

}  // namespace newsdex
