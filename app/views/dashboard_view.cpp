// The dashboard page: sections of lines that link to the records they name, and coverage bars per tool.
#include "app/views/dashboard_view.h"

#include <wx/sizer.h>

#include <exception>
#include <string>
#include <utility>

#include "app/display_text.h"
#include "app/html_escape.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

enum Section {
    kNoProfile,
    kRecordsDue,
    kReviewsDue,
    kOverdueActions,
    kOverdueOutcomes,
    kAwaitingSignOff,
    kWithoutPerson,
    kSectionCount
};

const char* const kLinkPrefix = "line:";
const char* const kMorePrefix = "more:";
const char* const kRed = "#b3261e";
const char* const kMuted = "#555a62";

std::string esc(const std::string& text) {
    return escape_html(text);
}

std::string scope_words(model::SubjectKind kind) {
    switch (kind) {
        case model::SubjectKind::Person:
            return model::tr("people");
        case model::SubjectKind::Staff:
            return model::tr("staff");
        case model::SubjectKind::Team:
            return model::tr("the team");
    }
    return {};
}

// A bar as a one-row table: the filled part green (amber under 75%, red under half), the rest pale grey.
// wxHtml paints a cell's background only when the cell holds something, hence the small spaces.
std::string bar_html(int percent) {
    const char* fill = percent >= 75 ? "#3c9a5f" : percent >= 50 ? "#d9a13b" : "#d0694f";
    std::string html = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>";
    if (percent > 0)
        html += "<td width=\"" + std::to_string(percent) + "%\" bgcolor=\"" + fill +
                "\"><font size=\"1\">&nbsp;</font></td>";
    if (percent < 100)
        html += "<td width=\"" + std::to_string(100 - percent) +
                "%\" bgcolor=\"#e4e6ea\"><font size=\"1\">&nbsp;</font></td>";
    return html + "</tr></table>";
}

}  // namespace

DashboardView::DashboardView(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    page_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    page_->SetBorders(FromDIP(12));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(page_, 1, wxEXPAND);
    SetSizer(sizer);
    page_->Bind(wxEVT_HTML_LINK_CLICKED, &DashboardView::on_link, this);
}

wxString DashboardView::link_for(int section, std::size_t index) {
    return wxString::Format("%s%d:%zu", kLinkPrefix, section, index);
}

DashboardView::~DashboardView() {
    if (worker_.joinable()) worker_.join();
}

void DashboardView::refresh(const model::Store* store, const model::TemplateRegistry* templates,
                            const model::Date& day) {
    ++generation_;
    templates_ = templates;
    day_ = day;
    dashboard_ = model::Dashboard{};
    dashboard_.day = day;
    problem_.reset();
    shown_.clear();
    wanted_ = pending_ = false;
    if (store && templates) {
        if (reader_) {
            // Judgements made stale by a template change are made again here, where writing is allowed: the
            // thread's connection only reads them.
            store->judge_by(*templates);
            wanted_ = pending_ = true;
            if (!worker_.joinable()) start_counting();
        } else {
            wxBusyCursor busy;
            dashboard_ = model::Dashboard::build(*store, *templates, day, due_within_days_, caseload_);
        }
    }
    page_->SetPage(page_html());
}

void DashboardView::stop_counting() {
    ++generation_;
    wanted_ = pending_ = false;
    if (worker_.joinable()) worker_.join();
}

void DashboardView::start_counting() {
    wanted_ = false;
    templates_copy_ = *templates_;
    const unsigned generation = generation_;
    const unsigned started = ++started_;
    worker_ = std::thread([this, generation, started, reader = reader_, day = day_, within = due_within_days_,
                           caseload = caseload_] {
        std::shared_ptr<model::Dashboard> board;
        std::string problem;
        try {
            const std::unique_ptr<model::Store> store = reader();
            board = std::make_shared<model::Dashboard>(
                model::Dashboard::build(*store, templates_copy_, day, within, caseload));
        } catch (const std::exception& e) {
            problem = e.what();
        }
        // Queued for the window's thread, which alone touches the page.
        CallAfter([this, generation, started, board, problem] {
            // stop_counting joined this thread already; the one running now (if any) is another.
            if (started != started_ || !worker_.joinable()) return;
            counted(generation, board, problem);
        });
    });
}

void DashboardView::counted(unsigned generation, std::shared_ptr<model::Dashboard> board,
                            const std::string& problem) {
    worker_.join();
    if (generation == generation_) {
        pending_ = false;
        if (board)
            dashboard_ = std::move(*board);
        else
            problem_ = problem;
        page_->SetPage(page_html());
    }
    if (wanted_) start_counting();
}

const std::vector<model::DashboardLine>* DashboardView::section(int number) const {
    switch (number) {
        case kNoProfile:
            return &dashboard_.no_profile;
        case kRecordsDue:
            return &dashboard_.records_due;
        case kReviewsDue:
            return &dashboard_.reviews_due;
        case kOverdueActions:
            return &dashboard_.overdue_actions;
        case kOverdueOutcomes:
            return &dashboard_.overdue_outcomes;
        case kAwaitingSignOff:
            return &dashboard_.awaiting_sign_off;
        case kWithoutPerson:
            return &dashboard_.without_person;
        default:
            return nullptr;
    }
}

wxString DashboardView::page_html() const {
    std::string html = "<html><body><font size=\"+2\"><b>" + esc(model::tr("Dashboard")) +
                       "</b></font><br><font color=\"" + std::string(kMuted) + "\">" +
                       esc(from_wx(date_text(dashboard_.day))) + " &middot; " +
                       esc(model::tr("choose a line to open its record")) + "</font>";
    if (!templates_) return to_wx(html + "</body></html>");
    if (pending_ || problem_) {
        const std::string words =
            problem_ ? model::fill_in(model::tr("The dashboard could not be made: {1}"), *problem_)
                     : model::tr("Counting what needs doing across the caseload\u2026");
        return to_wx(html + "<br><br><font color=\"" + std::string(kMuted) + "\">" + esc(words) +
                     "</font></body></html>");
    }

    struct Heading {
        std::string title;
        model::DashboardSection section;
    };
    const int window = dashboard_.due_within_days;
    const std::string records_due =
        window == 0   ? model::tr("Records out of date or due today")
        : window == 1 ? model::tr("Records out of date or due within a day")
                      : model::fill_in(model::tr_n("Records out of date or due within {1} day",
                                                   "Records out of date or due within {1} days",
                                                   static_cast<unsigned long>(window)),
                                       window);
    const Heading headings[kSectionCount] = {
        {model::tr("No one-page profile"), model::DashboardSection::NoProfile},
        {records_due, model::DashboardSection::RecordsDue},
        {model::tr("Reviews due"), model::DashboardSection::ReviewsDue},
        {model::tr("Overdue actions"), model::DashboardSection::OverdueActions},
        {model::tr("Overdue outcomes"), model::DashboardSection::OverdueOutcomes},
        {model::tr("Reviews awaiting sign-off"), model::DashboardSection::AwaitingSignOff},
        {model::tr("Reviews held without the person"), model::DashboardSection::WithoutPerson},
    };
    // Counts first, so the whole picture fits on the first screen; then the most urgent sections.
    html += "<br><br>";
    const char* counts[kSectionCount] = {model::tr_noop("without a one-page profile"),
                                         model::tr_noop("records due"),
                                         model::tr_noop("reviews due"),
                                         model::tr_noop("overdue actions"),
                                         model::tr_noop("overdue outcomes"),
                                         model::tr_noop("awaiting sign-off"),
                                         model::tr_noop("reviews without the person")};
    for (int s = 0; s < kSectionCount; ++s) {
        const std::size_t n = section(s)->size();
        const bool red = n > 0 && (s == kOverdueActions || s == kOverdueOutcomes);
        if (s > 0) html += " &nbsp;&middot;&nbsp; ";
        html += std::string(red ? "<font color=\"" + std::string(kRed) + "\">" : "<font>") + "<b>" +
                std::to_string(n) + "</b> " + esc(model::tr(counts[s])) + "</font>";
    }
    const int order[kSectionCount] = {kOverdueActions, kReviewsDue, kAwaitingSignOff, kWithoutPerson,
                                      kNoProfile,      kRecordsDue, kOverdueOutcomes};
    for (int s : order) {
        const auto& lines = *section(s);
        html += "<br><br><font size=\"+1\"><b>" + esc(headings[s].title) + "</b></font>";
        if (!lines.empty())
            html +=
                " <font color=\"" + std::string(kMuted) + "\">(" + std::to_string(lines.size()) + ")</font>";
        html += "<br>";
        if (lines.empty()) {
            html += "<font color=\"" + std::string(kMuted) + "\">" +
                    esc(dashboard_.nothing_words(headings[s].section)) + "</font>";
            continue;
        }
        html += "<table cellspacing=\"0\" cellpadding=\"2\">";
        const auto more = shown_.find(s);
        const std::size_t shown = std::min(
            lines.size(), more != shown_.end() ? more->second : static_cast<std::size_t>(lines_per_section_));
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& line = lines[i];
            const bool red = line.overdue || s == kOverdueActions || s == kOverdueOutcomes;
            std::string text = esc(line.text);
            if (red) text = "<font color=\"" + std::string(kRed) + "\">" + text + "</font>";
            html += "<tr><td nowrap><a href=\"" + from_wx(link_for(s, i)) + "\">" + esc(line.name) +
                    "</a>&nbsp;&nbsp;</td><td>" + text + "</td></tr>";
        }
        html += "</table>";
        if (shown < lines.size())
            html +=
                "<a href=\"" + std::string(kMorePrefix) + std::to_string(s) + "\">" +
                esc(model::fill_in(model::tr("Show {1} more"), std::min(kMoreLines, lines.size() - shown))) +
                "</a>";
    }

    html += "<br><br><font size=\"+1\"><b>" + esc(model::tr("Coverage per tool")) +
            "</b></font><br><font color=\"" + std::string(kMuted) + "\">" +
            esc(model::tr("Records complete and current, of everyone the tool is for")) +
            "</font><br><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">";
    for (const auto& row : dashboard_.coverage) {
        const model::ToolTemplate* tool = templates_->find(row.tool);
        const std::string title = tool ? tool->title : row.tool;
        const std::string figures =
            row.scope == model::SubjectKind::Team
                ? (row.complete_and_current ? model::tr("complete and current") : model::tr("not yet"))
                : model::fill_in(model::tr("{1} of {2}, {3}%"), row.complete_and_current, row.total,
                                 row.coverage);
        html += "<tr><td nowrap width=\"34%\">" + esc(title) + " <font color=\"" + kMuted + "\">(" +
                scope_words(row.scope) + ")</font></td><td width=\"46%\">" + bar_html(row.coverage) +
                "</td><td nowrap>&nbsp;" + figures + "</td></tr>";
    }
    html += "</table></body></html>";
    return to_wx(html);
}

void DashboardView::on_link(wxHtmlLinkEvent& event) {
    const wxString href = event.GetLinkInfo().GetHref();
    wxString rest;
    long more = -1;
    if (href.StartsWith(kMorePrefix, &rest) && rest.ToLong(&more)) {
        const int number = static_cast<int>(more);
        const auto shown = shown_.find(number);
        shown_[number] =
            (shown != shown_.end() ? shown->second : static_cast<std::size_t>(lines_per_section_)) +
            kMoreLines;
        const int scroll = page_->GetScrollPos(wxVERTICAL);
        page_->SetPage(page_html());
        page_->Scroll(0, scroll);
        return;
    }
    if (!href.StartsWith(kLinkPrefix, &rest)) return;
    long number = -1;
    unsigned long index = 0;
    const wxString section_text = rest.BeforeFirst(':');
    const wxString index_text = rest.AfterFirst(':');
    if (!section_text.ToLong(&number) || !index_text.ToULong(&index)) return;
    const auto* lines = section(static_cast<int>(number));
    if (!lines || index >= lines->size() || !handler_) return;
    handler_((*lines)[index]);
}

}  // namespace pcr::app
