// The workbook report as A4 pages: summary sheet with scores, suggestions and coverage, action plan, chart.
#pragma once

#include <filesystem>
#include <memory>

#include "model/export/workbook_report.h"

extern "C" {
typedef struct _cairo cairo_t;
}

namespace pcr::model {

// The report laid out for one page size, so a PDF and a printout show the same pages.
class ReportPages {
  public:
    ReportPages(const WorkbookReport& report, double width, double height);
    ~ReportPages();
    ReportPages(const ReportPages&) = delete;
    ReportPages& operator=(const ReportPages&) = delete;

    int count() const;
    // Draws page `index` (0-based) at the context's origin.
    void draw(cairo_t* cr, int index) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Writes the report as an A4 PDF, whole or not at all. Returns the number of pages.
int write_report_pdf(const WorkbookReport& report, const std::filesystem::path& file);

}  // namespace pcr::model
