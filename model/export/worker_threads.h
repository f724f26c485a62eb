// A few threads of its own that run the bulk exports' pages while the calling thread reads the next ones.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pcr::model {

// Jobs run in the order queued, on whichever thread is free. A job must not touch the store: a connection
// is for one thread. Text is safe to lay out in a job because each thread has its own pango font map and
// context (pango_cairo.cpp), as pango asks.
class WorkerThreads {
  public:
    explicit WorkerThreads(unsigned threads);  // at least one
    // Jobs not yet started are dropped (their futures report a broken promise); running ones are waited for.
    ~WorkerThreads();
    WorkerThreads(const WorkerThreads&) = delete;
    WorkerThreads& operator=(const WorkerThreads&) = delete;

    // Queues `job`; the future gives what it returns, or rethrows what it threw.
    template <class F>
    auto run(F job) -> std::future<decltype(job())> {
        auto task = std::make_shared<std::packaged_task<decltype(job())()>>(std::move(job));
        auto result = task->get_future();
        push([task] { (*task)(); });
        return result;
    }

    // Threads for work that keeps a processor busy: one per processor, between one and `most`.
    static unsigned per_processor(unsigned most);

  private:
    void push(std::function<void()> job);
    void work();

    std::mutex mutex_;
    std::condition_variable queued_;
    std::deque<std::function<void()>> jobs_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace pcr::model
