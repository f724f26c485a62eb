// The table of keys. Ctrl+N, Ctrl+E and Ctrl+1..3 mean one thing only: the Workbook window has its own keys
// for its own commands (Ctrl+Shift+N, Ctrl+R, Alt+1..4), and a key both windows have does the same there.
#include "app/shortcuts.h"

#include <algorithm>
#include <stdexcept>

#include "app/wx_text.h"
#include "model/core/translate.h"

namespace pcr::app {

const std::vector<Shortcut>& shortcuts() {
    using C = Command;
    using P = KeyPlace;
    using model::tr_noop;
    static const std::vector<Shortcut> table = {
        {C::AddLogEntry, "Ctrl+L", tr_noop("Add &Learning-Log Entry\u2026"),
         tr_noop("After a visit: a learning-log entry for the chosen person"), P::Main},
        {C::FindPerson, "Ctrl+F", tr_noop("&Find Person\u2026"), tr_noop("Search the caseload by name"),
         P::Main},
        {C::Dashboard, "Ctrl+D", tr_noop("&Dashboard"), tr_noop("What is missing, due or overdue"), P::Main},
        {C::ShowPeople, "Ctrl+1", tr_noop("&People Supported"), tr_noop("List the people supported"),
         P::Main},
        {C::ShowStaff, "Ctrl+2", tr_noop("&Staff"), tr_noop("List the staff"), P::Main},
        {C::ShowTeam, "Ctrl+3", tr_noop("The &Team"), tr_noop("Show the team's records"), P::Main},
        {C::History, "Ctrl+H", tr_noop("&History\u2026"), tr_noop("Every version of the chosen record"),
         P::Main},
        {C::AddSubject, "Ctrl+Shift+A", tr_noop("&Add\u2026"),
         tr_noop("Add a person supported or a staff member"), P::Main},
        {C::EditSubject, "Ctrl+Shift+E", tr_noop("&Edit Details\u2026"),
         tr_noop("Change the chosen person's name or date of birth"), P::Main},
        {C::SuggestStaff, "Ctrl+Shift+M", tr_noop("&Suggest Staff\u2026"),
         tr_noop("Staff who match the chosen person"), P::Main},
        {C::SignOff, "Ctrl+Shift+O", tr_noop("Sign &Off\u2026"),
         tr_noop("Vouch for the chosen record as it stands now"), P::Main},
        {C::AuditTrail, "Ctrl+Shift+T", tr_noop("&Audit Trail\u2026"),
         tr_noop("Who did what, and when (managers and administrators)"), P::Main},
        {C::Undo, "Ctrl+Z", tr_noop("&Undo"), tr_noop("Undo the last change to a record or an assessment"),
         P::Both},
        {C::Redo, "Ctrl+Y", tr_noop("&Redo"), tr_noop("Redo the change undone"), P::Both},
        {C::Preferences, "Ctrl+,", tr_noop("&Preferences\u2026"), tr_noop("Text size and the dashboard"),
         P::Main},
        {C::NewDatabase, "Ctrl+N", tr_noop("&New Database\u2026"), tr_noop("Start an empty database"),
         P::Main},
        {C::OpenDatabase, "Ctrl+O", tr_noop("&Open Database\u2026"), tr_noop("Open another database"),
         P::Main},
        {C::Import, "Ctrl+I", tr_noop("&Import Interchange File\u2026"),
         tr_noop("Add people, staff and records from a file"), P::Main},
        {C::ExportInterchange, "Ctrl+E", tr_noop("&Interchange File\u2026"),
         tr_noop("Export everything to an interchange file"), P::Main},
        {C::LockNow, "Ctrl+Shift+L", tr_noop("&Lock Now"),
         tr_noop("Hide the records until you sign in again (a database with accounts)"), P::Main},
        {C::Quit, "Ctrl+Q", tr_noop("&Quit"), tr_noop("Close pcrecords (what is typed is saved first)"),
         P::Main},
        {C::OpenWorkbook, "F8", tr_noop("&Open Workbook"), tr_noop("The Progress for Providers workbook"),
         P::Main},
        {C::NewAssessment, "Ctrl+Shift+N", tr_noop("&New Assessment\u2026"),
         tr_noop("Start a dated workbook assessment"), P::Workbook},
        {C::RefreshEvidence, "F5", tr_noop("&Refresh Evidence"),
         tr_noop("Compute the workbook's evidence again"), P::Workbook},
        {C::ExportReport, "Ctrl+R", tr_noop("&Export Report\u2026"),
         tr_noop("The workbook report as PDF, web page or CSV"), P::Workbook},
        {C::ShowTopics, "Alt+1", tr_noop("&Topics"), tr_noop("The workbook's topics page"), P::Workbook},
        {C::ShowSummary, "Alt+2", tr_noop("&Summary Sheet"), tr_noop("The summary sheet"), P::Workbook},
        {C::ShowActions, "Alt+3", tr_noop("&Action Plan"), tr_noop("The action plan"), P::Workbook},
        {C::ShowOverTime, "Alt+4", tr_noop("&Over Time"), tr_noop("Assessments compared over time"),
         P::Workbook},
        {C::CloseWindow, "Ctrl+W", tr_noop("&Close"), tr_noop("Close the Workbook window"), P::Workbook},
        {C::Print, "Ctrl+P", tr_noop("&Print\u2026"),
         tr_noop("Print what the window shows: the one-page profile, or the workbook report"), P::Both},
        {C::PrintPreview, "Ctrl+Shift+P", tr_noop("Print Pre&view\u2026"),
         tr_noop("See the page as it will print"), P::Both},
        {C::UserGuide, "F1", tr_noop("&User Guide"), tr_noop("How to do the everyday tasks"), P::Both},
        {C::KeyboardShortcuts, "Shift+F1", tr_noop("&Keyboard Shortcuts"), tr_noop("This list"), P::Both},
        {C::SaveLogEntry, "Ctrl+Enter", tr_noop("Learning-log entry"), tr_noop("Save the entry"), P::Inside},
        {C::AddListItem, "Enter", tr_noop("Record editor: a list"),
         tr_noop("Add the item typed, or save the one changed"), P::Inside},
        {C::NextCell, "Tab", tr_noop("Record editor: a table"),
         tr_noop("Save the cell and go to the next one"), P::Inside},
        {C::PreviousCell, "Shift+Tab", tr_noop("Record editor: a table"),
         tr_noop("Save the cell and go to the one before"), P::Inside},
        {C::CancelCell, "Escape", tr_noop("Record editor: a table"),
         tr_noop("Put back the cell being typed in"), P::Inside},
        {C::EditAction, "Enter", tr_noop("Workbook: action summary"), tr_noop("Edit the action chosen"),
         P::Inside},
        {C::DeleteAction, "Delete", tr_noop("Workbook: action summary"), tr_noop("Delete the action chosen"),
         P::Inside},
        {C::CircleChoose, "Arrows, Home, End", tr_noop("Relationship circle"), tr_noop("Choose someone"),
         P::Inside},
        {C::CircleEdit, "Enter or F2", tr_noop("Relationship circle"), tr_noop("Edit the person chosen"),
         P::Inside},
        {C::CircleCloser, "Ctrl+Up or Numpad −", tr_noop("Relationship circle"),
         tr_noop("Move them a ring closer"), P::Inside},
        {C::CircleFurther, "Ctrl+Down or Numpad +", tr_noop("Relationship circle"),
         tr_noop("Move them a ring further out"), P::Inside},
        {C::CircleGroup, "Ctrl+Left, Ctrl+Right", tr_noop("Relationship circle"),
         tr_noop("Move them to the group before or after"), P::Inside},
        {C::CircleRemove, "Delete", tr_noop("Relationship circle"), tr_noop("Take them out of the circle"),
         P::Inside},
        {C::CircleMenu, "Shift+F10 or Menu", tr_noop("Relationship circle"),
         tr_noop("What can be done with them"), P::Inside},
        {C::CloseDialog, "Escape", tr_noop("Any dialog"),
         tr_noop("Close it without saving (About, this list, the guide too)"), P::Inside},
    };
    return table;
}

const Shortcut& shortcut(Command command) {
    const auto& table = shortcuts();
    const auto found = std::find_if(table.begin(), table.end(),
                                    [command](const Shortcut& s) { return s.command == command; });
    if (found == table.end()) throw std::logic_error("a command without a row in the shortcut table");
    return *found;
}

wxString menu_text(Command command) {
    return menu_text(to_wx(model::tr(shortcut(command).label)), command);
}

wxString menu_text(const wxString& label, Command command) {
    return label + "\t" + key_text(command);
}

wxString menu_words(const std::string& words) {
    wxString text = to_wx(words);
    text.Replace("&", "&&");
    return text;
}

wxString key_text(Command command) {
    return wxString::FromUTF8(shortcut(command).key);
}

wxMenuItem* append(wxMenu* menu, int id, Command command, const wxString& help) {
    return menu->Append(id, menu_text(command), help);
}

wxString place_text(const Shortcut& shortcut) {
    switch (shortcut.place) {
        case KeyPlace::Main:
            return to_wx(model::tr("Main window"));
        case KeyPlace::Workbook:
            return to_wx(model::tr("Workbook window"));
        case KeyPlace::Both:
            return to_wx(model::tr("Both windows"));
        case KeyPlace::Inside:
            return to_wx(model::tr(shortcut.label));
    }
    return {};
}

}  // namespace pcr::app
