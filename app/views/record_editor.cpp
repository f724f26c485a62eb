// The record editor: builds one section editor per template section, saves each change through the edit
// session, and judges completeness on an edited copy as the user types.
#include "app/views/record_editor.h"

#include <wx/sizer.h>
#include <wx/statline.h>

#include "app/dialogs/conflict_dialog.h"
#include "app/display_text.h"
#include "app/views/currency_mark.h"
#include "app/views/list_section_editor.h"
#include "app/views/photo_panel.h"
#include "app/views/table_section_editor.h"
#include "app/views/text_section_editor.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/completeness.h"
#include "model/rules/record_statuses.h"

namespace pcr::app {

// A heading that wraps to the width its sizer gives it, so a long name or title shows whole on as many lines
// as it needs instead of being cut off at the pane's edge.
class WrappingLabel : public wxStaticText {
  public:
    // Sized by its sizer only: resizing itself to the wrapped text would wrap it again, narrower each time.
    WrappingLabel(wxWindow* parent, const wxString& text)
        : wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE),
          words_(text) {
        SetMinSize(wxSize(FromDIP(80), -1));
        Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
            event.Skip();
            rewrap(event.GetSize().x);
        });
    }
    void set_text(const wxString& text) {
        words_ = text;
        width_ = -1;
        SetLabel(text);
        SetToolTip(text);
        rewrap(GetSize().x);
    }

  private:
    void rewrap(int width) {
        if (width <= 0 || width == width_) return;
        width_ = width;
        SetLabel(words_);
        Wrap(width);
        // As tall as its lines in its own font (the cached best size may predate the font or the wrapping).
        int line_width = 0, line_height = 0;
        const wxFont font = GetFont();
        GetTextExtent("Ag", &line_width, &line_height, nullptr, nullptr, &font);
        const int height = (1 + static_cast<int>(GetLabel().Freq('\n'))) * line_height + FromDIP(2);
        if (GetMinSize().y == height) return;
        SetMinSize(wxSize(FromDIP(80), height));
        CallAfter([this] { GetParent()->Layout(); });
    }

    wxString words_;
    int width_ = -1;
};

namespace {

SectionEditor* make_section(wxWindow* parent, SectionHost& host, const model::SectionTemplate& section) {
    switch (section.kind) {
        case model::SectionKind::List:
            return new ListSectionEditor(parent, host, section);
        case model::SectionKind::Table:
        case model::SectionKind::Dated:
            return new TableSectionEditor(parent, host, section);
        case model::SectionKind::Text:
            return new TextSectionEditor(parent, host, section);
    }
    return nullptr;
}

}  // namespace

RecordEditor::RecordEditor(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL) {
    SetScrollRate(0, FromDIP(12));
    title_ = new WrappingLabel(this, wxString());
    title_->SetFont(title_->GetFont().Scaled(1.3f).Bold());
    status_ = new wxStaticText(this, wxID_ANY, wxString());
    status_->SetFont(status_->GetFont().Bold());
    reviewed_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Mark as reviewed &today")));
    reviewed_->SetToolTip(
        to_wx(model::tr("Record that this was reviewed today, with the person, even if nothing changed")));
    reviewed_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { mark_reviewed(); });

    auto* heading = new wxBoxSizer(wxHORIZONTAL);
    auto* words = new wxBoxSizer(wxVERTICAL);
    words->Add(title_, 0, wxEXPAND);
    words->Add(status_, 0, wxTOP, FromDIP(2));
    heading->Add(words, 1, wxALIGN_CENTRE_VERTICAL);
    heading->Add(reviewed_, 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, FromDIP(12));

    sections_sizer_ = new wxBoxSizer(wxVERTICAL);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, 0, wxEXPAND | wxALL, FromDIP(10));
    sizer->Add(new wxStaticLine(this), 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
    sizer->Add(sections_sizer_, 1, wxEXPAND | wxALL, FromDIP(10));
    SetSizer(sizer);
    clear();
}

void RecordEditor::set_session(model::EditSession* session, ErrorReporter* reporter,
                               const model::Date& today) {
    commit_pending();
    session_ = session;
    reporter_ = reporter ? reporter : &message_box_;
    today_ = today;
    clear();
}

void RecordEditor::clear() {
    commit_pending();
    subject_.reset();
    tool_ = nullptr;
    record_ = {};
    sections_.clear();
    photo_ = nullptr;
    sections_sizer_->Clear(true);
    title_->set_text(wxString());
    status_->SetLabel(wxString());
    reviewed_->Hide();
    Layout();
}

bool RecordEditor::showing(model::SubjectKind kind, const std::string& id, const std::string& tool) const {
    return subject_ && tool_ && subject_->kind == kind && subject_->id == id && tool_->id == tool;
}

void RecordEditor::show(const model::Subject& subject, const model::ToolTemplate& tool) {
    // Before the sections are loaded again or replaced, what is typed goes to the record it was typed in.
    commit_pending();
    if (subject_ && tool_ && subject_->kind == subject.kind && subject_->id == subject.id && tool_ == &tool) {
        subject_ = subject;
        reload();
        return;
    }
    subject_ = subject;
    tool_ = &tool;
    build();
    reload();
}

void RecordEditor::build() {
    Freeze();
    sections_.clear();
    photo_ = nullptr;
    sections_sizer_->Clear(true);
    title_->set_text(to_wx(tool_->title));
    // A database that cannot be written (opened read-only) is read here, not edited: the sections are greyed.
    const bool read_only = session_ && session_->store().read_only();
    reviewed_->Show(session_ != nullptr && !read_only);
    // The profile is shown as its printed page: its sections side by side under the person's name and photo.
    if (tool_->has_role(model::ToolRole::Profile)) {
        sections_sizer_->Add(build_page(), 1, wxEXPAND);
    } else {
        for (const auto& section : tool_->sections) {
            SectionEditor* editor = make_section(this, *this, section);
            sections_sizer_->Add(editor, section.kind == model::SectionKind::List ? 0 : 1,
                                 wxEXPAND | wxBOTTOM, FromDIP(16));
            sections_.push_back(editor);
        }
    }
    for (SectionEditor* editor : sections_) editor->Enable(!read_only);
    if (photo_) photo_->Enable(!read_only);
    Thaw();
}

wxWindow* RecordEditor::build_page() {
    // White like paper, A4 landscape proportions, the three sections in the columns they print in.
    auto* page =
        new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_SIMPLE | wxTAB_TRAVERSAL);
    page->SetBackgroundColour(*wxWHITE);
    auto* name = new WrappingLabel(page, wxString());
    name->SetFont(name->GetFont().Scaled(1.8f).Bold());
    name->set_text(subject_label(*subject_));
    auto* kind = new wxStaticText(page, wxID_ANY, to_wx(model::tr("One-page profile")));
    kind->SetForegroundColour(wxColour(0x55, 0x5a, 0x62));
    photo_ = new PhotoPanel(page, reporter_);
    photo_->set_subject(session_, *subject_);

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* words = new wxBoxSizer(wxVERTICAL);
    words->Add(name, 0, wxEXPAND);
    words->Add(kind, 0, wxTOP, FromDIP(4));
    top->Add(photo_, 0, wxRIGHT, FromDIP(16));
    top->Add(words, 1, wxALIGN_CENTRE_VERTICAL);

    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    for (const auto& section : tool_->sections) {
        SectionEditor* editor = make_section(page, *this, section);
        editor->SetBackgroundColour(*wxWHITE);
        columns->Add(editor, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
        sections_.push_back(editor);
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxALL, FromDIP(16));
    sizer->Add(new wxStaticLine(page), 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(16));
    sizer->Add(columns, 1, wxEXPAND | wxALL, FromDIP(8));
    // At least A4 landscape proportions, and taller when wrapped items need it (a window's own minimum would
    // be final; the sizer's is only a floor).
    sizer->SetMinSize(FromDIP(wxSize(700, 495)));
    page->SetSizer(sizer);
    return page;
}

void RecordEditor::reload() {
    if (!subject_ || !tool_) return;
    record_ = {};
    if (session_) {
        if (auto stored = session_->store().record(subject_->kind, subject_->id, tool_->id))
            record_ = *stored;
    }
    record_.tool = tool_->id;
    Freeze();
    for (SectionEditor* editor : sections_) editor->load(record_);
    if (photo_) photo_->set_subject(session_, *subject_);
    Thaw();
    show_status(record_);
    Layout();
    FitInside();
}

bool RecordEditor::commit_pending() {
    // Saving tells the views, which may move the focus out of a section and so ask again: one run at a time.
    if (committing_ || applying_ || !subject_ || !tool_) return true;
    committing_ = true;
    failed_ = false;
    for (SectionEditor* editor : sections_) editor->commit_pending();
    committing_ = false;
    return !failed_;
}

bool RecordEditor::has_unsaved() const {
    if (!tool_ || record_.tool != tool_->id) return false;
    model::Record typed = record_;
    {
        model::RecordEdit edit(typed, *tool_);
        for (SectionEditor* editor : sections_) {
            try {
                editor->preview(edit);
            } catch (const pcr::Error&) {
                return true;  // typed, though not as it could be saved
            }
        }
    }
    return !(typed == record_);
}

SectionEditor* RecordEditor::section_editor(const std::string& id) const {
    for (SectionEditor* editor : sections_)
        if (editor->section().id == id) return editor;
    return nullptr;
}

void RecordEditor::mark_reviewed() {
    commit_pending();
    const model::Date day = today_;
    apply([day](model::RecordEdit& edit) { edit.mark_reviewed(day); }, model::tr("mark as reviewed"));
}

bool RecordEditor::apply(const std::function<void(model::RecordEdit&)>& change,
                         const std::string& description) {
    // A save asked for while another is being made comes from what that one set off (the views refreshing
    // move the focus): refused, the section keeps its text for the next commit.
    if (!session_ || !subject_ || !tool_ || reporting_ || applying_) return false;
    const model::ToolTemplate& tool = *tool_;
    const model::Subject subject = *subject_;
    applying_ = true;
    try {
        session_->apply(
            subject.kind, subject.id, tool.id,
            [&](model::Record& record) {
                model::RecordEdit edit(record, tool);
                change(edit);
            },
            description);
    } catch (const model::EditConflict& conflict) {
        applying_ = false;
        settle_later(conflict, description);
        return false;
    } catch (const std::exception& error) {
        applying_ = false;
        failed_ = true;
        reporting_ = true;
        const bool user = dynamic_cast<const pcr::UserError*>(&error) != nullptr;
        reporter_->report(
            user ? to_wx(model::tr("That cannot be saved")) : to_wx(model::tr("Your change was not saved")),
            to_wx(std::string(error.what())) +
                (user
                     ? wxString()
                     : "\n\n" + to_wx(model::tr("What you typed is still in the editor, so you can try again "
                                                "once the problem is put right."))));
        reporting_ = false;
        return false;
    }
    applying_ = false;
    if (!showing(subject.kind, subject.id, tool.id)) return true;
    if (auto stored = session_->store().record(subject.kind, subject.id, tool.id)) record_ = *stored;
    edited();
    return true;
}

void RecordEditor::settle_later(const model::EditConflict& conflict, const std::string& description) {
    failed_ = true;
    // A modal dialog run from inside the text box's focus change met GTK moving the focus among destroyed
    // and hidden windows; after it, the dialog is an ordinary one. A second failure of the same save before
    // then replaces the first.
    if (!conflict_) CallAfter([this] { settle(); });
    conflict_ = PendingConflict{conflict, description, *subject_, tool_->id};
}

void RecordEditor::settle() {
    if (!conflict_) return;
    const PendingConflict pending = std::move(*conflict_);
    conflict_.reset();
    // Leaving the record waited for this, so it is still shown unless the window is closing.
    if (!session_ || !showing(pending.subject.kind, pending.subject.id, pending.tool)) return;
    ConflictDialog::Choice choice = ConflictDialog::Choice::Cancel;
    std::string text;
    {
        reporting_ = true;
        ConflictDialog dialog(this, pending.conflict);
        choice = dialog.choose();
        text = dialog.chosen_text();
        reporting_ = false;
    }
    if (choice == ConflictDialog::Choice::Cancel) return;  // the typing stays, unsaved, to be saved again
    // Keeping theirs saves nothing: their text is stored already, and the user's is dropped by their choice.
    const model::Date day = today_;
    if (choice != ConflictDialog::Choice::Theirs &&
        !apply([&](model::RecordEdit& edit) { edit.resolve(pending.conflict, text, day); },
               pending.description))
        return;
    if (auto stored = session_->store().record(pending.subject.kind, pending.subject.id, pending.tool))
        record_ = *stored;
    if (SectionEditor* editor = section_editor(pending.conflict.details().place.section))
        editor->show_settled(pending.conflict.details().place);
    edited();
}

void RecordEditor::edited() {
    if (!tool_ || record_.tool != tool_->id) return;
    // Judge the record as it would be if everything typed were saved; odd input is judged without it.
    model::Record copy = record_;
    {
        model::RecordEdit edit(copy, *tool_);
        for (SectionEditor* editor : sections_) {
            try {
                editor->preview(edit);
            } catch (const pcr::Error&) {
            }
        }
    }
    show_status(copy);
}

void RecordEditor::show_status(const model::Record& record) {
    if (!tool_) return;
    model::ToolStanding standing;
    standing.tool = tool_;
    standing.record = record;
    standing.status = model::assess(*tool_, record, today_);
    const CurrencyMark mark = currency_mark(standing);
    wxString text = to_wx(model::fill_in(model::tr("{1}% complete"), standing.status.completeness));
    if (standing.status.complete) text = to_wx(model::tr("Complete"));
    text += L"  \u00b7  " + mark.text;
    status_->SetLabel(text);
    status_->SetForegroundColour(mark.colour);
    for (const auto& section : standing.status.sections)
        if (SectionEditor* editor = section_editor(section.section)) editor->show_status(section);
    Layout();
}

}  // namespace pcr::app
