// Rows of the caseload list, worded by display_text as they are painted.
#include "app/views/caseload_model.h"

#include "app/display_text.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

CaseloadModel::CaseloadModel() : wxDataViewVirtualListModel(0) {}

void CaseloadModel::set_caseload(model::CaseloadIndex caseload, model::CaseloadSummary* summaries,
                                 const model::Date& today, const std::string& search) {
    caseload_ = std::move(caseload);
    summaries_ = summaries;
    today_ = today;
    show_found(search);
}

void CaseloadModel::show_found(const std::string& search) {
    shown_ = caseload_.find(search);
    // A virtual list reads only the rows it paints, so resetting it costs the same for 10,000 as for 40.
    Reset(static_cast<unsigned>(shown_.size()));
}

std::vector<model::Subject> CaseloadModel::subjects() const {
    std::vector<model::Subject> subjects;
    subjects.reserve(shown_.size());
    for (const std::size_t i : shown_) subjects.push_back(caseload_.subjects()[i]);
    return subjects;
}

const model::Subject* CaseloadModel::subject(unsigned row) const {
    return row < shown_.size() ? &caseload_.subjects()[shown_[row]] : nullptr;
}

int CaseloadModel::row_of(const std::string& id) const {
    for (std::size_t row = 0; row < shown_.size(); ++row)
        if (caseload_.subjects()[shown_[row]].id == id) return static_cast<int>(row);
    return -1;
}

void CaseloadModel::GetValueByRow(wxVariant& variant, unsigned int row, unsigned int column) const {
    const model::Subject* s = subject(row);
    if (!s) return;
    switch (column) {
        case kName:
            variant = subject_label(*s);
            break;
        case kId:
            variant = to_wx(s->id);
            break;
        case kAge:
            variant = age_text(*s, today_);
            break;
        case kRecords: {
            wxString text;
            if (s->status == model::Status::Archived) {
                text = to_wx(model::tr("Archived"));
            } else if (summaries_ && summaries_->tools() > 0) {
                if (!summaries_->has(s->id)) {
                    // Around the row, so scrolling either way finds the next rows read.
                    std::vector<std::string> page;
                    const unsigned first = row > kSummaryPage / 2 ? row - kSummaryPage / 2 : 0;
                    for (unsigned next = first; next < shown_.size() && page.size() < kSummaryPage; ++next)
                        page.push_back(caseload_.subjects()[shown_[next]].id);
                    summaries_->read(page);
                }
                const model::SubjectSummary summary = summaries_->of(s->id);
                text = to_wx(
                    model::fill_in(model::tr("{1} of {2}"), summary.complete_and_current, summary.tools));
            }
            variant = text;
            break;
        }
    }
}

bool CaseloadModel::GetAttrByRow(unsigned int row, unsigned int, wxDataViewItemAttr& attr) const {
    const model::Subject* s = subject(row);
    if (!s || s->status != model::Status::Archived) return false;
    attr.SetColour(wxColour(0x80, 0x80, 0x80));
    attr.SetItalic(true);
    return true;
}

}  // namespace pcr::app
