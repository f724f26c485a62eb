// The Topics page: the list of topics beside the chosen topic's statements, evidence, note and actions.
#include "app/views/workbook_topics_page.h"

#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statline.h>

#include <algorithm>

#include "app/display_text.h"
#include "app/shortcuts.h"
#include "app/views/action_list.h"
#include "app/views/lacking_list.h"
#include "app/views/workbook_frame.h"
#include "app/window_fit.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/assessment_draft.h"
#include "model/rules/regulator_view.h"
#include "model/rules/summary_sheet.h"

namespace pcr::app {

namespace {

enum Column { kTitle, kScore, kSuggests, kCoverage, kFlag };

const wxColour kMutedText(0x55, 0x5a, 0x62);
const wxColour kWarningText(0xb3, 0x26, 0x1e);
const wchar_t* const kFlagMark = L"\u26a0";

// The topic number a line of the list stands for; sections have none.
class TopicData : public wxClientData {
  public:
    explicit TopicData(std::string topic) : topic(std::move(topic)) {}
    std::string topic;
};

const model::TopicScore* score_of(const model::WorkbookAssessment* assessment, const std::string& topic) {
    if (!assessment) return nullptr;
    for (const auto& score : assessment->scores)
        if (score.topic == topic) return &score;
    return nullptr;
}

wxString scope_count(model::SubjectKind kind, long count, long total) {
    switch (kind) {
        case model::SubjectKind::Person:
            return to_wx(
                model::fill_in(model::tr_n("{1} of {2} person", "{1} of {2} people", total), count, total));
        case model::SubjectKind::Staff:
            return to_wx(model::fill_in(model::tr_n("{1} of {2} staff member", "{1} of {2} staff", total),
                                        count, total));
        case model::SubjectKind::Team:
            return to_wx(count > 0 ? model::tr("the team's record meets it")
                                   : model::tr("the team's record does not meet it"));
    }
    return {};
}

// "412 of 530 people, 77% — suggests 4".
wxString numbers_text(model::SubjectKind kind, long count, long total, int coverage,
                      std::optional<int> suggested) {
    wxString text = scope_count(kind, count, total);
    if (kind != model::SubjectKind::Team) text += wxString::Format(", %d%%", coverage);
    if (suggested) text += L" \u2014 " + to_wx(model::fill_in(model::tr("suggests {1}"), *suggested));
    return text;
}

// "1–2", "3": the levels a band of the workbook's scale explains.
wxString band_levels(const std::vector<int>& levels) {
    if (levels.empty()) return {};
    if (levels.size() == 1) return wxString::Format("%d", levels.front());
    return wxString::Format(L"%d\u2013%d", levels.front(), levels.back());
}

// A mapping's rows that count a topic, one line each ("Domain 1: Enhancing quality of life") with the
// statements they list under it; rows under a heading (CQC's groups) share one line per heading.
wxString mapping_lines(const std::vector<model::TopicMapping>& rows) {
    wxString text;
    std::string group;
    for (const auto& row : rows) {
        if (!row.group.empty()) {
            if (row.group != group)
                text += (text.empty() ? "" : "\n") + to_wx(row.group) + ": ";
            else
                text += "; ";
            text += to_wx(row.key + " " + row.description);
            group = row.group;
            continue;
        }
        group.clear();
        text += (text.empty() ? "" : "\n") + to_wx(row.key + ": " + row.description);
        for (const auto& statement : row.statements) text += L"\n    \u2022 " + to_wx(statement);
    }
    return text;
}

wxString lacking_noun(model::SubjectKind kind, std::size_t count) {
    return kind == model::SubjectKind::Team ? to_wx(model::tr("the team")) : count_text(kind, count);
}

}  // namespace

WorkbookTopicsPage::WorkbookTopicsPage(wxWindow* parent, WorkbookFrame& frame)
    : wxPanel(parent, wxID_ANY), frame_(frame) {
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH | wxSP_NO_XP_THEME);
    splitter->SetMinimumPaneSize(FromDIP(240));
    splitter->SetSashGravity(0.0);
    tree_ = new wxTreeListCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTL_SINGLE);
    tree_->AppendColumn(to_wx(model::tr("Topic")),
                        column_width(tree_, to_wx(model::tr("Topic")), FromDIP(290)), wxALIGN_LEFT,
                        wxCOL_RESIZABLE);
    tree_->AppendColumn(to_wx(model::tr("Score")),
                        column_width(tree_, to_wx(model::tr("Score")), FromDIP(54)), wxALIGN_CENTRE,
                        wxCOL_RESIZABLE);
    tree_->AppendColumn(to_wx(model::tr("Suggests")),
                        column_width(tree_, to_wx(model::tr("Suggests")), FromDIP(78)), wxALIGN_CENTRE,
                        wxCOL_RESIZABLE);
    tree_->AppendColumn(to_wx(model::tr("Coverage")),
                        column_width(tree_, to_wx(model::tr("Coverage")), FromDIP(82)), wxALIGN_RIGHT,
                        wxCOL_RESIZABLE);
    tree_->AppendColumn(to_wx(model::tr("Flag")), column_width(tree_, to_wx(model::tr("Flag")), FromDIP(42)),
                        wxALIGN_CENTRE, wxCOL_RESIZABLE);
    details_ = static_cast<wxScrolledWindow*>(build_details(splitter));
    splitter->SplitVertically(tree_, details_, FromDIP(570));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(splitter, 1, wxEXPAND | wxALL, FromDIP(4));
    SetSizer(sizer);

    tree_->Bind(wxEVT_TREELIST_SELECTION_CHANGED, &WorkbookTopicsPage::on_tree_selection, this);
    details_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        rewrap();
        event.Skip();
    });
}

wxWindow* WorkbookTopicsPage::build_details(wxWindow* parent) {
    auto* panel = new wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    panel->SetScrollRate(0, FromDIP(12));
    const auto heading = [panel](const wxString& text) {
        auto* label = new wxStaticText(panel, wxID_ANY, wxString());
        label->SetFont(label->GetFont().Bold());
        label->SetLabel(text);
        return label;
    };

    title_ = new wxStaticText(panel, wxID_ANY, wxString());
    title_->SetFont(title_->GetFont().Scaled(1.3f).Bold());
    message_ = new wxStaticText(panel, wxID_ANY, wxString());
    message_->SetForegroundColour(kMutedText);

    auto* score_heading = heading(to_wx(model::tr("Your score")));
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
    grid->AddGrowableCol(1);
    for (int level = 0; level <= 5; ++level) {
        levels_[level] = new wxRadioButton(
            panel, wxID_ANY, level == 0 ? to_wx(model::tr("Not yet scored")) : wxString::Format("&%d", level),
            wxDefaultPosition, wxDefaultSize, level == 0 ? wxRB_GROUP : 0);
        levels_[level]->Bind(wxEVT_RADIOBUTTON, &WorkbookTopicsPage::on_level, this);
        // "Not yet scored" goes above the statements, so the buttons' column stays narrow.
        if (level == 0) continue;
        statements_[level] = new wxStaticText(panel, wxID_ANY, wxString());
        // A click on the statement chooses it too: it is the thing being chosen.
        statements_[level]->Bind(wxEVT_LEFT_UP, [this, level](wxMouseEvent&) {
            if (levels_[level]->IsEnabled()) choose_level(level);
        });
        grid->Add(levels_[level], 0, wxALIGN_TOP);
        grid->Add(statements_[level], 1, wxEXPAND | wxTOP, FromDIP(2));
    }
    // The workbook's own words for what the levels mean, under the buttons they explain.
    wxString scale;
    for (const auto& band : frame_.workbook().scale)
        scale += (scale.empty() ? "" : "\n") + band_levels(band.levels) + "  " + to_wx(band.text);
    scale_ = new wxStaticText(panel, wxID_ANY, wxString());
    scale_->SetForegroundColour(kMutedText);
    scale_->SetFont(scale_->GetFont().Smaller());
    if (!scale.empty()) texts_[scale_] = to_wx(model::tr("What the scores mean:")) + "\n" + scale;
    scale_->Show(!scale.empty());

    flag_ = new wxStaticText(panel, wxID_ANY, wxString());
    flag_->SetForegroundColour(kWarningText);
    flag_->SetFont(flag_->GetFont().Bold());

    auto* note_label = new wxStaticText(
        panel, wxID_ANY, to_wx(model::tr("N&ote (what the score rests on, what is planned):")));
    note_label->SetFont(note_label->GetFont().Bold());
    note_ = new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 64)),
                           wxTE_MULTILINE);
    note_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        commit_pending();
        event.Skip();
    });

    auto* next_heading = heading(to_wx(model::tr("Working towards the next statement")));
    next_ = new wxStaticText(panel, wxID_ANY, wxString());
    actions_ = new ActionList(panel, frame_, false);
    actions_->SetMinSize(FromDIP(wxSize(300, 150)));

    auto* evidence_heading = heading(to_wx(model::tr("Evidence from the records")));
    measure_ = new wxStaticText(panel, wxID_ANY, wxString());
    numbers_ = new wxStaticText(panel, wxID_ANY, wxString());
    numbers_->SetFont(numbers_->GetFont().Bold());
    today_numbers_ = new wxStaticText(panel, wxID_ANY, wxString());
    extras_ = new wxStaticText(panel, wxID_ANY, wxString());
    lacking_title_ = new wxStaticText(panel, wxID_ANY, wxString());
    lacking_ = new LackingList(panel);
    lacking_->SetMinSize(
        FromDIP(wxSize(200, 160)));  // not the columns' total width, which would widen the page
    lacking_->Bind(wxEVT_LIST_ITEM_ACTIVATED, &WorkbookTopicsPage::on_lacking_activated, this);

    auto* mappings_heading = heading(to_wx(model::tr("Where this topic counts (the regulator\u2019s view)")));
    mappings_heading->Show(!frame_.workbook().mappings.empty());
    for (const auto& mapping : frame_.workbook().mappings) {
        auto* title = new wxStaticText(panel, wxID_ANY, wxString());
        title->SetFont(title->GetFont().Bold());
        title->SetLabel(to_wx(mapping.title));
        auto* body = new wxStaticText(panel, wxID_ANY, wxString());
        mapping_labels_.push_back({mapping.id, mapping.title, title, body});
    }

    const int gap = FromDIP(6);
    auto* left = left_column_ = new wxBoxSizer(wxVERTICAL);
    left->Add(score_heading, 0, wxBOTTOM, gap);
    left->Add(levels_[0], 0, wxLEFT | wxBOTTOM, FromDIP(4));
    left->Add(grid, 0, wxEXPAND | wxLEFT, FromDIP(4));
    left->Add(scale_, 0, wxEXPAND | wxTOP, gap);
    left->Add(flag_, 0, wxEXPAND | wxTOP, gap);

    auto* right = right_column_ = new wxBoxSizer(wxVERTICAL);
    right->Add(evidence_heading, 0, wxBOTTOM, gap);
    right->Add(measure_, 0, wxEXPAND | wxBOTTOM, gap / 2);
    right->Add(numbers_, 0, wxEXPAND | wxBOTTOM, gap / 2);
    right->Add(today_numbers_, 0, wxEXPAND | wxBOTTOM, gap / 2);
    right->Add(extras_, 0, wxEXPAND | wxBOTTOM, gap);
    right->Add(lacking_title_, 0, wxEXPAND | wxBOTTOM, gap / 2);
    right->Add(lacking_, 1, wxEXPAND);

    auto* columns = columns_ = new wxBoxSizer(wxHORIZONTAL);
    // Fixed widths set when the page is sized (rewrap), so every wrapped label gets the width it was wrapped
    // to.
    columns->Add(left, 0, wxEXPAND | wxRIGHT, FromDIP(16));
    columns->Add(right, 0, wxEXPAND);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int margin = FromDIP(12);
    sizer->Add(title_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, margin);
    sizer->Add(message_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, margin / 2);
    sizer->Add(columns, 0, wxEXPAND | wxALL, margin);
    sizer->Add(note_label, 0, wxLEFT | wxRIGHT, margin);
    sizer->Add(note_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(next_heading, 0, wxLEFT | wxRIGHT | wxTOP, margin);
    sizer->Add(next_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
    sizer->Add(actions_, 0, wxEXPAND | wxALL, margin);
    sizer->Add(mappings_heading, 0, wxLEFT | wxRIGHT, margin);
    for (const auto& mapping : mapping_labels_) {
        auto* table = new wxBoxSizer(wxVERTICAL);
        table->Add(mapping.title, 0, wxEXPAND | wxBOTTOM, gap / 2);
        table->Add(mapping.body, 0, wxEXPAND);
        sizer->AddSpacer(gap);
        sizer->Add(table, 0, wxEXPAND | wxLEFT | wxRIGHT, margin);
    }
    sizer->AddSpacer(margin);
    panel->SetSizer(sizer);
    return panel;
}

void WorkbookTopicsPage::refresh() {
    commit_pending();
    fill_tree();
    if (topic_.empty() || !select_topic(topic_)) {
        const auto topics = frame_.workbook().topics();
        if (!topics.empty()) select_topic(topics.front()->number);
    }
}

void WorkbookTopicsPage::fill_tree() {
    tree_->DeleteAllItems();
    for (const auto& section : frame_.workbook().sections) {
        const wxTreeListItem parent =
            tree_->AppendItem(tree_->GetRootItem(), to_wx(section.number + " " + section.title));
        for (const auto& topic : section.topics) {
            const wxTreeListItem item = tree_->AppendItem(parent, to_wx(topic.number + " " + topic.title));
            tree_->SetItemData(item, new TopicData(topic.number));
            update_line(item);
        }
        tree_->Expand(parent);
    }
    update_section_lines();
}

void WorkbookTopicsPage::update_line(wxTreeListItem item) {
    const auto* data = static_cast<TopicData*>(tree_->GetItemData(item));
    if (!data) return;
    const model::TopicScore* score = score_of(frame_.assessment(), data->topic);
    const model::TopicEvidence* today = frame_.evidence_for(data->topic);
    // The assessment's own evidence where it kept it: that is what its score was set against.
    std::optional<int> suggested = today ? today->suggested : std::nullopt;
    std::optional<int> coverage;
    if (today && today->measured) coverage = today->coverage;
    if (score && score->evidence) {
        suggested = score->evidence->suggested;
        coverage = score->evidence->coverage;
    }
    tree_->SetItemText(item, kScore,
                       score && score->level ? wxString::Format("%d", *score->level) : L"\u2013");
    tree_->SetItemText(item, kSuggests, suggested ? wxString::Format("%d", *suggested) : wxString());
    tree_->SetItemText(item, kCoverage, coverage ? wxString::Format("%d%%", *coverage) : wxString());
    tree_->SetItemText(item, kFlag, score && model::score_flagged(*score) ? wxString(kFlagMark) : wxString());
}

void WorkbookTopicsPage::update_section_lines() {
    const model::WorkbookAssessment* assessment = frame_.assessment();
    for (wxTreeListItem item = tree_->GetFirstChild(tree_->GetRootItem()); item.IsOk();
         item = tree_->GetNextSibling(item)) {
        const wxString label = tree_->GetItemText(item);
        for (const auto& section : frame_.workbook().sections) {
            if (label != to_wx(section.number + " " + section.title)) continue;
            std::vector<std::string> numbers;
            for (const auto& topic : section.topics) numbers.push_back(topic.number);
            const auto average =
                assessment ? model::average_level(assessment->scores, numbers) : std::nullopt;
            tree_->SetItemText(item, kScore, average ? wxString::Format("%.1f", *average) : wxString());
        }
    }
}

void WorkbookTopicsPage::topic_changed(const std::string& topic) {
    for (wxTreeListItem item = tree_->GetFirstItem(); item.IsOk(); item = tree_->GetNextItem(item)) {
        const auto* data = static_cast<TopicData*>(tree_->GetItemData(item));
        if (data && data->topic == topic) update_line(item);
    }
    update_section_lines();
    if (topic == topic_) show_topic();
}

wxString WorkbookTopicsPage::line_text(const std::string& topic, unsigned column) const {
    for (wxTreeListItem item = tree_->GetFirstItem(); item.IsOk(); item = tree_->GetNextItem(item)) {
        const auto* data = static_cast<TopicData*>(tree_->GetItemData(item));
        if (data && data->topic == topic) return tree_->GetItemText(item, column);
    }
    return {};
}

bool WorkbookTopicsPage::select_topic(const std::string& topic) {
    for (wxTreeListItem item = tree_->GetFirstItem(); item.IsOk(); item = tree_->GetNextItem(item)) {
        const auto* data = static_cast<TopicData*>(tree_->GetItemData(item));
        if (!data || data->topic != topic) continue;
        commit_pending();
        tree_->Select(item);
        tree_->EnsureVisible(item);
        topic_ = topic;
        show_topic();
        return true;
    }
    return false;
}

void WorkbookTopicsPage::on_tree_selection(wxTreeListEvent& event) {
    const wxTreeListItem item = event.GetItem();
    const auto* data = item.IsOk() ? static_cast<TopicData*>(tree_->GetItemData(item)) : nullptr;
    if (!data) return;
    commit_pending();
    topic_ = data->topic;
    show_topic();
}

void WorkbookTopicsPage::show_topic() {
    const model::Topic* topic = frame_.workbook().find_topic(topic_);
    if (!topic) return;
    const model::WorkbookAssessment* assessment = frame_.assessment();
    const model::TopicScore* score = score_of(assessment, topic_);

    set_text(title_, to_wx(topic->number + "  " + topic->title));
    set_text(message_, assessment ? wxString()
                                  : to_wx(model::fill_in(
                                        model::tr("No assessment yet. Assessment \u25b8 New "
                                                  "Assessment\u2026 ({1}) starts one from today\u2019s "
                                                  "evidence; the scores stay yours."),
                                        from_wx(key_text(Command::NewAssessment)))));
    message_->Show(!assessment);

    std::optional<int> suggested;
    if (score && score->evidence)
        suggested = score->evidence->suggested;
    else if (const auto* today = frame_.evidence_for(topic_))
        suggested = today->suggested;
    for (int level = 1; level <= 5; ++level) {
        const auto index = static_cast<std::size_t>(level - 1);
        wxString text = index < topic->statements.size() ? to_wx(topic->statements[index]) : wxString();
        if (suggested && *suggested == level)
            text += L"  \u2190 " + to_wx(model::tr("the records suggest this"));
        set_text(statements_[level], text);
    }
    // A level outside 1-5 (one the store refused) shows as not scored rather than reading past the
    // statements.
    const int level = score && score->level && *score->level >= 1 && *score->level <= 5 ? *score->level : 0;
    for (int i = 0; i <= 5; ++i) {
        levels_[i]->SetValue(i == level);
        levels_[i]->Enable(assessment != nullptr && frame_.may_assess());
        if (i == 0) continue;
        wxFont font = statements_[i]->GetFont();
        font.SetWeight(i == level && i > 0 ? wxFONTWEIGHT_BOLD : wxFONTWEIGHT_NORMAL);
        statements_[i]->SetFont(font);
    }
    set_text(flag_, score && model::score_flagged(*score)
                        ? wxString(kFlagMark) + " " +
                              to_wx(model::fill_in(
                                  model::tr("More than one level above the suggestion ({1}): check "
                                            "the evidence, or say in the note why the records do not "
                                            "show it."),
                                  *score->evidence->suggested))
                        : wxString());
    flag_->Show(!flag_->GetLabel().empty());

    note_shown_ = score ? score->note : std::string();
    note_->ChangeValue(to_wx(note_shown_));
    note_->Enable(assessment != nullptr && frame_.may_assess());

    if (level == 0)
        set_text(next_, to_wx(model::tr("Choose a score to see the next statement to work towards.")));
    else if (level == 5)
        set_text(next_,
                 to_wx(model::tr("The top statement: keep it there. Actions still open are listed below.")));
    else
        set_text(next_, wxString::Format("%d: ", level + 1) + to_wx(topic->statements[level]));
    actions_->show_topic(topic_);
    actions_->Enable(assessment != nullptr);

    show_evidence(*topic);
    show_mappings();
    wrap_width_ = 0;
    rewrap();
}

void WorkbookTopicsPage::show_evidence(const model::Topic& topic) {
    const model::WorkbookAssessment* assessment = frame_.assessment();
    const model::TopicScore* score = score_of(assessment, topic_);
    const model::TopicEvidence* today = frame_.evidence_for(topic_);
    const bool measured = topic.evidence.has_value();
    const model::SubjectKind kind = measured ? topic.evidence->scope : model::SubjectKind::Person;

    set_text(measure_, measured
                           ? to_wx(model::fill_in(model::tr("Measure: {1}"), topic.evidence->description))
                           : wxString());
    measure_->Show(measured);
    if (!measured) {
        set_text(numbers_, to_wx(model::tr("Self-assessed: no record evidence")));
    } else if (score && score->evidence) {
        const auto& kept = *score->evidence;
        set_text(numbers_,
                 to_wx(model::fill_in(
                     model::tr("On {1}: {2}"), from_wx(date_text(assessment->date)),
                     from_wx(numbers_text(kind, kept.count, kept.total, kept.coverage, kept.suggested)))));
    } else if (today) {
        set_text(numbers_,
                 to_wx(model::fill_in(model::tr("Today, {1}: {2}"), from_wx(date_text(frame_.today())),
                                      from_wx(numbers_text(kind, today->count, today->total, today->coverage,
                                                           today->suggested)))));
    } else {
        set_text(numbers_, to_wx(model::tr("No evidence computed.")));
    }
    const bool other_day =
        measured && today && score && score->evidence && assessment->date != frame_.today();
    set_text(today_numbers_, other_day ? to_wx(model::fill_in(
                                             model::tr("Today, {1}: {2}"), from_wx(date_text(frame_.today())),
                                             from_wx(numbers_text(kind, today->count, today->total,
                                                                  today->coverage, today->suggested))))
                                       : wxString());
    today_numbers_->Show(other_day);

    wxString extras;
    if (measured && today && !today->failed_extras.empty()) {
        extras = to_wx(model::tr("Not met today, so 5 is not suggested: "));
        for (std::size_t i = 0; i < today->failed_extras.size(); ++i)
            extras += (i ? "; " : "") + to_wx(today->failed_extras[i]);
        extras_->SetForegroundColour(kWarningText);
    } else if (measured && !topic.evidence->extras.empty()) {
        extras = to_wx(model::tr("Also needed for 5, and met today: "));
        for (std::size_t i = 0; i < topic.evidence->extras.size(); ++i)
            extras += (i ? "; " : "") + to_wx(topic.evidence->extras[i].description);
        extras_->SetForegroundColour(kMutedText);
    }
    set_text(extras_, extras);
    extras_->Show(!extras.empty());

    std::vector<model::Lacking> lacking = measured && today ? today->lacking : std::vector<model::Lacking>{};
    if (!measured)
        set_text(lacking_title_, wxString());
    else if (lacking.empty())
        set_text(lacking_title_, to_wx(model::tr("Nobody lacks it today.")));
    else
        set_text(
            lacking_title_,
            to_wx(model::fill_in(model::tr("Lacking it today ({1}) \u2014 double-click or Enter opens the "
                                           "record:"),
                                 from_wx(lacking_noun(kind, lacking.size())))));
    lacking_title_->Show(measured);
    lacking_->Show(measured && !lacking.empty());
    lacking_->show(std::move(lacking));
}

void WorkbookTopicsPage::show_mappings() {
    const auto rows = model::mappings_of_topic(frame_.workbook(), topic_);
    for (const auto& mapping : mapping_labels_) {
        std::vector<model::TopicMapping> mine;
        for (const auto& row : rows)
            if (row.mapping_id == mapping.mapping_id) mine.push_back(row);
        set_text(mapping.body,
                 mine.empty() ? to_wx(model::tr("Not mapped to this topic.")) : mapping_lines(mine));
        mapping.body->SetForegroundColour(mine.empty() ? kMutedText : GetForegroundColour());
    }
}

wxString WorkbookTopicsPage::mappings_text() const {
    wxString text;
    for (const auto& mapping : mapping_labels_) {
        const auto it = texts_.find(mapping.body);
        text += to_wx(mapping.mapping_title) + "\n" + (it != texts_.end() ? it->second : wxString()) + "\n";
    }
    return text;
}

wxString WorkbookTopicsPage::scale_text() const {
    const auto it = texts_.find(scale_);
    return it != texts_.end() ? it->second : wxString();
}

void WorkbookTopicsPage::set_text(wxStaticText* label, const wxString& text) {
    texts_[label] = text;
    label->SetLabel(text);
}

void WorkbookTopicsPage::rewrap() {
    const int width = details_->GetClientSize().x - FromDIP(24);
    if (width <= 0 || width == wrap_width_) return;
    wrap_width_ = width;
    // The statements and the flag take the left 11 parts of 20 (the statements less the buttons' column), the
    // evidence the right 9; on a page too narrow for both (a laptop screen) the evidence goes under the
    // score.
    const bool stacked = width < FromDIP(560);
    columns_->SetOrientation(stacked ? wxVERTICAL : wxHORIZONTAL);
    columns_->GetItem(left_column_)->SetFlag(wxEXPAND | (stacked ? wxBOTTOM : wxRIGHT));
    const int left = stacked ? width : (width - FromDIP(16)) * 11 / 20;
    const int right = stacked ? width : (width - FromDIP(16)) * 9 / 20;
    const int statement_width = left - levels_[1]->GetBestSize().x - FromDIP(16);
    left_column_->SetMinSize(wxSize(left, -1));
    right_column_->SetMinSize(wxSize(right, -1));
    // Name and reason both in view; the id is there to scroll to.
    lacking_->SetColumnWidth(0, right * 2 / 5);
    lacking_->SetColumnWidth(1, right * 3 / 5 - FromDIP(24));
    for (const auto& [label, text] : texts_) {
        int at = width;
        if (std::find(statements_.begin(), statements_.end(), label) != statements_.end())
            at = statement_width;
        else if (label == flag_ || label == scale_)
            at = left;
        else if (label == measure_ || label == numbers_ || label == today_numbers_ || label == extras_ ||
                 label == lacking_title_)
            at = right;
        label->SetLabel(text);
        label->Wrap(std::max(at, FromDIP(120)));
        // GTK's own idea of a wrapped label's width grows with its last allocation; pin it to the wrap width.
        label->SetMinSize(wxSize(std::max(at, FromDIP(120)), -1));
    }
    details_->Layout();
    details_->FitInside();
}

wxString WorkbookTopicsPage::evidence_text() const {
    wxString text;
    for (wxStaticText* label : {measure_, numbers_, today_numbers_, extras_, lacking_title_}) {
        const auto it = texts_.find(label);
        if (label->IsShown() && it != texts_.end() && !it->second.empty()) text += it->second + "\n";
    }
    return text;
}

wxString WorkbookTopicsPage::flag_text() const {
    const auto it = texts_.find(flag_);
    return it != texts_.end() && flag_->IsShown() ? it->second : wxString();
}

wxListCtrl* WorkbookTopicsPage::lacking_list() const {
    return lacking_;
}

void WorkbookTopicsPage::on_level(wxCommandEvent& event) {
    for (int level = 0; level <= 5; ++level)
        if (event.GetEventObject() == levels_[level]) choose_level(level);
}

void WorkbookTopicsPage::choose_level(int level) {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current || level < 0 || level > 5) return;
    commit_pending();
    model::WorkbookAssessment edited = *frame_.assessment();
    model::score_of(edited, topic_).level = level == 0 ? std::nullopt : std::optional<int>(level);
    levels_[level]->SetValue(true);
    frame_.save(edited, model::fill_in(model::tr("score topic {1}"), topic_), topic_);
}

void WorkbookTopicsPage::commit_pending() {
    const model::WorkbookAssessment* current = frame_.assessment();
    if (!current || topic_.empty()) return;
    const std::string typed = from_wx(note_->GetValue());
    if (typed == note_shown_) return;
    note_shown_ = typed;
    model::WorkbookAssessment edited = *current;
    model::score_of(edited, topic_).note = typed;
    frame_.save(edited, model::fill_in(model::tr("edit the note of topic {1}"), topic_));
    topic_changed(topic_);
}

void WorkbookTopicsPage::on_lacking_activated(wxListEvent& event) {
    const auto& lacking = lacking_->lacking();
    const long index = event.GetIndex();
    if (index < 0 || index >= static_cast<long>(lacking.size())) return;
    const model::Topic* topic = frame_.workbook().find_topic(topic_);
    const std::string tool = topic && topic->evidence ? topic->evidence->tool : std::string();
    const model::Lacking& who = lacking[static_cast<std::size_t>(index)];
    frame_.open_subject(who.kind, who.id, tool);
}

}  // namespace pcr::app
