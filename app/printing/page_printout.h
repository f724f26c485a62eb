// A wxPrintout of pages the model draws (one-page profile, workbook report), for Print and Print Preview.
#pragma once

#include <wx/cmndata.h>
#include <wx/prntbase.h>

#include <functional>
#include <memory>

extern "C" {
typedef struct _cairo cairo_t;
}

namespace pcr::app {

class PagePrintout : public wxPrintout {
  public:
    // Draws page `index` (0-based) of `width` × `height` points at the context's origin.
    using DrawPage = std::function<void(cairo_t* cr, int index)>;

    PagePrintout(const wxString& title, int pages, double width, double height, DrawPage draw);

    bool HasPage(int page) override { return page >= 1 && page <= pages_; }
    void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
    bool OnPrintPage(int page) override;
    // Called once when the pages really go to a printer (not for a preview): the audit trail records it.
    void on_printed(std::function<void()> handler) { printed_ = std::move(handler); }
    bool OnBeginDocument(int start_page, int end_page) override;
    // Another printout of the same pages (the preview needs one to show and one to print), sharing what the
    // drawing holds instead of reading it again.
    std::unique_ptr<PagePrintout> copy() const;

  private:
    int pages_;
    double width_;
    double height_;
    DrawPage draw_;
    std::function<void()> printed_;
};

// The paper and printer chosen last in this session; A4 until the user picks another.
wxPrintData& print_data();

}  // namespace pcr::app
