// A queue between the reading thread and the writing one, with the writer's failure handed back.
#include "model/exchange/import_pipeline.h"

#include <utility>

namespace pcr::model {

namespace {

// Enough to keep the writer busy while the reader works on the next subject; a subject of the demo's size
// holds a few hundred entries, so this is a few megabytes at most.
constexpr std::size_t kMostWaiting = 16;

}  // namespace

ImportPipeline::ImportPipeline(InterchangeSink& target) : target_(target), writer_([this] { write_all(); }) {}

ImportPipeline::~ImportPipeline() {
    stop();
}

void ImportPipeline::subject(const SubjectRecords& subject) {
    put(Item(std::in_place_index<0>, subject));
}

void ImportPipeline::take_subject(SubjectRecords&& subject) {
    put(Item(std::in_place_index<0>, std::move(subject)));
}

void ImportPipeline::assessment(const WorkbookAssessment& assessment) {
    put(Item(std::in_place_index<1>, assessment));
}

void ImportPipeline::put(Item item) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || waiting_.size() < kMostWaiting; });
    if (failure_) std::rethrow_exception(failure_);
    waiting_.push_back(std::move(item));
    changed_.notify_all();
}

void ImportPipeline::finish() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        changed_.notify_all();
    }
    if (writer_.joinable()) writer_.join();
    if (failure_) std::rethrow_exception(failure_);
}

void ImportPipeline::stop() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        waiting_.clear();
        changed_.notify_all();
    }
    if (writer_.joinable()) writer_.join();
}

void ImportPipeline::write_all() {
    for (;;) {
        Item item;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return closed_ || !waiting_.empty(); });
            if (waiting_.empty()) return;
            item = std::move(waiting_.front());
            waiting_.pop_front();
            changed_.notify_all();
        }
        try {
            if (auto* subject = std::get_if<SubjectRecords>(&item))
                target_.subject(*subject);
            else
                target_.assessment(std::get<WorkbookAssessment>(item));
        } catch (...) {
            // Nothing after a failure is written: the reader learns of it when it next hands something on.
            std::lock_guard lock(mutex_);
            failure_ = std::current_exception();
            waiting_.clear();
            changed_.notify_all();
            return;
        }
    }
}

}  // namespace pcr::model
