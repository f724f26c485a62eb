// The application object: command line, templates, the database to open first, and error reporting.
#pragma once

#include <wx/app.h>
#include <wx/cmdline.h>

#include <filesystem>
#include <memory>
#include <optional>

#include "model/core/date.h"
#include "model/domain/template_registry.h"
#include "model/store/store_location.h"

namespace pcr::app {

class MainFrame;

class PcrecordsApp : public wxApp {
  public:
    bool OnInit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    // Shows a pcr::Error (or any std::exception) from an event handler and carries on.
    bool OnExceptionInMainLoop() override;

  private:
    // The database given on the command line, else in PCRECORDS_DB, else the last one opened, else the demo
    // (made on first run). Each may be a file or a server's address.
    std::optional<model::StoreLocation> first_database(wxWindow* parent, const model::Date& today);
    // --quit-when-shown: says "shown" on stdout and quits once `frame` is on screen and the app is idle.
    void quit_once_shown(MainFrame* frame);

    std::optional<model::StoreLocation> database_arg_;
    std::optional<std::filesystem::path> templates_arg_;
    std::optional<model::Date> today_arg_;
    bool quit_when_shown_ = false;
    bool shown_reported_ = false;
    std::unique_ptr<model::TemplateRegistry> templates_;
};

}  // namespace pcr::app

wxDECLARE_APP(pcr::app::PcrecordsApp);
