// The archived people past the retention period, for a manager to erase or keep each.
#pragma once

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>

#include <functional>
#include <vector>

#include "app/error_reporter.h"
#include "model/rules/retention.h"
#include "model/store/store.h"

namespace pcr::app {

class RetentionDialog : public wxDialog {
  public:
    // Lists rules/retention.h's retention_due on `today`, for the period the database sets (retention.years).
    // Erase… hands the chosen person to `erase`, which asks and erases (true when it did); Keep… asks why and
    // records the decision in `store`. Failures go to `reporter`.
    using Erase = std::function<bool(const model::Subject&)>;
    RetentionDialog(wxWindow* parent, model::Store& store, const model::Date& today, Erase erase,
                    ErrorReporter& reporter);

    wxListCtrl* list() const { return list_; }
    wxButton* erase_button() const { return erase_button_; }
    wxButton* keep_button() const { return keep_button_; }
    // The people listed now, in the list's order.
    const std::vector<model::RetentionDue>& due() const { return due_; }
    // The retention period listed by, in years.
    int years() const { return years_; }
    // Keep… with the reason given (the button asks for it); true when it was recorded.
    bool keep(const std::string& reason);

  private:
    void reload();
    const model::RetentionDue* chosen() const;
    void on_erase();
    void on_keep();
    void update_buttons();

    model::Store& store_;
    model::Date today_;
    Erase erase_;
    ErrorReporter& reporter_;
    int years_;
    std::vector<model::RetentionDue> due_;
    wxListCtrl* list_ = nullptr;
    wxButton* erase_button_ = nullptr;
    wxButton* keep_button_ = nullptr;
};

}  // namespace pcr::app
