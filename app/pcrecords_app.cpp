// Start-up of pcrecords: parse the command line, load templates, pick the first database, show the window.
#include "app/pcrecords_app.h"

#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>

#include <cstdio>
#include <cstdlib>
#include <exception>

#include "app/demo_database.h"
#include "app/main_frame.h"
#include "app/views/dashboard_view.h"
#include "app/views/subject_view.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/resource_locator.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

void show_error(const wxString& message, const wxString& title = "pcrecords") {
    wxMessageBox(message, title, wxOK | wxICON_ERROR);
}

}  // namespace

void PcrecordsApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption(wxString(), "today",
                     to_wx(model::tr("judge whether records are current on this day (YYYY-MM-DD)")));
    parser.AddOption(wxString(), "templates", to_wx(model::tr("the folder of tool templates to use")),
                     wxCMD_LINE_VAL_STRING);
    parser.AddSwitch(
        wxString(), "quit-when-shown",
        to_wx(model::tr("print \"shown\" once the window is up with its database open, then "
                        "\"counted\" and quit once its dashboard is on screen (to time start-up)")));
    parser.AddParam(to_wx(model::tr("database file or server address (postgresql://user@host/database)")),
                    wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
}

bool PcrecordsApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (!wxApp::OnCmdLineParsed(parser)) return false;
    wxString value;
    if (parser.Found("today", &value)) {
        today_arg_ = model::Date::parse(from_wx(value));
        if (!today_arg_) {
            wxMessageOutput::Get()->Output(
                to_wx(model::fill_in(
                    model::tr("--today {1} is not a date: give it as YYYY-MM-DD, e.g. 2026-06-30."),
                    from_wx(value))) +
                "\n");
            return false;
        }
    }
    if (parser.Found("templates", &value)) templates_arg_ = to_path(value);
    quit_when_shown_ = parser.Found("quit-when-shown");
    if (parser.GetParamCount() > 0) database_arg_ = to_location(parser.GetParam(0));
    return true;
}

bool PcrecordsApp::OnInit() {
    SetAppName("pcrecords");
    SetAppDisplayName("pcrecords");
    // Before the command line is read, so its help and its messages are in the user's language too. The
    // app's words come from the model's catalogue (model::tr), as the model's and the command line's do.
    model::ResourceLocator::set_program(to_path(wxStandardPaths::Get().GetExecutablePath()));
    model::start_translation(model::ResourceLocator::find("locale").value_or(""));
    if (!wxApp::OnInit()) return false;

    // wxFileConfig does not create its folder, and a missing one would cost every setting (and say so).
    const wxString settings = wxFileConfig::GetLocalFileName("pcrecords", wxCONFIG_USE_SUBDIR);
    wxFileName::Mkdir(wxFileName(settings).GetPath(), wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    delete wxConfigBase::Set(
        new wxFileConfig("pcrecords", wxString(), settings, wxString(), wxCONFIG_USE_LOCAL_FILE));

    try {
        templates_ = std::make_unique<model::TemplateRegistry>(model::TemplateRegistry::load(
            templates_arg_ ? *templates_arg_ : model::TemplateRegistry::default_folder()));
    } catch (const pcr::Error& error) {
        show_error(to_wx(std::string(error.what())), to_wx(model::tr("Templates could not be loaded")));
        return false;
    }

    const model::Date today = today_arg_ ? *today_arg_ : model::Date::today();
    auto* frame = new MainFrame(*templates_, today, today_arg_.has_value());
    frame->Show();
    try {
        if (auto file = first_database(frame, today)) frame->open_database(*file);
    } catch (const pcr::Error& error) {
        show_error(to_wx(std::string(error.what())), to_wx(model::tr("Database could not be opened")));
    }
    if (quit_when_shown_) quit_once_shown(frame);
    return true;
}

void PcrecordsApp::quit_once_shown(MainFrame* frame) {
    // The first idle moment with the window on screen is when someone could start working: whatever the
    // views load on their first paint has been done by then. The dashboard, counted on another thread,
    // follows: "counted" says when it is on screen too. bench/scale_bench reads the lines from a pipe.
    Bind(wxEVT_IDLE, [this, frame](wxIdleEvent& event) {
        event.Skip();
        if (!frame->IsShownOnScreen()) return;
        if (!shown_reported_) {
            shown_reported_ = true;
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
        }
        if (frame->subject_view().dashboard().counting()) return;
        std::fputs("counted\n", stdout);
        std::fflush(stdout);
        ExitMainLoop();
    });
}

std::optional<model::StoreLocation> PcrecordsApp::first_database(wxWindow* parent, const model::Date& today) {
    if (database_arg_) return database_arg_;
    // As pcrecords-cli reads it, so one setting points both programs at the server.
    if (const char* db = std::getenv("PCRECORDS_DB"); db && *db) return to_location(to_wx(std::string(db)));
    wxString last;
    // A server last used is tried again even if it may not answer: the message then says what to check.
    if (wxConfigBase::Get()->Read("/Database/Last", &last)) {
        const model::StoreLocation location = to_location(last);
        if (location.is_server() || wxFileExists(last)) return location;
    }

    const std::filesystem::path demo = to_path(wxStandardPaths::Get().GetUserDataDir()) / "demo.pcrdb";
    if (std::filesystem::exists(demo)) return demo;
    if (!create_demo_database(demo, *templates_, today, parent)) return std::nullopt;
    return demo;
}

bool PcrecordsApp::OnExceptionInMainLoop() {
    try {
        throw;
    } catch (const pcr::Error& error) {
        show_error(to_wx(std::string(error.what())));
    } catch (const std::exception& error) {
        show_error(to_wx(model::tr("Something went wrong that pcrecords did not expect:")) + "\n" +
                   to_wx(std::string(error.what())));
    }
    return true;
}

}  // namespace pcr::app
