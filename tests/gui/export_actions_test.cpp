// Export and Print in the app: the File menu's items, a profile written as a one-page PDF and where it went,
// the printout drawing the page, the bulk export dialog driven by real clicks and keys (people without a
// profile skipped and named, or included), a cancelled bulk export, and the Workbook window's report.
#include "app/export_actions.h"

#include <wx/dcmemory.h>
#include <wx/menu.h>
#include <wx/uiaction.h>

#include <algorithm>
#include <array>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <memory>

#include "app/dialogs/bulk_export_dialog.h"
#include "app/views/caseload_model.h"
#include "app/views/caseload_view.h"
#include "app/views/subject_view.h"
#include "app/views/workbook_frame.h"
#include "demo_frame.h"

using namespace pcr;
using pcr::app::from_wx;
using pcr::gui_test::DemoFrame;
using pcr::gui_test::kToday;

namespace {

using gui_test::Recorder;

// What `command` prints (poppler's pdfinfo and pdftotext).
std::string output_of(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    BOOST_REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (const size_t n = fread(buffer.data(), 1, buffer.size(), pipe.get())) out.append(buffer.data(), n);
    return out;
}

int pdf_pages(const std::filesystem::path& file) {
    const std::string info = output_of("pdfinfo '" + file.string() + "' 2>&1");
    const auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

// Stops the export after `stop_after` files, as pressing Cancel in the progress dialog does.
struct CancelAfter : model::Progress {
    long stop_after;
    explicit CancelAfter(long n) : stop_after(n) {}
    bool update(long done, long, const std::string&) override { return done < stop_after; }
};

// The audit trail's entries of `action` in the database, as "subject detail", oldest first.
std::vector<std::string> audited(const std::filesystem::path& file, model::AuditAction action) {
    const auto store = model::open_test_store(file);
    std::vector<std::string> found;
    for (const auto& entry : store->audit({}))
        if (entry.action == action) found.push_back(entry.subject + " " + entry.detail);
    return found;
}

struct ExportWindow {
    DemoFrame demo;
    Recorder recorder;
    model::Subject person;

    ExportWindow() {
        demo.frame->set_error_reporter(&recorder);
        demo.frame->caseload().select_row(0);
        demo.settle();
        BOOST_REQUIRE(demo.frame->subject_view().subject());
        person = *demo.frame->subject_view().subject();
    }
};

// Turns of the event loop until `done` holds, so events sent through the X server arrive; bounded, no clock.
template <class Done>
bool yield_until(Done done) {
    for (int turn = 0; turn < 200 && !done(); ++turn) wxTheApp->Yield(true);
    return done();
}

// A real mouse click in the middle of `window`.
void click(wxUIActionSimulator& mouse, wxWindow* window) {
    const wxSize size = window->GetSize();
    mouse.MouseMove(window->GetScreenPosition() + wxPoint(std::min(size.x / 2, 12), size.y / 2));
    yield_until([] { return false; });
    mouse.MouseClick();
}

app::BulkExportDialog* open_bulk_dialog() {
    for (wxWindow* window : wxTopLevelWindows)
        if (auto* dialog = dynamic_cast<app::BulkExportDialog*>(window); dialog && dialog->IsModal())
            return dialog;
    return nullptr;
}

// File > Export > One-Page Profiles of the List, filled in as a user would: a click in the folder field, the
// folder typed, the Include box clicked when `include_empty`, and a click on Export. True when the dialog
// was there and was filled in.
bool export_list_through_the_dialog(wxFrame& frame, const std::filesystem::path& folder, bool include_empty) {
    bool filled = false;
    wxTheApp->CallAfter([&] {
        app::BulkExportDialog* dialog = open_bulk_dialog();
        if (!dialog) return;
        dialog->Raise();
        wxUIActionSimulator sim;
        wxTextCtrl* field = dialog->folder_control();
        click(sim, field);
        if (!yield_until([&] { return wxWindow::FindFocus() == field; })) return;
        sim.Char('a', wxMOD_CONTROL);
        sim.Char(WXK_DELETE);
        if (!yield_until([&] { return field->IsEmpty(); })) return;
        sim.Text(folder.string().c_str());
        if (!yield_until([&] { return from_wx(field->GetValue()) == folder.string(); })) return;
        if (include_empty) {
            click(sim, dialog->include_empty_control());
            if (!yield_until([&] { return dialog->include_empty_control()->GetValue(); })) return;
        }
        dialog->UpdateWindowUI(wxUPDATE_UI_RECURSE);
        click(sim, dialog->FindWindow(wxID_OK));
        filled = yield_until([&] { return dialog->GetReturnCode() == wxID_OK; });
        if (!filled) dialog->EndModal(wxID_CANCEL);
    });
    const int id = frame.GetMenuBar()->FindMenuItem("File", L"One-Page Profiles of the List\u2026");
    BOOST_REQUIRE(id != wxNOT_FOUND);
    wxCommandEvent menu(wxEVT_MENU, id);
    frame.GetEventHandler()->ProcessEvent(menu);
    return filled;
}

std::vector<std::string> files_in(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    if (!std::filesystem::is_directory(folder)) return names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

bool menu_enabled(wxFrame& frame, const wxString& menu, const wxString& item) {
    frame.UpdateWindowUI(wxUPDATE_UI_RECURSE);
    wxMenuBar* bar = frame.GetMenuBar();
    const int id = bar->FindMenuItem(menu, item);
    BOOST_REQUIRE_MESSAGE(id != wxNOT_FOUND, "no menu item " << item);
    wxUpdateUIEvent event(id);
    event.SetEventObject(&frame);
    frame.ProcessWindowEvent(event);
    return !event.GetSetEnabled() || event.GetEnabled();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(export_actions_test)

BOOST_AUTO_TEST_CASE(the_file_menu_offers_export_and_print_for_the_chosen_person) {
    ExportWindow w;
    wxFrame& frame = *w.demo.frame;
    BOOST_TEST(menu_enabled(frame, "File", L"Print\u2026"));
    BOOST_TEST(menu_enabled(frame, "File", L"Print Preview\u2026"));
    BOOST_TEST(menu_enabled(frame, "File", L"One-Page Profile\u2026"));
    BOOST_TEST(menu_enabled(frame, "File", L"Whole Record\u2026"));
    BOOST_TEST(menu_enabled(frame, "File", L"One-Page Profiles of the List\u2026"));

    // The team has no one-page profile, but its whole record can be exported.
    w.demo.frame->caseload().set_kind(model::SubjectKind::Team);
    w.demo.frame->caseload().select_row(0);
    w.demo.settle();
    BOOST_REQUIRE(w.demo.frame->subject_view().subject());
    BOOST_TEST(!menu_enabled(frame, "File", L"Print\u2026"));
    BOOST_TEST(!menu_enabled(frame, "File", L"One-Page Profile\u2026"));
    BOOST_TEST(menu_enabled(frame, "File", L"Whole Record\u2026"));
}

BOOST_AUTO_TEST_CASE(a_profile_is_written_as_one_pdf_page_with_the_persons_name) {
    ExportWindow w;
    const auto file = w.demo.folder / "profile.pdf";
    BOOST_REQUIRE(w.demo.frame->exports().write_profile(*w.demo.frame->store(), w.person, file));
    BOOST_TEST(pdf_pages(file) == 1);
    const std::vector<std::string> exported = {w.person.id + " profile pdf"};
    BOOST_TEST(audited(w.demo.file, model::AuditAction::Export) == exported,
               boost::test_tools::per_element());
    const std::string text = output_of("pdftotext '" + file.string() + "' -");
    BOOST_TEST(text.find(w.person.display_name()) != std::string::npos);
    BOOST_TEST(from_wx(w.demo.frame->GetStatusBar()->GetStatusText(0)) ==
               "Wrote " + w.person.display_name() + "'s one-page profile to " + file.string());
}

BOOST_AUTO_TEST_CASE(an_unknown_extension_is_refused_with_a_message_and_no_file) {
    ExportWindow w;
    const auto file = w.demo.folder / "profile.docx";
    BOOST_TEST(!w.demo.frame->exports().write_profile(*w.demo.frame->store(), w.person, file));
    BOOST_TEST(!std::filesystem::exists(file));
    BOOST_TEST(audited(w.demo.file, model::AuditAction::Export).empty());
    BOOST_REQUIRE(w.recorder.titles.size() == 1u);
    BOOST_TEST(from_wx(w.recorder.messages[0]).find(".pdf") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_whole_record_is_written_as_pdf_html_and_interchange_xml) {
    ExportWindow w;
    auto& exports = w.demo.frame->exports();
    const auto* store = w.demo.frame->store();
    for (const char* name : {"record.pdf", "record.html", "record.xml"}) {
        BOOST_TEST_CONTEXT(name) {
            BOOST_REQUIRE(exports.write_record(*store, w.person, kToday, w.demo.folder / name));
            BOOST_TEST(std::filesystem::file_size(w.demo.folder / name) > 0u);
        }
    }
    BOOST_TEST(pdf_pages(w.demo.folder / "record.pdf") >= 1);
    const std::vector<std::string> exported = {w.person.id + " record pdf", w.person.id + " record html",
                                               w.person.id + " record xml"};
    BOOST_TEST(audited(w.demo.file, model::AuditAction::Export) == exported,
               boost::test_tools::per_element());
    BOOST_TEST(from_wx(w.demo.frame->GetStatusBar()->GetStatusText(0)) ==
               "Wrote " + w.person.display_name() + "'s records as an interchange file to " +
                   (w.demo.folder / "record.xml").string());
    BOOST_TEST(w.recorder.titles.empty());
}

BOOST_AUTO_TEST_CASE(the_profile_printout_draws_one_page_with_ink_on_it) {
    ExportWindow w;
    auto printout = w.demo.frame->exports().profile_printout(*w.demo.frame->store(), w.person);
    BOOST_REQUIRE(printout);
    int min = 0, max = 0, from = 0, to = 0;
    printout->GetPageInfo(&min, &max, &from, &to);
    BOOST_TEST(max == 1);
    BOOST_TEST(!printout->HasPage(2));

    // A 72 dpi "printer" page the size of A4, as the preview gives the printout.
    wxBitmap paper(595, 842);
    wxMemoryDC dc(paper);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    printout->SetDC(&dc);
    printout->SetPPIScreen(72, 72);
    printout->SetPPIPrinter(72, 72);
    printout->SetPageSizePixels(595, 842);
    printout->SetPageSizeMM(210, 297);
    printout->SetPaperRectPixels(wxRect(0, 0, 595, 842));
    BOOST_REQUIRE(printout->OnPrintPage(1));
    // Drawing is no print: the trail records one when the pages go to a printer.
    BOOST_TEST(audited(w.demo.file, model::AuditAction::Print).empty());
    BOOST_REQUIRE(printout->OnBeginDocument(1, 1));
    printout->OnEndDocument();
    const std::vector<std::string> printed = {w.person.id + " profile"};
    BOOST_TEST(audited(w.demo.file, model::AuditAction::Print) == printed, boost::test_tools::per_element());
    dc.SelectObject(wxNullBitmap);

    const wxImage image = paper.ConvertToImage();
    long dark = 0;
    for (int y = 0; y < image.GetHeight(); y += 2)
        for (int x = 0; x < image.GetWidth(); x += 2)
            if (image.GetRed(x, y) < 128) ++dark;
    BOOST_TEST(dark > 500);  // the heading and the sections' text, not a blank page
}

BOOST_AUTO_TEST_CASE(the_bulk_export_skips_people_without_a_profile_names_them_and_offers_the_folder) {
    gui_test::DemoFrame demo(gui_test::add_mo);  // Mo has a relationship circle but no one-page profile
    gui_test::Recorder recorder;
    demo.frame->set_error_reporter(&recorder);
    const auto& subjects = demo.frame->caseload().rows().subjects();
    const auto folder = demo.folder / "profiles";

    BOOST_REQUIRE(export_list_through_the_dialog(*demo.frame, folder, false));
    demo.settle();
    const std::vector<std::string> files = files_in(folder);
    BOOST_TEST(!files.empty());
    BOOST_TEST(files.size() < subjects.size());
    BOOST_TEST((std::find(files.begin(), files.end(), "P-MO Mo Circlewright.pdf") == files.end()));
    // One Export entry for each profile written, none for Mo, who was skipped.
    const auto exported = audited(demo.file, model::AuditAction::Export);
    BOOST_TEST(exported.size() == files.size());
    BOOST_TEST((std::find(exported.begin(), exported.end(), "P-MO profile pdf") == exported.end()));
    BOOST_REQUIRE(recorder.titles.size() == 1u);
    BOOST_TEST(from_wx(recorder.titles[0]) == "One-page profiles exported");
    const std::string message = from_wx(recorder.messages[0]);
    BOOST_TEST(message.rfind("Wrote " + std::to_string(files.size()) + " one-page profiles to " +
                                 folder.string() + ".\n\nSkipped ",
                             0) == 0u,
               message);
    BOOST_TEST(message.find("Mo Circlewright (P-MO)") != std::string::npos, message);
    BOOST_TEST(from_wx(recorder.actions[0]) == "&Open folder");
    BOOST_TEST(from_wx(demo.frame->GetStatusBar()->GetStatusText(0)) ==
               "Wrote " + std::to_string(files.size()) + " one-page profiles to " + folder.string());
}

BOOST_AUTO_TEST_CASE(the_bulk_export_includes_people_without_a_profile_when_the_box_is_ticked) {
    gui_test::DemoFrame demo(gui_test::add_mo);
    gui_test::Recorder recorder;
    demo.frame->set_error_reporter(&recorder);
    const auto& subjects = demo.frame->caseload().rows().subjects();
    const auto folder = demo.folder / "everyone";

    BOOST_REQUIRE(export_list_through_the_dialog(*demo.frame, folder, true));
    demo.settle();
    const std::vector<std::string> files = files_in(folder);
    BOOST_TEST(files.size() == subjects.size());
    BOOST_TEST((std::find(files.begin(), files.end(), "P-MO Mo Circlewright.pdf") != files.end()));
    BOOST_REQUIRE(recorder.messages.size() == 1u);
    const std::string message = from_wx(recorder.messages[0]);
    BOOST_TEST(message ==
               "Wrote " + std::to_string(subjects.size()) + " one-page profiles to " + folder.string() + ".");
}

BOOST_AUTO_TEST_CASE(a_cancelled_bulk_export_leaves_only_whole_files) {
    ExportWindow w;
    const auto& subjects = w.demo.frame->caseload().rows().subjects();
    BOOST_REQUIRE(subjects.size() > 10u);
    const auto folder = w.demo.folder / "profiles";
    std::filesystem::create_directories(folder);
    CancelAfter cancel(5);
    const auto result = w.demo.frame->exports().write_profiles(*w.demo.frame->store(), subjects, folder,
                                                               model::ExportFormat::Pdf, cancel);
    BOOST_TEST(result.cancelled);
    BOOST_TEST(result.written.size() + result.skipped.size() == 5u);  // the demo has people without a profile
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        ++files;
        BOOST_TEST(entry.path().extension() == ".pdf");
        BOOST_TEST(pdf_pages(entry.path()) == 1);
    }
    BOOST_TEST(files == static_cast<int>(result.written.size()));
    BOOST_TEST(from_wx(w.demo.frame->GetStatusBar()->GetStatusText(0)).find("Stopped after 5 of") == 0u);
    BOOST_REQUIRE(w.recorder.titles.size() == 1u);
    BOOST_TEST(from_wx(w.recorder.titles[0]) == "Export stopped");
}

BOOST_AUTO_TEST_CASE(the_workbook_window_exports_and_prints_the_report_of_the_assessment_shown) {
    ExportWindow w;
    BOOST_REQUIRE(w.demo.frame->open_workbook());
    app::WorkbookFrame* window = w.demo.frame->workbook_window();
    BOOST_REQUIRE(window);
    BOOST_TEST(
        !menu_enabled(*window, "Assessment", L"Print\u2026"));  // nothing to report before an assessment
    BOOST_REQUIRE(window->start_assessment(kToday));
    BOOST_TEST(menu_enabled(*window, "Assessment", L"Export Report\u2026"));

    auto& exports = window->exports();
    const auto* store = w.demo.frame->store();
    const auto pdf = w.demo.folder / "report.pdf";
    const auto csv = w.demo.folder / "report.csv";
    BOOST_REQUIRE(exports.write_report(*store, window->workbook(), kToday, pdf));
    const std::string said = from_wx(window->GetStatusBar()->GetStatusText(0));
    BOOST_TEST(said.rfind("Wrote the report of the " + window->workbook().title + " assessment of ", 0) == 0u,
               said);
    BOOST_TEST(said.find(" to " + pdf.string() + " (") != std::string::npos, said);
    BOOST_REQUIRE(exports.write_report(*store, window->workbook(), kToday, csv));
    BOOST_TEST(pdf_pages(pdf) >= 1);
    const std::string text = output_of("pdftotext '" + pdf.string() + "' -");
    BOOST_TEST(text.find(window->workbook().title) != std::string::npos);

    auto printout = exports.report_printout(*store, window->workbook(), kToday);
    BOOST_REQUIRE(printout);
    int min = 0, max = 0, from = 0, to = 0;
    printout->GetPageInfo(&min, &max, &from, &to);
    BOOST_TEST(max == pdf_pages(pdf));
    BOOST_TEST(w.recorder.titles.empty());
}

BOOST_AUTO_TEST_SUITE_END()
