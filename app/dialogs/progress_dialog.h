// A wxProgressDialog that long model work (demo generation, import) reports to, with a Cancel button.
#pragma once

#include <wx/progdlg.h>

#include "model/core/progress.h"

namespace pcr::app {

class ProgressDialog final : public model::Progress {
  public:
    ProgressDialog(const wxString& title, const wxString& message, wxWindow* parent);

    bool update(long done, long total, const std::string& what) override;
    bool cancelled() const { return cancelled_; }

  private:
    static constexpr int kRange = 1000;  // the dialog's scale; model totals may exceed an int
    wxProgressDialog dialog_;
    bool cancelled_ = false;
};

}  // namespace pcr::app
