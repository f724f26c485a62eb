// The Working Together for Change window: filters, the statements, the themes and their counts per quarter.
#include "app/dialogs/working_together_dialog.h"

#include <wx/choicdlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include <fstream>
#include <functional>
#include <map>

#include "app/dialogs/action_dialog.h"
#include "app/display_text.h"
#include "app/file_chooser.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/private_file.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/permissions.h"
#include "model/exchange/statements_csv.h"

namespace pcr::app {

// The statements in a virtual list: tens of thousands of rows cost only the ones on screen.
class StatementList : public wxListCtrl {
  public:
    using Text = std::function<wxString(long row, long column)>;
    StatementList(wxWindow* parent, const wxSize& size, Text text)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, size, wxLC_REPORT | wxLC_VIRTUAL),
          text_(std::move(text)) {}

  private:
    wxString OnGetItemText(long item, long column) const override { return text_(item, column); }
    Text text_;
};

namespace {

wxString kind_text(model::StatementKind kind) {
    return to_wx(kind == model::StatementKind::Working ? model::tr("Working") : model::tr("Not working"));
}

}  // namespace

WorkingTogetherDialog::WorkingTogetherDialog(wxWindow* parent, model::Store& store,
                                             const model::TemplateRegistry& templates,
                                             const model::Workbook& workbook, ErrorReporter& reporter,
                                             const model::Date& today)
    : wxDialog(parent, wxID_ANY, to_wx(model::tr("Working Together for Change")), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      store_(store),
      templates_(templates),
      workbook_(workbook),
      reporter_(reporter),
      today_(today),
      may_change_(model::may(store.principal(), model::Action::Assess) && !store.read_only()) {
    build();
    refresh();
}

WorkingTogetherDialog::~WorkingTogetherDialog() = default;

wxListCtrl* WorkingTogetherDialog::statement_list() const {
    return list_;
}

void WorkingTogetherDialog::build() {
    const int gap = FromDIP(8);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    filters->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("&Team:"))), 0, wxALIGN_CENTER_VERTICAL);
    team_ = new wxChoice(this, wxID_ANY);
    team_->Append(to_wx(model::tr("All teams")));
    try {
        for (const auto& team : store_.subjects(model::SubjectKind::Team)) {
            team_ids_.push_back(team.id);
            team_->Append(subject_label(team));
        }
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(model::tr("Working Together for Change")), to_wx(std::string(error.what())));
    }
    team_->SetSelection(0);
    filters->Add(team_, 0, wxLEFT | wxRIGHT, gap);
    filters->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("&Since:"))), 0, wxALIGN_CENTER_VERTICAL);
    since_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(110, -1)));
    filters->Add(since_, 0, wxLEFT | wxRIGHT, gap);
    filters->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("&Until:"))), 0, wxALIGN_CENTER_VERTICAL);
    until_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(110, -1)));
    filters->Add(until_, 0, wxLEFT | wxRIGHT, gap);
    auto* show = new wxButton(this, wxID_ANY, to_wx(model::tr("S&how")));
    filters->Add(show);
    sizer->Add(filters, 0, wxALL, gap);

    auto* panes = new wxBoxSizer(wxHORIZONTAL);
    list_ = new StatementList(this, FromDIP(wxSize(590, 440)), [this](long row, long column) -> wxString {
        if (row < 0 || row >= static_cast<long>(statements_.size())) return {};
        const auto& s = statements_[static_cast<std::size_t>(row)];
        switch (column) {
            case 0:
                return to_wx(s.name.empty() ? s.owner : s.name);
            case 1: {
                const model::ToolTemplate* tool = templates_.find(s.tool);
                return to_wx(tool ? tool->title : s.tool);
            }
            case 2:
                return s.date.empty() ? wxString() : row_date_text(s.date);
            case 3:
                return kind_text(s.kind);
            case 4:
                return to_wx(s.text);
            default:
                for (const auto& member : members_)
                    if (member.statement == s.key)
                        for (const auto& theme : themes_held_)
                            if (theme.key == member.theme) return to_wx(theme.name);
                return {};
        }
    });
    // Widths that show every column in the list's width on a 1024x768 screen; the statement takes the most.
    const std::pair<const char*, int> columns[] = {
        {model::tr_noop("Who"), 90},  {model::tr_noop("Where"), 78},      {model::tr_noop("Date"), 92},
        {model::tr_noop("Kind"), 84}, {model::tr_noop("Statement"), 156}, {model::tr_noop("Theme"), 72}};
    for (const auto& [title, width] : columns)
        list_->AppendColumn(to_wx(model::tr(title)), wxLIST_FORMAT_LEFT,
                            column_width(list_, to_wx(model::tr(title)), FromDIP(width)));
    panes->Add(list_, 3, wxEXPAND | wxRIGHT, gap);

    auto* right = new wxBoxSizer(wxVERTICAL);
    themes_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(345, 220)),
                             wxLC_REPORT | wxLC_SINGLE_SEL);
    const auto column = [this](wxListCtrl* list, const char* title, wxListColumnFormat format, int width) {
        list->AppendColumn(to_wx(model::tr(title)), format,
                           column_width(list, to_wx(model::tr(title)), FromDIP(width)));
    };
    column(themes_, model::tr_noop("Theme"), wxLIST_FORMAT_LEFT, 110);
    column(themes_, model::tr_noop("Kind"), wxLIST_FORMAT_LEFT, 84);
    column(themes_, model::tr_noop("Statements"), wxLIST_FORMAT_RIGHT, 70);
    column(themes_, model::tr_noop("People"), wxLIST_FORMAT_RIGHT, 55);
    right->Add(themes_, 2, wxEXPAND);
    // A new theme is named and given its kind here, in the window, not in a dialog of its own.
    auto* adding = new wxBoxSizer(wxHORIZONTAL);
    theme_name_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    theme_name_->SetHint(to_wx(model::tr("New theme's name")));
    theme_kind_ = new wxChoice(this, wxID_ANY);
    theme_kind_->Append(kind_text(model::StatementKind::NotWorking));
    theme_kind_->Append(kind_text(model::StatementKind::Working));
    theme_kind_->SetSelection(0);
    new_theme_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Add T&heme")));
    adding->Add(theme_name_, 1, wxRIGHT, gap / 2);
    adding->Add(theme_kind_, 0, wxRIGHT, gap / 2);
    adding->Add(new_theme_);
    right->Add(adding, 0, wxEXPAND | wxTOP, gap / 2);
    auto* theme_buttons = new wxGridSizer(2, gap / 2, gap / 2);
    rename_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Rename\u2026")));
    delete_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Delete Theme")));
    suggest_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Su&ggest Themes\u2026")));
    assign_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Put in Theme")));
    take_out_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Ta&ke Out of Theme")));
    for (auto* button : {assign_, take_out_, suggest_, rename_, delete_})
        theme_buttons->Add(button, 0, wxEXPAND);
    right->Add(theme_buttons, 0, wxEXPAND | wxTOP | wxBOTTOM, gap / 2);
    right->Add(new wxStaticText(this, wxID_ANY, to_wx(model::tr("The chosen theme per quarter:"))), 0, wxTOP,
               gap / 2);
    quarters_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(345, 120)),
                               wxLC_REPORT | wxLC_SINGLE_SEL);
    column(quarters_, model::tr_noop("Quarter"), wxLIST_FORMAT_LEFT, 110);
    column(quarters_, model::tr_noop("Statements"), wxLIST_FORMAT_RIGHT, 90);
    column(quarters_, model::tr_noop("People"), wxLIST_FORMAT_RIGHT, 90);
    right->Add(quarters_, 1, wxEXPAND | wxTOP, gap / 2);
    panes->Add(right, 2, wxEXPAND);
    sizer->Add(panes, 1, wxEXPAND | wxLEFT | wxRIGHT, gap);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    action_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Add to &Action Plan\u2026")));
    auto* export_button = new wxButton(this, wxID_ANY, to_wx(model::tr("&Export CSV\u2026")));
    auto* close = new wxButton(this, wxID_CANCEL, to_wx(model::tr("Close")));
    buttons->Add(action_, 0, wxRIGHT, gap);
    buttons->Add(export_button);
    done_ = new wxStaticText(this, wxID_ANY, wxString());
    buttons->Add(done_, 1, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, gap);
    buttons->Add(close);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, gap);
    SetSizerAndFit(sizer);
    fit_inside_display(this);
    SetEscapeId(wxID_CANCEL);

    show->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { refresh(); });
    team_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    new_theme_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_new_theme(); });
    theme_name_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { on_new_theme(); });
    rename_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_rename(); });
    delete_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_delete(); });
    suggest_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_suggest(); });
    assign_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { assign_chosen(); });
    take_out_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_take_out(); });
    action_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_action(); });
    export_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_export(); });
    themes_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) {
        show_quarters();
        update_buttons();
    });
    themes_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) {
        show_quarters();
        update_buttons();
    });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
}

void WorkingTogetherDialog::refresh() {
    model::StatementFilter filter;
    const int team = team_->GetSelection();
    if (team > 0) filter.team = team_ids_[static_cast<std::size_t>(team - 1)];
    try {
        filter.since =
            model::read_optional_typed_date(from_wx(since_->GetValue()), model::tr("the first day"));
        filter.until =
            model::read_optional_typed_date(from_wx(until_->GetValue()), model::tr("the last day"));
        wxBusyCursor busy;
        statements_ = model::gather_statements(store_, templates_, filter);
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(model::tr("Working Together for Change")), to_wx(std::string(error.what())));
    }
    list_->SetItemCount(static_cast<long>(statements_.size()));
    fill_themes();
}

void WorkingTogetherDialog::fill_themes() {
    const long was = themes_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    const std::int64_t chosen = was >= 0 && was < static_cast<long>(counts_.size())
                                    ? counts_[static_cast<std::size_t>(was)].theme.key
                                    : 0;
    try {
        themes_held_ = store_.themes();
        members_ = store_.theme_members();
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(model::tr("Working Together for Change")), to_wx(std::string(error.what())));
    }
    counts_ = model::count_themes(statements_, themes_held_, members_);
    themes_->DeleteAllItems();
    for (const auto& count : counts_) {
        const long row = themes_->InsertItem(themes_->GetItemCount(), to_wx(count.theme.name));
        themes_->SetItem(row, 1, kind_text(count.theme.kind));
        themes_->SetItem(row, 2, to_wx(model::grouped(count.statements)));
        themes_->SetItem(row, 3, to_wx(model::grouped(count.people)));
        if (count.theme.key == chosen)
            themes_->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    }
    list_->Refresh();
    show_quarters();
    update_buttons();
}

void WorkingTogetherDialog::show_quarters() {
    quarters_->DeleteAllItems();
    const auto* count = chosen_theme();
    if (!count) return;
    for (const auto& period : count->by_quarter) {
        const long row =
            quarters_->InsertItem(quarters_->GetItemCount(),
                                  period.period.empty() ? to_wx(model::tr("Undated")) : to_wx(period.period));
        quarters_->SetItem(row, 1, to_wx(model::grouped(period.statements)));
        quarters_->SetItem(row, 2, to_wx(model::grouped(period.people)));
    }
}

const model::ThemeCount* WorkingTogetherDialog::chosen_theme() const {
    const long row = themes_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(counts_.size())) return nullptr;
    return &counts_[static_cast<std::size_t>(row)];
}

std::vector<model::Statement> WorkingTogetherDialog::chosen_statements() const {
    std::vector<model::Statement> chosen;
    for (long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); row >= 0;
         row = list_->GetNextItem(row, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED))
        if (row < static_cast<long>(statements_.size()))
            chosen.push_back(statements_[static_cast<std::size_t>(row)]);
    return chosen;
}

void WorkingTogetherDialog::update_buttons() {
    const bool theme = chosen_theme() != nullptr;
    const bool some = list_->GetSelectedItemCount() > 0;
    new_theme_->Enable(may_change_);
    theme_name_->Enable(may_change_);
    theme_kind_->Enable(may_change_);
    suggest_->Enable(may_change_);
    rename_->Enable(may_change_ && theme);
    delete_->Enable(may_change_ && theme);
    action_->Enable(may_change_ && theme);
    assign_->Enable(may_change_ && theme && some);
    take_out_->Enable(may_change_ && some);
}

template <class Change>
bool WorkingTogetherDialog::attempt(const std::string& title, Change change) {
    try {
        change();
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(title), to_wx(std::string(error.what())));
        return false;
    }
    fill_themes();
    return true;
}

bool WorkingTogetherDialog::make_theme(const std::string& name, model::StatementKind kind) {
    std::int64_t added = 0;
    if (!attempt(model::tr("Could not add the theme"), [&] { added = store_.add_theme(name, kind); }))
        return false;
    // The new theme is chosen, ready for statements to be put in it.
    for (std::size_t row = 0; row < counts_.size(); ++row)
        if (counts_[row].theme.key == added)
            themes_->SetItemState(static_cast<long>(row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                  wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    return true;
}

bool WorkingTogetherDialog::assign_chosen() {
    const auto* theme = chosen_theme();
    const auto chosen = chosen_statements();
    if (!theme || chosen.empty()) return false;
    const model::Theme into = theme->theme;
    return attempt(model::tr("Could not put the statements in the theme"),
                   [&] { model::assign_to_theme(store_, into, chosen); });
}

void WorkingTogetherDialog::on_new_theme() {
    if (make_theme(from_wx(theme_name_->GetValue()), theme_kind_->GetSelection() == 1
                                                         ? model::StatementKind::Working
                                                         : model::StatementKind::NotWorking))
        theme_name_->Clear();
}

void WorkingTogetherDialog::on_rename() {
    const auto* theme = chosen_theme();
    if (!theme) return;
    const auto key = theme->theme.key;
    wxTextEntryDialog ask(this, to_wx(model::tr("The theme's new name:")), to_wx(model::tr("Rename Theme")),
                          to_wx(theme->theme.name));
    if (ask.ShowModal() != wxID_OK) return;
    attempt(model::tr("Could not rename the theme"),
            [&] { store_.rename_theme(key, from_wx(ask.GetValue())); });
}

void WorkingTogetherDialog::on_delete() {
    const auto* theme = chosen_theme();
    if (!theme) return;
    const auto key = theme->theme.key;
    if (wxMessageBox(
            to_wx(model::fill_in(model::tr("Delete the theme \"{1}\"? Its statements stay, in no theme."),
                                 theme->theme.name)),
            to_wx(model::tr("Delete Theme")), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return;
    attempt(model::tr("Could not delete the theme"), [&] { store_.remove_theme(key); });
}

void WorkingTogetherDialog::on_take_out() {
    std::vector<model::StatementKey> keys;
    for (const auto& statement : chosen_statements()) keys.push_back(statement.key);
    if (keys.empty()) return;
    attempt(model::tr("Could not take the statements out"), [&] { store_.unassign_statements(keys); });
}

void WorkingTogetherDialog::on_suggest() {
    const auto suggestions = model::suggest_themes(statements_, members_);
    if (suggestions.empty()) {
        reporter_.report(to_wx(model::tr("Suggest Themes")),
                         to_wx(model::tr("No word is shared by three or more statements in no theme yet.")));
        return;
    }
    wxArrayString items;
    for (const auto& suggestion : suggestions)
        items.Add(to_wx(model::fill_in(model::tr_n("{1} ({2}, {3} statement)", "{1} ({2}, {3} statements)",
                                                   static_cast<unsigned long>(suggestion.statements.size())),
                                       suggestion.name, from_wx(kind_text(suggestion.kind)),
                                       suggestion.statements.size())));
    wxMultiChoiceDialog ask(
        this,
        to_wx(model::tr("Statements in no theme that share a word. Make a theme of each you "
                        "choose, with its statements in it; rename or change them after.")),
        to_wx(model::tr("Suggest Themes")), items);
    if (ask.ShowModal() != wxID_OK) return;
    for (const int index : ask.GetSelections()) {
        const auto& suggestion = suggestions[static_cast<std::size_t>(index)];
        if (!attempt(model::tr("Could not add the theme"), [&] {
                const auto key = store_.add_theme(suggestion.name, suggestion.kind);
                store_.assign_statements(key, suggestion.statements);
            }))
            return;
    }
}

void WorkingTogetherDialog::on_action() {
    const auto* theme = chosen_theme();
    if (!theme) return;
    const model::ThemeCount count = *theme;
    // Said before the form is filled in: without an assessment there is no plan to add to.
    try {
        model::plan_to_add_to(store_, workbook_.id);
    } catch (const pcr::Error& error) {
        reporter_.report(to_wx(model::tr("Add to Action Plan")), to_wx(std::string(error.what())));
        return;
    }
    // The action plan's own form, filled in from the theme: the manager may change the topic, the words, who
    // and by when.
    ActionDialog form(this, to_wx(model::tr("Add to the action plan of the latest assessment")), workbook_,
                      model::theme_action(count, model::theme_topic(workbook_, templates_), "", std::nullopt),
                      true, today_);
    if (form.ShowModal() != wxID_OK) return;
    bool added = false;
    if (!attempt(model::tr("Could not add to the action plan"),
                 [&] { added = model::add_to_action_plan(store_, workbook_.id, form.action()); }))
        return;
    // TRANSLATORS: {1} is the theme's name, {2} the topic's number ("1.8").
    done_->SetLabel(
        to_wx(model::fill_in(added ? model::tr("\u201c{1}\u201d is on the action plan, under topic {2}.")
                                   : model::tr("\u201c{1}\u201d is on the action plan already, as it is."),
                             count.theme.name, form.action().topic)));
    Layout();
}

bool WorkingTogetherDialog::export_csv(const std::filesystem::path& file) {
    return attempt(model::tr("Could not export"), [&] {
        store_.require(model::Action::BulkExport);
        if (const auto error = model::create_private_file(file))
            throw pcr::StorageError(
                model::fill_in(model::tr("Cannot write {1}: {2}. Choose a folder you can write to."),
                               file.string(), error.message()));
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        model::write_statements_csv(out, statements_, &themes_held_, &members_);
        out.close();
        if (!out)
            throw pcr::StorageError(model::fill_in(
                model::tr("Cannot write {1}. Check the disk has room and try again."), file.string()));
        store_.record_events(
            {model::AuditEvent{model::AuditAction::Export, std::nullopt, "", "working-together csv"}});
    });
}

void WorkingTogetherDialog::on_export() {
    FileChooser chooser(this, to_wx(model::tr("Export statements")), to_wx(model::tr("Working together.csv")),
                        to_wx(model::tr("CSV files (*.csv)|*.csv")), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (!chooser.ask()) return;
    export_csv(to_path(chooser.path()));
}

}  // namespace pcr::app
