// HTML exports rendered from the mustache templates in templates/export/, which providers may edit.
#pragma once

#include <filesystem>
#include <string>

#include "model/export/profile_page.h"
#include "model/export/whole_record.h"
#include "model/export/workbook_report.h"

namespace pcr::model {

// The export templates, read and checked once. Every value put into a page is HTML-escaped.
class HtmlExporter {
  public:
    // Reads one-page-profile.html, whole-record.html and workbook-report.html from `folder`
    // (templates/export). Throws pcr::TemplateError naming the file and problem when one is missing or is not
    // valid mustache.
    static HtmlExporter load(const std::filesystem::path& folder);
    // templates/export beside the tool templates (TemplateRegistry::default_folder() / "export").
    static std::filesystem::path default_folder();
    // export/ in the folder `templates` came from (so --templates DIR brings its own export templates), or
    // the default folder when that has none.
    static std::filesystem::path folder_for(const TemplateRegistry& templates);

    std::string profile(const ProfilePage& page) const;
    std::string record(const WholeRecord& record) const;
    std::string report(const WorkbookReport& report) const;

  private:
    std::filesystem::path folder_;  // where the templates were read, to name a file in messages
    std::string profile_template_;
    std::string record_template_;
    std::string report_template_;
};

}  // namespace pcr::model
