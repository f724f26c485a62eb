// The action list: rows from the assessment's actions, edits saved through the Workbook window.
#include "app/views/action_list.h"

#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include "app/dialogs/action_dialog.h"
#include "app/display_text.h"
#include "app/views/workbook_frame.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/overdue_actions.h"

namespace pcr::app {

namespace {

const wxColour kOverdueText(0xb3, 0x26, 0x1e);

}  // namespace

ActionList::ActionList(wxWindow* parent, WorkbookFrame& frame, bool all_topics)
    : wxPanel(parent, wxID_ANY), frame_(frame), all_topics_(all_topics) {
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxBORDER_THEME);
    if (all_topics_)
        list_->AppendColumn(to_wx(model::tr("Topic")), wxLIST_FORMAT_LEFT,
                            column_width(list_, to_wx(model::tr("Topic")), FromDIP(56)));
    list_->AppendColumn(to_wx(model::tr("Towards")), wxLIST_FORMAT_CENTRE,
                        column_width(list_, to_wx(model::tr("Towards")), FromDIP(64)));
    list_->AppendColumn(to_wx(model::tr("Action")), wxLIST_FORMAT_LEFT,
                        column_width(list_, to_wx(model::tr("Action")), FromDIP(all_topics_ ? 380 : 280)));
    list_->AppendColumn(to_wx(model::tr("Who")), wxLIST_FORMAT_LEFT,
                        column_width(list_, to_wx(model::tr("Who")), FromDIP(170)));
    list_->AppendColumn(to_wx(model::tr("By when")), wxLIST_FORMAT_LEFT,
                        column_width(list_, to_wx(model::tr("By when")), FromDIP(170)));
    list_->AppendColumn(to_wx(model::tr("Done")), wxLIST_FORMAT_LEFT,
                        column_width(list_, to_wx(model::tr("Done")), FromDIP(100)));
    // Narrower than its columns when space is short: the list scrolls rather than pushing the buttons away.
    list_->SetMinSize(FromDIP(wxSize(200, 100)));

    add_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Add A&ction\u2026")));
    edit_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Edit\u2026")));
    done_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Mark Done")));
    remove_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Delete")));

    auto* buttons = new wxBoxSizer(wxVERTICAL);
    for (wxButton* button : {add_, edit_, done_, remove_})
        buttons->Add(button, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(list_, 1, wxEXPAND | wxRIGHT, FromDIP(8));
    sizer->Add(buttons, 0);
    SetSizer(sizer);

    add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
    edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit(selected()); });
    done_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { toggle_done(selected()); });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove(selected()); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                [this](wxListEvent& event) { edit(static_cast<int>(event.GetIndex())); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
    list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_DELETE)
            remove(selected());
        else
            event.Skip();
    });
}

void ActionList::show_topic(const std::string& topic) {
    topic_ = topic;
    refresh();
}

void ActionList::refresh() {
    list_->DeleteAllItems();
    shown_.clear();
    overdue_.clear();
    const model::WorkbookAssessment* assessment = frame_.assessment();
    if (assessment) {
        for (std::size_t i = 0; i < assessment->actions.size(); ++i) {
            const model::TopicAction& action = assessment->actions[i];
            if (!all_topics_ && action.topic != topic_) continue;
            const long row = list_->InsertItem(list_->GetItemCount(), wxString());
            int column = 0;
            if (all_topics_) list_->SetItem(row, column++, to_wx(action.topic));
            list_->SetItem(row, column++,
                           action.target_level ? wxString::Format("%d", *action.target_level) : wxString());
            wxString what = to_wx(action.action);
            what.Replace("\n", " ");
            list_->SetItem(row, column++, what);
            list_->SetItem(row, column++, to_wx(action.who));
            const bool overdue = model::action_overdue(action, frame_.today());
            list_->SetItem(row, column++,
                           action.by_when ? date_text(*action.by_when) +
                                                (overdue ? " " + to_wx(model::tr("(overdue)")) : wxString())
                                          : wxString());
            list_->SetItem(row, column++, action.done ? date_text(*action.done) : wxString());
            if (overdue) list_->SetItemTextColour(row, kOverdueText);
            shown_.push_back(i);
            overdue_.push_back(overdue);
        }
    }
    update_buttons();
}

bool ActionList::overdue(int row) const {
    return row >= 0 && row < rows() && overdue_[static_cast<std::size_t>(row)];
}

int ActionList::selected() const {
    return static_cast<int>(list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED));
}

void ActionList::update_buttons() {
    const bool editable = frame_.assessment() != nullptr && frame_.may_assess();
    const int row = selected();
    add_->Enable(editable && (all_topics_ || !topic_.empty()));
    edit_->Enable(editable && row >= 0);
    remove_->Enable(editable && row >= 0);
    done_->Enable(editable && row >= 0);
    const model::WorkbookAssessment* assessment = frame_.assessment();
    const bool done =
        assessment && row >= 0 && assessment->actions[shown_[static_cast<std::size_t>(row)]].done;
    done_->SetLabel(done ? to_wx(model::tr("&Mark Not Done")) : to_wx(model::tr("&Mark Done")));
}

void ActionList::add() {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current) return;
    model::TopicAction action;
    action.topic = all_topics_ ? std::string() : topic_;
    for (const auto& score : current->scores)
        if (score.topic == action.topic && score.level && *score.level < 5)
            action.target_level = *score.level + 1;
    ActionDialog dialog(this, to_wx(model::tr("Add an action")), frame_.workbook(), action, all_topics_,
                        frame_.today());
    if (dialog.ShowModal() != wxID_OK) return;
    model::WorkbookAssessment edited = *current;
    edited.actions.push_back(dialog.action());
    frame_.save(edited, model::tr("add an action"));
    refresh();
    list_->SetItemState(rows() - 1, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
}

void ActionList::edit(int row) {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current || row < 0 || row >= rows()) return;
    const std::size_t index = shown_[static_cast<std::size_t>(row)];
    ActionDialog dialog(this, to_wx(model::tr("Edit the action")), frame_.workbook(), current->actions[index],
                        all_topics_, frame_.today());
    if (dialog.ShowModal() != wxID_OK) return;
    model::WorkbookAssessment edited = *current;
    edited.actions[index] = dialog.action();
    frame_.save(edited, model::tr("edit an action"));
    refresh();
}

void ActionList::toggle_done(int row) {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current || row < 0 || row >= rows()) return;
    model::WorkbookAssessment edited = *current;
    auto& action = edited.actions[shown_[static_cast<std::size_t>(row)]];
    action.done = action.done ? std::nullopt : std::optional<model::Date>(frame_.today());
    frame_.save(edited,
                action.done ? model::tr("mark an action done") : model::tr("mark an action not done"));
    refresh();
    list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
}

void ActionList::remove(int row) {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current || row < 0 || row >= rows()) return;
    const std::size_t index = shown_[static_cast<std::size_t>(row)];
    const wxString question = to_wx(
        model::fill_in(model::tr("Remove the action \u201c{1}\u201d?"), current->actions[index].action));
    if (wxMessageBox(question, to_wx(model::tr("Remove action")), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION,
                     this) != wxYES)
        return;
    model::WorkbookAssessment edited = *current;
    edited.actions.erase(edited.actions.begin() + static_cast<long>(index));
    frame_.save(edited, model::tr("remove an action"));
    refresh();
}

}  // namespace pcr::app
