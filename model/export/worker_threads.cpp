// Worker threads for the bulk exports: a queue of jobs, run in order by whichever thread is free.
#include "model/export/worker_threads.h"

#include <algorithm>

namespace pcr::model {

WorkerThreads::WorkerThreads(unsigned threads) {
    for (unsigned i = 0; i < std::max(1u, threads); ++i) threads_.emplace_back([this] { work(); });
}

WorkerThreads::~WorkerThreads() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        jobs_.clear();
    }
    queued_.notify_all();
    for (auto& thread : threads_) thread.join();
}

unsigned WorkerThreads::per_processor(unsigned most) {
    // hardware_concurrency() is 0 when it cannot tell.
    return std::clamp(std::thread::hardware_concurrency(), 1u, std::max(1u, most));
}

void WorkerThreads::push(std::function<void()> job) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    queued_.notify_one();
}

void WorkerThreads::work() {
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            queued_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (stopping_) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        job();  // a packaged task: what it throws goes to its future
    }
}

}  // namespace pcr::model
