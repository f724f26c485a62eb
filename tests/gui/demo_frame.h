// A main window on a small demo database with throwaway settings, for the GUI tests of the editing features.
#pragma once

#include <wx/app.h>
#include <wx/fileconf.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "app/main_frame.h"
#include "app/views/dashboard_view.h"
#include "app/views/subject_view.h"
#include "app/wx_text.h"
#include "common/test_store.h"
#include "model/demo/demo_generator.h"

namespace pcr::gui_test {

inline const model::Date kToday(2026, 6, 30);

inline const char* const kCircle = "relationship-circle";

// Keeps what the app would have shown in message boxes, for tests to read.
struct Recorder : app::ErrorReporter {
    std::vector<wxString> titles;
    std::vector<wxString> messages;
    std::vector<wxString> actions;  // the button a done() message offered ("" for report())
    void report(const wxString& title, const wxString& message) override {
        titles.push_back(title);
        messages.push_back(message);
        actions.emplace_back();
    }
    void done(const wxString& title, const wxString& message, const wxString& action,
              const std::function<void()>&) override {
        titles.push_back(title);
        messages.push_back(message);
        actions.push_back(action);
    }
};

// Mo, whose relationship circle holds three of the family: Ann in ring 1, Bea in ring 2, Cy in ring 3.
inline void add_mo(model::Store& store) {
    model::Subject mo;
    mo.id = "P-MO";
    mo.name = "Mo Circlewright";
    store.save_subject(mo);
    model::Record circle;
    circle.tool = kCircle;
    model::Section& people = circle.section_for_update("people");
    const char* names[] = {"Ann", "Bea", "Cy"};
    const char* rings[] = {"1", "2", "3"};
    for (int i = 0; i < 3; ++i) {
        model::Entry row;
        row.cells = {model::Cell{"name", names[i], {}}, model::Cell{"relationship", "sister", {}},
                     model::Cell{"circle", rings[i], {}}, model::Cell{"group", "family", {}}};
        people.entries.push_back(row);
    }
    store.save_record(model::SubjectKind::Person, mo.id, circle);
}

// Closes `frame` as its close button or Quit does (`action`), and waits until wx has destroyed it; false (and
// `frame` still holds it) if it stayed open.
inline bool closed_by(std::unique_ptr<app::MainFrame>& frame,
                      const std::function<void(app::MainFrame&)>& action) {
    app::MainFrame* window = frame.release();
    action(*window);
    const auto gone = [window] {
        return std::find(wxTopLevelWindows.begin(), wxTopLevelWindows.end(), window) ==
               wxTopLevelWindows.end();
    };
    for (int turn = 0; turn < 400 && !gone(); ++turn) {
        wxTheApp->Yield(true);
        wxTheApp->ProcessIdle();
        wxMilliSleep(2);
    }
    if (gone()) return true;
    frame.reset(window);
    return false;
}

// A demo database and the window settings of one test, in a folder of their own that goes with them.
struct DemoFiles {
    std::filesystem::path folder;
    std::filesystem::path file;
    model::TemplateRegistry templates;

    // `extra` adds to the demo data before any window opens it.
    explicit DemoFiles(const std::function<void(model::Store&)>& extra = {}) {
        folder =
            std::filesystem::temp_directory_path() / ("pcr-gui-" + std::to_string(std::random_device{}()));
        std::filesystem::create_directories(folder);
        file = folder / "gui.pcrdb";
        templates = model::TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
        {
            auto store = model::open_test_store(file, model::OpenMode::CreateIfMissing);
            model::DemoOptions options;
            options.people = 24;
            options.staff = 6;
            options.logs = 200;
            options.seed = 11;
            options.today = kToday;
            model::NoProgress quiet;
            model::generate_demo(*store, templates, options, quiet);
            if (extra) extra(*store);
        }
        delete wxConfigBase::Set(new wxFileConfig("pcr_gui_tests", wxString(),
                                                  app::to_wx(folder / "settings.ini"), wxString(),
                                                  wxCONFIG_USE_LOCAL_FILE));
    }
    ~DemoFiles() {
        delete wxConfigBase::Set(nullptr);
        std::filesystem::remove_all(folder);
    }
    DemoFiles(const DemoFiles&) = delete;
    DemoFiles& operator=(const DemoFiles&) = delete;
};

// The main window, 1280x800, on a demo database.
struct DemoFrame : DemoFiles {
    std::unique_ptr<app::MainFrame> frame;

    explicit DemoFrame(const std::function<void(model::Store&)>& extra = {}) : DemoFiles(extra) {
        frame = std::make_unique<app::MainFrame>(templates, kToday, true);
        frame->SetSize(1280, 800);
        frame->Show();
        frame->open_database(file);
        settle();
        counted();
    }
    // The window goes before its database and settings.
    ~DemoFrame() { frame.reset(); }

    // Lets sizes and layout reach the windows, as the main loop would between events.
    void settle() {
        frame->Layout();
        for (int i = 0; i < 5; ++i) wxTheApp->Yield(true);
    }
    // Waits (a minute at most) for the dashboard counted on another thread to reach the page.
    void counted() {
        const auto until = std::chrono::steady_clock::now() + std::chrono::minutes(1);
        while (frame->subject_view().dashboard().counting() && std::chrono::steady_clock::now() < until) {
            wxTheApp->Yield(true);
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        wxTheApp->Yield(true);
    }
};

}  // namespace pcr::gui_test
