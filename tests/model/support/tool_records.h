// Test helpers for template and completeness tests: the shipped templates, hand-built records, temp folders.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <utility>

#include "model/domain/record.h"
#include "model/domain/template_registry.h"

namespace pcr::test {

// The templates in the source tree, loaded once for all tests.
inline const model::TemplateRegistry& shipped_templates() {
    static const model::TemplateRegistry registry = model::TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    return registry;
}

inline model::Date day(const char* iso) {
    return *model::Date::parse(iso);
}

// Adds `n` list items ("<section> 1", "<section> 2", ...) to a section of the record.
inline void add_items(model::Record& record, const std::string& section, int n) {
    auto& s = record.section_for_update(section);
    for (int i = 1; i <= n; ++i)
        s.entries.push_back(model::Entry{0, {}, section + " " + std::to_string(i), {}});
}

// A table or dated row from (column, text) pairs; `date` is empty for table rows.
inline model::Entry row(std::initializer_list<std::pair<std::string, std::string>> cells,
                        std::string date = {}) {
    model::Entry e;
    e.date = std::move(date);
    for (const auto& [column, text] : cells) e.cells.push_back(model::Cell{column, text, {}});
    return e;
}

inline void add_row(model::Record& record, const std::string& section, model::Entry entry) {
    record.section_for_update(section).entries.push_back(std::move(entry));
}

// A fresh empty folder under the system temp folder, removed with everything in it at the end of the test.
class TempFolder {
  public:
    TempFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "pcr-test-XXXXXX").string();
        path_ = ::mkdtemp(pattern.data());
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

}  // namespace pcr::test
