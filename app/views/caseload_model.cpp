// Rows of the caseload list, worded by display_text.
#include "app/views/caseload_model.h"

#include "app/display_text.h"
#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

CaseloadModel::CaseloadModel() : wxDataViewVirtualListModel(0) {}

void CaseloadModel::set_subjects(std::vector<model::Subject> subjects,
                                 const std::map<std::string, model::SubjectSummary>* summaries,
                                 const model::Date& today) {
    subjects_ = std::move(subjects);
    summaries_ = summaries;
    today_ = today;
    Reset(static_cast<unsigned>(subjects_.size()));
}

const model::Subject* CaseloadModel::subject(unsigned row) const {
    return row < subjects_.size() ? &subjects_[row] : nullptr;
}

int CaseloadModel::row_of(const std::string& id) const {
    for (std::size_t i = 0; i < subjects_.size(); ++i)
        if (subjects_[i].id == id) return static_cast<int>(i);
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
            } else if (summaries_) {
                if (auto it = summaries_->find(s->id); it != summaries_->end())
                    text = to_wx(model::fill_in(model::tr("{1} of {2}"), it->second.complete_and_current,
                                                it->second.tools));
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
