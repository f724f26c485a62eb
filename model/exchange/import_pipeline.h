// Writes what an import reads on a second thread, so reading the file and writing the database overlap.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <variant>

#include "model/store/interchange_sink.h"

namespace pcr::model {

// Passes each subject and assessment it is given to `target` in the same order, on a thread of its own: the
// reader parses and checks the next subjects while the database takes the last ones. It holds a few subjects
// at most (the reader waits for room), so memory stays small however large the file is. `target` is used
// only by that thread until finish() returns or the pipeline is destroyed.
class ImportPipeline final : public InterchangeSink {
  public:
    explicit ImportPipeline(InterchangeSink& target);
    // Stops the writing thread after the subject it is writing; what was not written yet is dropped.
    ~ImportPipeline() override;
    ImportPipeline(const ImportPipeline&) = delete;
    ImportPipeline& operator=(const ImportPipeline&) = delete;

    // Each throws what `target` threw for an earlier subject or assessment, which ends the import.
    void subject(const SubjectRecords& subject) override;
    void take_subject(SubjectRecords&& subject) override;
    void assessment(const WorkbookAssessment& assessment) override;

    // Waits until `target` has everything; throws what it threw.
    void finish();

  private:
    using Item = std::variant<SubjectRecords, WorkbookAssessment>;

    void put(Item item);
    void write_all();
    void stop();

    InterchangeSink& target_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Item> waiting_;
    bool closed_ = false;
    std::exception_ptr failure_;
    std::thread writer_;
};

}  // namespace pcr::model
