// The manager's dashboard: what is missing, due or overdue across the caseload, and coverage per tool.
#pragma once

#include <wx/html/htmlwin.h>
#include <wx/panel.h>

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "model/rules/dashboard.h"

namespace pcr::app {

class DashboardView : public wxPanel {
  public:
    using OpenHandler = std::function<void(const model::DashboardLine&)>;
    // Opens another connection to the database shown, for reading on another thread.
    using ReaderOpener = std::function<std::unique_ptr<model::Store>()>;

    explicit DashboardView(wxWindow* parent);
    // Waits for a count still running: its connection and templates must not outlive the view.
    ~DashboardView() override;

    // Builds the dashboard for `day` from the store and shows it; a null store clears it. With a reader set,
    // the page says it is counting and the dashboard is built on another thread, from a connection of its
    // own, so the window answers at once however large the caseload; the page follows when it is ready.
    void refresh(const model::Store* store, const model::TemplateRegistry* templates, const model::Date& day);
    // How refresh reaches the database from its thread; none (the default) builds the dashboard in place.
    void set_reader(ReaderOpener reader) { reader_ = std::move(reader); }
    // Whether a dashboard is being built on another thread, to be shown when it is done.
    bool counting() const { return worker_.joinable(); }
    // Waits for a count still running, so its connection is closed (before the database file is replaced);
    // its result is dropped.
    void stop_counting();
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
    // Starts building the dashboard of `templates_copy_` on `day_` on another thread.
    void start_counting();
    // Takes the dashboard a thread built (or what went wrong), and starts again if asked to meanwhile.
    void counted(unsigned generation, std::shared_ptr<model::Dashboard> board, const std::string& problem);
    wxString page_html() const;
    void on_link(wxHtmlLinkEvent& event);
    const std::vector<model::DashboardLine>* section(int number) const;

    wxHtmlWindow* page_ = nullptr;
    model::Dashboard dashboard_;
    const model::TemplateRegistry* templates_ = nullptr;
    ReaderOpener reader_;
    std::thread worker_;       // joinable while a dashboard is being built
    unsigned generation_ = 0;  // one more at each refresh: a thread's result for an older one is dropped
    bool wanted_ = false;      // a count is due for the latest refresh, to start when the thread is free
    bool pending_ = false;     // the page waits for the latest refresh's count
    // One more at each thread started, so a thread stop_counting joined is not joined again.
    unsigned started_ = 0;
    model::TemplateRegistry templates_copy_;  // what the thread builds by, out of reach of a reload
    model::Date day_;
    std::optional<std::string> problem_;  // why the last count failed, shown instead of the dashboard
    int lines_per_section_ = 8;
    int due_within_days_ = model::Dashboard::kDueWithinDays;
    model::CaseloadScope caseload_ = model::CaseloadScope::Everyone;
    std::map<int, std::size_t> shown_;  // lines shown of each section the user asked to see more of
    OpenHandler handler_;
};

}  // namespace pcr::app
