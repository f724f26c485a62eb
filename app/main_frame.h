// The main window: menus, the caseload on the left, the chosen subject's tools and record on the right.
#pragma once

#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/splitter.h>

#include <filesystem>
#include <memory>

#include "model/core/date.h"
#include "model/storage/sqlite_store.h"
#include "model/tools/template_registry.h"

namespace pcr::app {

class CaseloadView;
class SubjectView;

class MainFrame : public wxFrame {
  public:
    // `today` is the day currency is judged on; `today_given` says it came from --today, for the status bar.
    MainFrame(const model::TemplateRegistry& templates, const model::Date& today, bool today_given);
    ~MainFrame() override;

    // Opens (or, with CreateIfMissing, creates) a database and shows it; the previous one stays open if this
    // throws pcr::Error. Remembers it as the last database and in the recent files.
    void open_database(const std::filesystem::path& file, model::OpenMode mode = model::OpenMode::Existing);

    const model::Store* store() const { return store_.get(); }
    const std::filesystem::path& database_file() const { return file_; }
    CaseloadView& caseload() const { return *caseload_; }
    SubjectView& subject_view() const { return *subject_view_; }

  private:
    void build_menus();
    void restore_geometry();
    void save_geometry();
    void save_history();
    void show_database();
    // The right side when the list is empty: why, and what to do about it.
    void show_empty_caseload();
    void on_new(wxCommandEvent& event);
    void on_open(wxCommandEvent& event);
    void on_recent(wxCommandEvent& event);
    void on_import(wxCommandEvent& event);
    void on_export(wxCommandEvent& event);
    void on_find(wxCommandEvent& event);
    void on_kind(wxCommandEvent& event);
    void on_show_archived(wxCommandEvent& event);
    void on_about(wxCommandEvent& event);
    void on_close(wxCloseEvent& event);
    void on_update_needs_database(wxUpdateUIEvent& event);

    const model::TemplateRegistry& templates_;
    model::Date today_;
    bool today_given_ = false;
    std::filesystem::path file_;
    std::unique_ptr<model::Store> store_;

    wxSplitterWindow* splitter_ = nullptr;
    CaseloadView* caseload_ = nullptr;
    SubjectView* subject_view_ = nullptr;
    wxFileHistory history_;
};

}  // namespace pcr::app
