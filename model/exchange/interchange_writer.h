// Writes interchange data as the format-1 XML file: stable order, so export-import-export is exact.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "model/core/temporary_file.h"
#include "model/core/utc_time.h"
#include "model/domain/interchange.h"
#include "model/domain/template_registry.h"
#include "model/store/interchange_sink.h"

namespace pcr::model {

// Sections, rows and cells are written in template order; `exported` is the stamp ("2026-11-26T14:00:00Z").
std::string write_interchange_text(const Interchange& data, const TemplateRegistry& templates,
                                   const std::string& exported);
// The interchange file of one person or staff member (`data` holds only them) with a <history> element after
// them holding `history`: the subject access copy. Importing it reads what is current and passes over the
// history (docs/exports.md#subject-access).
std::string write_subject_access_text(const Interchange& data, const SubjectHistory& history,
                                      const TemplateRegistry& templates, const std::string& exported);
// Writes the file as a store's export hands it over (StoreAdmin::export_each), one subject at a time, to a
// temporary file beside `file`; finish() renames it into place, so a failed export never leaves half a file
// (destroyed unfinished, the temporary file is removed; a failed write, such as a full disk, throws
// pcr::UserError and leaves an earlier file of that name as it was). Bytes are the same as
// write_interchange_text's for the same data.
class InterchangeFileWriter final : public InterchangeSink {
  public:
    InterchangeFileWriter(const TemplateRegistry& templates, std::filesystem::path file,
                          const std::string& exported);
    ~InterchangeFileWriter() override;
    InterchangeFileWriter(const InterchangeFileWriter&) = delete;
    InterchangeFileWriter& operator=(const InterchangeFileWriter&) = delete;

    void subject(const SubjectRecords& subject) override;
    void assessment(const WorkbookAssessment& assessment) override;
    void finish();
    // The kind and id of every subject written, in order, for the audit trail.
    const std::vector<std::pair<SubjectKind, std::string>>& written() const { return written_; }

  private:
    void flush();

    const TemplateRegistry& templates_;
    TemporaryFile out_;
    std::string buffer_;
    std::vector<std::pair<SubjectKind, std::string>> written_;
};

// The same for data in memory.
void write_interchange(const Interchange& data, const TemplateRegistry& templates,
                       const std::filesystem::path& file, const std::string& exported);

}  // namespace pcr::model
