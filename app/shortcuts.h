// Every keyboard shortcut of the app in one table: the menus of the main and Workbook windows are built from
// it and the Keyboard Shortcuts window lists it, so a key has one meaning and the list cannot drift.
#pragma once

#include <wx/menu.h>
#include <wx/string.h>

#include <vector>

namespace pcr::app {

enum class Command {
    NewDatabase,
    OpenDatabase,
    Import,
    ExportInterchange,
    PrintPreview,
    Print,
    LockNow,
    Quit,
    Undo,
    Redo,
    Preferences,
    FindPerson,
    Dashboard,
    ShowPeople,
    ShowStaff,
    ShowTeam,
    AddSubject,
    EditSubject,
    AddLogEntry,
    History,
    SuggestStaff,
    SignOff,
    AuditTrail,
    OpenWorkbook,
    NewAssessment,
    RefreshEvidence,
    ExportReport,
    CloseWindow,
    ShowTopics,
    ShowSummary,
    ShowActions,
    ShowOverTime,
    UserGuide,
    KeyboardShortcuts,
    // Keys that work inside a window or dialog rather than from a menu.
    SaveLogEntry,
    AddListItem,
    NextCell,
    PreviousCell,
    CancelCell,
    CloseDialog,
    EditAction,
    DeleteAction,
    CircleChoose,
    CircleEdit,
    CircleCloser,
    CircleFurther,
    CircleGroup,
    CircleRemove,
    CircleMenu,
};

// Where a key works: the main window's menus, the Workbook window's, both, or inside a view or dialog.
enum class KeyPlace { Main, Workbook, Both, Inside };

// `label` and `meaning` are marked for translation in the table (tr_noop): model::tr them where they are
// shown.
struct Shortcut {
    Command command;
    const char* key;      // as wxWidgets reads it in a menu label: "Ctrl+Shift+P", "F8"
    const char* label;    // the menu item's label with its mnemonic; for keys inside, where they work
    const char* meaning;  // what the key does, for the Keyboard Shortcuts window
    KeyPlace place;
};

// The whole table, in the order the Keyboard Shortcuts window shows it.
const std::vector<Shortcut>& shortcuts();
const Shortcut& shortcut(Command command);

// "&Print…\tCtrl+P": the label and key of a menu command.
wxString menu_text(Command command);
// The same key behind another label (the Undo item says what it undoes).
wxString menu_text(const wxString& label, Command command);
// Words for a menu label: "&" doubled, so a name like "Smith & Jones" is not taken for a mnemonic.
wxString menu_words(const std::string& words);
// "Ctrl+L", for tooltips and messages.
wxString key_text(Command command);
// Appends the command's item to `menu` under `id`.
wxMenuItem* append(wxMenu* menu, int id, Command command, const wxString& help = wxString());
// Where a key works, in words: "Main window", "Workbook window", "Both windows", or the view it works in.
wxString place_text(const Shortcut& shortcut);

}  // namespace pcr::app
