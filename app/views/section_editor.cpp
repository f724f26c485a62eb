// The common frame of every section editor: title, hint, status and a body for the kind's own controls.
#include "app/views/section_editor.h"

#include <wx/scrolwin.h>

#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

const wxColour kHintText(0x55, 0x5a, 0x62);
const wxColour kMet(0x1e, 0x84, 0x49);
const wxColour kNotMet(0xb0, 0x5a, 0x00);

// "2 of 3 items" (the word agrees with the minimum), or "4 items (needs 3)" when a met section has more.
wxString count_words(const model::SectionTemplate& section, int qualifying, int min, bool more) {
    const bool list = section.kind == model::SectionKind::List;
    if (more) {
        const auto n = static_cast<unsigned long>(qualifying);
        return to_wx(model::fill_in(list ? model::tr_n("{1} item (needs {2})", "{1} items (needs {2})", n)
                                         : model::tr_n("{1} row (needs {2})", "{1} rows (needs {2})", n),
                                    qualifying, min));
    }
    const auto n = static_cast<unsigned long>(min);
    return to_wx(model::fill_in(list ? model::tr_n("{1} of {2} item", "{1} of {2} items", n)
                                     : model::tr_n("{1} of {2} row", "{1} of {2} rows", n),
                                qualifying, min));
}

}  // namespace

SectionEditor::SectionEditor(wxWindow* parent, SectionHost& host, const model::SectionTemplate& section)
    : wxPanel(parent, wxID_ANY), host_(host), section_(section) {
    auto* title = new wxStaticText(this, wxID_ANY, to_wx(section.title.empty() ? section.id : section.title));
    title->SetFont(title->GetFont().Scaled(1.15f).Bold());
    status_ = new wxStaticText(this, wxID_ANY, wxString());
    const wxString title_words = title->GetLabel();
    title->SetMinSize(wxSize(FromDIP(120), -1));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(title, 0, wxEXPAND);
    sizer->Add(status_, 0, wxEXPAND | wxTOP, FromDIP(2));
    if (!section.hint.empty()) {
        const wxString words = to_wx(section.hint);
        auto* hint = new wxStaticText(this, wxID_ANY, words);
        hint->SetForegroundColour(kHintText);
        // Narrow columns (the one-page profile's) wrap the question instead of being widened by it.
        hint->SetMinSize(wxSize(FromDIP(120), -1));
        sizer->Add(hint, 0, wxEXPAND | wxTOP, FromDIP(2));
        Bind(wxEVT_SIZE, [this, hint, words, title, title_words](wxSizeEvent& event) {
            event.Skip();
            const int width = event.GetSize().x;
            if (width <= 0 || width == hint->GetClientSize().x) return;
            hint->SetLabel(words);
            hint->Wrap(width);
            hint->SetMinSize(wxSize(FromDIP(120), hint->GetBestSize().y));
            title->SetLabel(title_words);
            title->Wrap(width);
            title->SetMinSize(wxSize(FromDIP(120), title->GetBestSize().y));
            CallAfter([this] { Layout(); });
        });
    }
    body_ = new wxBoxSizer(wxVERTICAL);
    sizer->Add(body_, 1, wxEXPAND | wxTOP, FromDIP(6));
    SetSizer(sizer);
}

void SectionEditor::show_status(const model::SectionStatus& status) {
    wxString text;
    if (section_.kind == model::SectionKind::Text) {
        text = to_wx(status.met ? model::tr("Written") : model::tr("Not written yet"));
    } else {
        text = count_words(section_, status.qualifying, status.min,
                           status.met && status.qualifying > status.min);
    }
    if (!status.counts)
        text += " \u00b7 " + to_wx(model::tr("optional"));
    else if (status.met)
        text = L"\u2714 " + text;
    else if (!status.missing.empty())
        text += ": " + to_wx(status.missing);
    status_->SetLabel(text);
    status_->SetForegroundColour(status.met || !status.counts ? kMet : kNotMet);
    Layout();
}

void SectionEditor::lay_out_editor() {
    InvalidateBestSize();
    Layout();
    // Each window around the section asks its sizer again how big it must be (a best size is remembered).
    for (wxWindow* window = GetParent(); window; window = window->GetParent()) {
        window->InvalidateBestSize();
        window->Layout();
        if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(window)) {
            scrolled->FitInside();
            return;
        }
        if (window->IsTopLevel()) return;
    }
}

void SectionEditor::show_settled(const model::TextPlace& /*place*/) {
    later([this] { load(host().record()); });
}

void SectionEditor::later(std::function<void()> action) {
    CallAfter([action = std::move(action)] { action(); });
}

}  // namespace pcr::app
