// The table of keys. Ctrl+N, Ctrl+E and Ctrl+1..3 mean one thing only: the Workbook window has its own keys
// for its own commands (Ctrl+Shift+N, Ctrl+R, Alt+1..4), and a key both windows have does the same there.
#include "app/shortcuts.h"

#include <algorithm>
#include <stdexcept>

namespace pcr::app {

const std::vector<Shortcut>& shortcuts() {
    using C = Command;
    using P = KeyPlace;
    static const std::vector<Shortcut> table = {
        {C::AddLogEntry, "Ctrl+L", "Add &Learning-Log Entry\u2026",
         "After a visit: a learning-log entry for the chosen person", P::Main},
        {C::FindPerson, "Ctrl+F", "&Find Person\u2026", "Search the caseload by name", P::Main},
        {C::Dashboard, "Ctrl+D", "&Dashboard", "What is missing, due or overdue", P::Main},
        {C::ShowPeople, "Ctrl+1", "&People Supported", "List the people supported", P::Main},
        {C::ShowStaff, "Ctrl+2", "&Staff", "List the staff", P::Main},
        {C::ShowTeam, "Ctrl+3", "The &Team", "Show the team's records", P::Main},
        {C::History, "Ctrl+H", "&History\u2026", "Every version of the chosen record", P::Main},
        {C::AddSubject, "Ctrl+Shift+A", "&Add\u2026", "Add a person supported or a staff member", P::Main},
        {C::EditSubject, "Ctrl+Shift+E", "&Edit Details\u2026",
         "Change the chosen person's name or date of birth", P::Main},
        {C::SuggestStaff, "Ctrl+Shift+M", "&Suggest Staff\u2026", "Staff who match the chosen person",
         P::Main},
        {C::Undo, "Ctrl+Z", "&Undo", "Undo the last change to a record", P::Main},
        {C::Redo, "Ctrl+Y", "&Redo", "Redo the change undone", P::Main},
        {C::Preferences, "Ctrl+,", "&Preferences\u2026", "Text size and the dashboard", P::Main},
        {C::NewDatabase, "Ctrl+N", "&New Database\u2026", "Start an empty database", P::Main},
        {C::OpenDatabase, "Ctrl+O", "&Open Database\u2026", "Open another database", P::Main},
        {C::Import, "Ctrl+I", "&Import Interchange File\u2026", "Add people, staff and records from a file",
         P::Main},
        {C::ExportInterchange, "Ctrl+E", "&Interchange File\u2026",
         "Export everything to an interchange file", P::Main},
        {C::Quit, "Ctrl+Q", "&Quit", "Close pcrecords (what is typed is saved first)", P::Main},
        {C::OpenWorkbook, "F8", "&Open Workbook", "The Progress for Providers workbook", P::Main},
        {C::NewAssessment, "Ctrl+Shift+N", "&New Assessment\u2026", "Start a dated workbook assessment",
         P::Workbook},
        {C::RefreshEvidence, "F5", "&Refresh Evidence", "Compute the workbook's evidence again", P::Workbook},
        {C::ExportReport, "Ctrl+R", "&Export Report\u2026", "The workbook report as PDF, web page or CSV",
         P::Workbook},
        {C::ShowTopics, "Alt+1", "&Topics", "The workbook's topics page", P::Workbook},
        {C::ShowSummary, "Alt+2", "&Summary Sheet", "The summary sheet", P::Workbook},
        {C::ShowActions, "Alt+3", "&Action Plan", "The action plan", P::Workbook},
        {C::ShowOverTime, "Alt+4", "&Over Time", "Assessments compared over time", P::Workbook},
        {C::CloseWindow, "Ctrl+W", "&Close", "Close the Workbook window", P::Workbook},
        {C::Print, "Ctrl+P", "&Print\u2026",
         "Print what the window shows: the one-page profile, or the workbook report", P::Both},
        {C::PrintPreview, "Ctrl+Shift+P", "Print Pre&view\u2026", "See the page as it will print", P::Both},
        {C::UserGuide, "F1", "&User Guide", "How to do the everyday tasks", P::Both},
        {C::KeyboardShortcuts, "Shift+F1", "&Keyboard Shortcuts", "This list", P::Both},
        {C::SaveLogEntry, "Ctrl+Enter", "Learning-log entry", "Save the entry", P::Inside},
        {C::AddListItem, "Enter", "Record editor: a list", "Add the item typed, or save the one changed",
         P::Inside},
        {C::NextCell, "Tab", "Record editor: a table", "Save the cell and go to the next one", P::Inside},
        {C::PreviousCell, "Shift+Tab", "Record editor: a table", "Save the cell and go to the one before",
         P::Inside},
        {C::CancelCell, "Escape", "Record editor: a table", "Put back the cell being typed in", P::Inside},
        {C::EditAction, "Enter", "Workbook: action summary", "Edit the action chosen", P::Inside},
        {C::DeleteAction, "Delete", "Workbook: action summary", "Delete the action chosen", P::Inside},
        {C::CircleChoose, "Arrows, Home, End", "Relationship circle", "Choose someone", P::Inside},
        {C::CircleEdit, "Enter or F2", "Relationship circle", "Edit the person chosen", P::Inside},
        {C::CircleCloser, "Ctrl+Up or Numpad −", "Relationship circle", "Move them a ring closer", P::Inside},
        {C::CircleFurther, "Ctrl+Down or Numpad +", "Relationship circle", "Move them a ring further out",
         P::Inside},
        {C::CircleGroup, "Ctrl+Left, Ctrl+Right", "Relationship circle",
         "Move them to the group before or after", P::Inside},
        {C::CircleRemove, "Delete", "Relationship circle", "Take them out of the circle", P::Inside},
        {C::CircleMenu, "Shift+F10 or Menu", "Relationship circle", "What can be done with them", P::Inside},
        {C::CloseDialog, "Escape", "Any dialog", "Close it without saving (About, this list, the guide too)",
         P::Inside},
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
    return menu_text(wxString::FromUTF8(shortcut(command).label), command);
}

wxString menu_text(const wxString& label, Command command) {
    return label + "\t" + key_text(command);
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
            return "Main window";
        case KeyPlace::Workbook:
            return "Workbook window";
        case KeyPlace::Both:
            return "Both windows";
        case KeyPlace::Inside:
            return wxString::FromUTF8(shortcut.label);
    }
    return {};
}

}  // namespace pcr::app
