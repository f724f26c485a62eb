// The stored judgement of every record (table record_status): written with each record, read for status
// queries, made again when a template's rules change.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "model/domain/completeness.h"
#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/domain/template_registry.h"
#include "model/sqlite/database.h"

namespace pcr::model {

class StatusTable {
  public:
    explicit StatusTable(Database& db) : db_(db) {}

    // Judges by `templates` from now on, and judges again every record judged under other rules or not at
    // all, in one transaction (inside the caller's when one is open). Returns how many it judged.
    std::size_t use(const TemplateRegistry& templates);

    // Stores the judgement of `record`, just written as the record `record_key` of subject `subject_key` (of
    // `kind`), inside the caller's transaction. Without templates, or for a tool they do not know, removes it
    // instead, so a later use() judges it.
    void record_saved(std::int64_t record_key, std::int64_t subject_key, SubjectKind kind,
                      const Record& record);

    // A judgement's section counts as stored ("3 0 1:0.2": qualifying entries, and after a colon the failed
    // conditions, per section in template order) and back.
    static std::string encode(const RecordJudgement& judged);
    static RecordJudgement decode(bool has_content, const std::string& sections,
                                  const std::optional<Date>& last_reviewed);
    // A judgement's kept rows as stored: control characters mark sections, rows and cells, so no text
    // typed in a cell needs quoting except those characters themselves (escaped), and back.
    static std::string encode_rows(const std::vector<Section>& rows);
    static std::vector<Section> decode_rows(const std::string& text);

  private:
    // Judges again the records of every tool whose stored judgements are not by templates_, in one
    // transaction; returns how many.
    std::size_t judge_stale();
    void write(std::int64_t record_key, std::int64_t subject_key, const ToolTemplate& tool,
               const Record& record, const std::string& print);
    // Removes a record's judgement; with `unjudged_tool`, marks that tool's judgements incomplete.
    void forget(std::int64_t record_key, const std::optional<std::string>& unjudged_tool);

    Database& db_;
    std::optional<TemplateRegistry> templates_;
    std::map<std::string, std::string> prints_;  // tool id -> rules_print of its template
};

}  // namespace pcr::model
