// The photo on a one-page profile: shown scaled to fit, chosen from a PNG or JPEG file, or removed; either
// change is one step of the edit session, so Undo takes it back.
#pragma once

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/statbmp.h>

#include <filesystem>
#include <string>

#include "app/error_reporter.h"
#include "model/domain/subject.h"
#include "model/rules/edit_session.h"

namespace pcr::app {

class PhotoPanel : public wxPanel {
  public:
    PhotoPanel(wxWindow* parent, ErrorReporter* reporter);

    // Shows the subject's stored photo (or an empty frame); with no session it shows nothing and offers no
    // buttons.
    void set_subject(model::EditSession* session, const model::Subject& subject);
    // Checks the file's size, scales it to at most kMaxSide pixels and saves it through the session; false
    // (after telling the user why) when it cannot be used.
    bool use_file(const std::filesystem::path& file);
    // Takes the photo away (one undoable step); false, after saying why, when that could not be saved.
    bool remove();
    bool has_photo() const { return has_photo_; }

    static constexpr int kMaxSide = 600;

  private:
    void show_stored();
    void choose();

    ErrorReporter* reporter_;
    model::EditSession* session_ = nullptr;
    model::Subject subject_;
    bool has_photo_ = false;
    wxStaticBitmap* picture_ = nullptr;
    wxButton* choose_ = nullptr;
    wxButton* remove_ = nullptr;
};

}  // namespace pcr::app
