// Gathers a one-page profile from the store: subject, photo, and the profile's sections in template order.
#include "model/export/profile_page.h"

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/record_view.h"

namespace pcr::model {

Subject existing_subject(const Store& store, SubjectKind kind, const std::string& id) {
    auto subject = store.subject(kind, id);
    if (!subject)
        // TRANSLATORS: {1} is person, staff or team, as the command line names them.
        throw NotFoundError(fill_in(tr("There is no {1} with id '{2}'. Check the id in the caseload list."),
                                    to_string(kind), id));
    return std::move(*subject);
}

std::string ProfilePage::heading() const {
    return heading_name(subject);
}

std::string ProfilePage::reviewed_words() const {
    return reviewed ? fill_in(tr("Last reviewed {1}"), display_date(*reviewed)) : tr("Not yet reviewed");
}

bool ProfilePage::empty() const {
    for (const auto& s : sections)
        if (!s.items.empty()) return false;
    return true;
}

ProfilePage profile_page(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                         const std::string& id) {
    const ToolTemplate* tool = templates.with_role(ToolRole::Profile);
    if (!tool)
        throw TemplateError(
            tr("No one-page profile template is loaded: give the profile's template roles=\"profile\" in "
               "the templates folder (see docs/templates.md)."));
    ProfilePage page;
    page.subject = existing_subject(store, kind, id);
    page.tool_title = tool->title;
    page.photo = store.photo(kind, id);
    const auto record = store.record(kind, id, tool->id);
    if (record) page.reviewed = record->reviewed;
    // Items, paragraphs and rows as the record view gives them (record_view.h), so they read as in the app.
    const RecordView view = record_view(*tool, record ? *record : Record{});
    for (const auto& sv : view.sections) {
        ProfileSection section{sv.section->id, sv.section->title,
                               sv.section->kind == SectionKind::Text ? sv.paragraphs : sv.items};
        // A table in a provider's own profile template reads as one line per row: its cells joined.
        for (const auto& row : sv.rows) {
            std::string line;
            for (const auto& cell : row.cells) {
                if (cell.words.empty()) continue;
                if (!line.empty()) line += " · ";
                line += cell.words;
            }
            if (!row.date.empty()) line = row.date + (line.empty() ? "" : ": " + line);
            if (!line.empty()) section.items.push_back(std::move(line));
        }
        page.sections.push_back(std::move(section));
    }
    return page;
}

}  // namespace pcr::model
