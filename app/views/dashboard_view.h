// The manager's dashboard: what is missing, due or overdue across the caseload, and coverage per tool.
#pragma once

#include <wx/html/htmlwin.h>
#include <wx/panel.h>

#include <cstddef>
#include <functional>
#include <map>
#include <vector>

#include "model/rules/dashboard.h"

namespace pcr::app {

class DashboardView : public wxPanel {
  public:
    using OpenHandler = std::function<void(const model::DashboardLine&)>;

    explicit DashboardView(wxWindow* parent);

    // Builds the dashboard for `day` from the store and shows it; a null store clears it.
    void refresh(const model::Store* store, const model::TemplateRegistry* templates, const model::Date& day);
    // Called with the line the user activated, to open the record it names.
    void on_open(OpenHandler handler) { handler_ = std::move(handler); }
    // How many lines each section shows before saying how many more there are. Each "Show more" adds
    // kMoreLines, so a section of thousands never makes a page of thousands.
    void set_lines_per_section(int lines) { lines_per_section_ = lines; }
    static constexpr std::size_t kMoreLines = 100;
    // How many days ahead records and reviews count as due soon, from the next refresh on.
    void set_due_within_days(int days) { due_within_days_ = days; }
    // Whose people it counts, as the caseload shows them, from the next refresh on.
    void set_caseload(model::CaseloadScope caseload) { caseload_ = caseload; }
    model::CaseloadScope caseload() const { return caseload_; }

    const model::Dashboard& dashboard() const { return dashboard_; }
    wxHtmlWindow* page() const { return page_; }
    // The link the page gives a line, so a test can follow the same link a click would.
    static wxString link_for(int section, std::size_t index);

  private:
    wxString page_html() const;
    void on_link(wxHtmlLinkEvent& event);
    const std::vector<model::DashboardLine>* section(int number) const;

    wxHtmlWindow* page_ = nullptr;
    model::Dashboard dashboard_;
    const model::TemplateRegistry* templates_ = nullptr;
    int lines_per_section_ = 8;
    int due_within_days_ = model::Dashboard::kDueWithinDays;
    model::CaseloadScope caseload_ = model::CaseloadScope::Everyone;
    std::map<int, std::size_t> shown_;  // lines shown of each section the user asked to see more of
    OpenHandler handler_;
};

}  // namespace pcr::app
