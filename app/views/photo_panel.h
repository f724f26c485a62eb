// The photo on a one-page profile: shown scaled to fit, chosen from a PNG or JPEG file, or removed.
#pragma once

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/statbmp.h>

#include <filesystem>
#include <string>

#include "app/error_reporter.h"
#include "model/people/subject.h"
#include "model/storage/store.h"

namespace pcr::app {

class PhotoPanel : public wxPanel {
  public:
    PhotoPanel(wxWindow* parent, ErrorReporter* reporter);

    // Shows the subject's stored photo (or an empty frame); a null store shows nothing and offers no buttons.
    void set_subject(model::Store* store, const model::Subject& subject);
    // Checks the file's size, scales it to at most kMaxSide pixels and stores it; false (after telling the
    // user why) when it cannot be used.
    bool use_file(const std::filesystem::path& file);
    bool has_photo() const { return has_photo_; }

    static constexpr int kMaxSide = 600;

  private:
    void show_stored();
    void choose();
    void remove();

    ErrorReporter* reporter_;
    model::Store* store_ = nullptr;
    model::Subject subject_;
    bool has_photo_ = false;
    wxStaticBitmap* picture_ = nullptr;
    wxButton* choose_ = nullptr;
    wxButton* remove_ = nullptr;
};

}  // namespace pcr::app
