// Smoke test of the main window on a small demo database: caseload rows, search as you type, a person's
// tools.
#include <wx/fileconf.h>
#include <wx/srchctrl.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <memory>
#include <random>

#include "app/main_frame.h"
#include "app/views/caseload_model.h"
#include "app/views/caseload_view.h"
#include "app/views/subject_view.h"
#include "app/views/tool_list_model.h"
#include "app/wx_text.h"
#include "common/test_store.h"
#include "model/demo/demo_generator.h"

namespace fs = std::filesystem;
using namespace pcr;
using namespace pcr::model;
using pcr::app::from_wx;

namespace {

const Date kToday(2026, 6, 30);

Subject person(const std::string& id, const std::string& name, Status status = Status::Active) {
    Subject s;
    s.id = id;
    s.name = name;
    s.born = Date(1990, 1, 2);
    s.status = status;
    return s;
}

// A demo database of 30 people plus Zoë (for accent-insensitive search) and one archived person,
// and a throwaway config file so the test never touches the user's settings.
struct DemoWindow {
    fs::path folder;
    fs::path file;
    TemplateRegistry templates;
    std::unique_ptr<app::MainFrame> frame;

    DemoWindow() {
        folder = fs::temp_directory_path() / ("pcr-gui-" + std::to_string(std::random_device{}()));
        fs::create_directories(folder);
        file = folder / "gui.pcrdb";
        templates = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
        {
            auto store = open_test_store(file, OpenMode::CreateIfMissing);
            DemoOptions options;
            options.people = 30;
            options.staff = 4;
            options.logs = 300;
            options.seed = 7;
            options.today = kToday;
            NoProgress quiet;
            generate_demo(*store, templates, options, quiet);
            store->save_subject(person("P-ZOE", "Zoë Ellis"));
            store->save_subject(person("P-OLD", "Arthur Archived", Status::Archived));
        }
        delete wxConfigBase::Set(new wxFileConfig("pcr_gui_tests", wxString(),
                                                  app::to_wx(folder / "settings.ini"), wxString(),
                                                  wxCONFIG_USE_LOCAL_FILE));
        frame = std::make_unique<app::MainFrame>(templates, kToday, true);
        frame->Show();
        frame->open_database(file);
    }
    ~DemoWindow() {
        frame.reset();
        delete wxConfigBase::Set(nullptr);
        fs::remove_all(folder);
    }

    std::string cell(const wxDataViewVirtualListModel& model, unsigned row, unsigned column) const {
        wxVariant value;
        model.GetValueByRow(value, row, column);
        if (value.GetType() == "wxDataViewIconText") {
            wxDataViewIconText icon_text;
            icon_text << value;
            return from_wx(icon_text.GetText());
        }
        return from_wx(value.GetString());
    }

    void type_search(const std::string& text) {
        wxSearchCtrl* search = frame->caseload().search_control();
        search->ChangeValue(app::to_wx(text));
        wxCommandEvent event(wxEVT_TEXT, search->GetId());
        event.SetEventObject(search);
        event.SetString(search->GetValue());
        search->GetEventHandler()->ProcessEvent(event);
    }
};

std::string expected_label(const Subject& s) {
    return s.preferred_name.empty() ? s.name : s.preferred_name + " (" + s.name + ")";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(main_window_test)

BOOST_FIXTURE_TEST_CASE(lists_the_active_caseload_and_filters_as_you_type, DemoWindow) {
    const Store& store = *frame->store();
    const auto people = store.subjects(SubjectKind::Person);
    const app::CaseloadModel& rows = frame->caseload().rows();

    const std::size_t active = store.count(SubjectKind::Person);
    const std::size_t everyone = store.count(SubjectKind::Person, true);
    BOOST_TEST(active > 20u);
    BOOST_TEST(everyone > active);  // at least the archived person added above
    BOOST_TEST(rows.GetCount() == active);
    BOOST_TEST(cell(rows, 0, app::CaseloadModel::kName) == expected_label(people.front()));
    BOOST_TEST(from_wx(frame->caseload().count_text_shown()) == std::to_string(active) + " people");

    type_search("zoe");
    const auto matches = store.subjects(SubjectKind::Person, SubjectQuery{"zoe", false});
    BOOST_TEST(!matches.empty());
    BOOST_TEST(matches.size() < people.size());
    BOOST_TEST(rows.GetCount() == matches.size());
    bool zoe_listed = false;
    for (unsigned row = 0; row < rows.GetCount(); ++row)
        zoe_listed = zoe_listed || cell(rows, row, app::CaseloadModel::kName) == "Zoë Ellis";
    BOOST_TEST(zoe_listed);
    BOOST_TEST(from_wx(frame->caseload().count_text_shown()) ==
               std::to_string(matches.size()) + " of " + std::to_string(active) + " people");

    type_search("");
    BOOST_TEST(rows.GetCount() == active);
    frame->caseload().set_include_archived(true);
    BOOST_TEST(rows.GetCount() == everyone);
    BOOST_TEST(from_wx(frame->caseload().count_text_shown()) ==
               std::to_string(everyone) + " people, archived included");
}

BOOST_FIXTURE_TEST_CASE(the_first_match_s_page_follows_when_typing_pauses_or_at_enter, DemoWindow) {
    app::SubjectView& view = frame->subject_view();
    app::CaseloadView& caseload = frame->caseload();
    BOOST_TEST(view.showing_dashboard());
    BOOST_TEST(caseload.selected_row() == -1);
    const std::string someone = caseload.rows().subject(0)->name;  // sorted first, so not Zoë

    // The list follows the keystroke at once; the page of the first match waits, so typing stays quick.
    type_search("zoe");
    BOOST_REQUIRE(caseload.rows().GetCount() > 0u);
    BOOST_TEST(caseload.selected_row() == 0);
    BOOST_TEST(view.showing_dashboard());
    wxCommandEvent enter(wxEVT_TEXT_ENTER, caseload.search_control()->GetId());
    enter.SetEventObject(caseload.search_control());
    caseload.search_control()->GetEventHandler()->ProcessEvent(enter);
    BOOST_TEST(!view.showing_dashboard());
    BOOST_TEST(from_wx(view.header_name()) == caseload.rows().subject(0)->name);

    // Without Enter, the page comes once typing has paused.
    type_search(someone);
    const std::string first = caseload.rows().subject(0)->name;
    BOOST_TEST(from_wx(view.header_name()) != first);
    const wxLongLong until = wxGetLocalTimeMillis() + 5000;
    while (from_wx(view.header_name()) != first && wxGetLocalTimeMillis() < until) {
        wxTheApp->Yield();
        wxMilliSleep(10);
    }
    BOOST_TEST(from_wx(view.header_name()) == first);
}

BOOST_FIXTURE_TEST_CASE(choosing_a_person_shows_every_person_tool_with_its_mark, DemoWindow) {
    type_search("zoe");
    const app::CaseloadModel& rows = frame->caseload().rows();
    const int zoe = rows.row_of("P-ZOE");
    BOOST_REQUIRE(zoe >= 0);
    frame->caseload().select_row(zoe);

    const app::SubjectView& view = frame->subject_view();
    const auto person_tools = templates.tools_for(SubjectKind::Person);
    BOOST_TEST(person_tools.size() == 19u);
    BOOST_TEST(view.tool_rows().GetCount() == person_tools.size());
    BOOST_TEST(from_wx(view.header_name()) == "Zoë Ellis");
    BOOST_TEST(cell(view.tool_rows(), 0, app::ToolListModel::kTitle) == person_tools.front()->title);
    BOOST_TEST(cell(view.tool_rows(), 0, app::ToolListModel::kStatus) == "No record");
    BOOST_TEST(from_wx(view.record_page_text()).find(" yet.") != std::string::npos);

    // A generated person has records: each row says "No record" exactly when the store has none.
    type_search("");
    frame->caseload().select_row(0);
    const Subject first = rows.subjects().front();
    BOOST_TEST(from_wx(view.header_name()) == first.name);
    int with_record = 0;
    for (unsigned row = 0; row < view.tool_rows().GetCount(); ++row) {
        const bool stored =
            frame->store()->record(SubjectKind::Person, first.id, person_tools[row]->id).has_value();
        const std::string status = cell(view.tool_rows(), row, app::ToolListModel::kStatus);
        BOOST_TEST((status == "No record") == !stored, person_tools[row]->id << ": " << status);
        with_record += stored;
    }
    BOOST_TEST(with_record > 0);
}

BOOST_AUTO_TEST_SUITE_END()
