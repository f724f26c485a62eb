// Gathers a one-page profile from the store: subject, photo, and the profile's sections in template order.
#include "model/export/profile_page.h"

#include "model/core/date_text.h"
#include "model/core/errors.h"

namespace pcr::model {

namespace {

// Paragraphs of a text section, split at blank lines, so they read as items on the page.
std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            if (!current.empty()) current += '\n';
            current += line;
        }
        start = end + 1;
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

}  // namespace

Subject existing_subject(const Store& store, SubjectKind kind, const std::string& id) {
    auto subject = store.subject(kind, id);
    if (!subject)
        throw NotFoundError("There is no " + std::string(to_string(kind)) + " with id '" + id +
                            "'. Check the id in the caseload list.");
    return std::move(*subject);
}

std::string ProfilePage::heading() const {
    return heading_name(subject);
}

std::string ProfilePage::reviewed_words() const {
    return reviewed ? "Last reviewed " + display_date(*reviewed) : std::string("Not yet reviewed");
}

bool ProfilePage::empty() const {
    for (const auto& s : sections)
        if (!s.items.empty()) return false;
    return true;
}

ProfilePage profile_page(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                         const std::string& id) {
    const ToolTemplate* tool = templates.find(kProfileTool);
    if (!tool)
        throw TemplateError("No one-page profile template is loaded: add templates/tools/" +
                            std::string(kProfileTool) + ".xml to the templates folder.");
    ProfilePage page;
    page.subject = existing_subject(store, kind, id);
    page.tool_title = tool->title;
    page.photo = store.photo(kind, id);
    const auto record = store.record(kind, id, kProfileTool);
    if (record) page.reviewed = record->reviewed;
    for (const auto& st : tool->sections) {
        ProfileSection section{st.id, st.title, {}};
        if (const Section* s = record ? record->section(st.id) : nullptr) {
            if (st.kind == SectionKind::Text) {
                section.items = paragraphs(s->text);
            } else if (st.kind == SectionKind::List) {
                for (const auto& e : s->entries)
                    if (!e.text.empty()) section.items.push_back(e.text);
            } else {
                // A table in a provider's own profile template reads as one line per row: its cells joined.
                for (const auto& e : s->entries) {
                    std::string line;
                    for (const auto& c : e.cells) {
                        if (c.text.empty()) continue;
                        if (!line.empty()) line += " · ";
                        const Column* column = st.column(c.column);
                        line +=
                            column && column->type == ColumnType::Date ? display_stored_date(c.text) : c.text;
                    }
                    if (!e.date.empty())
                        line = display_stored_date(e.date) + (line.empty() ? "" : ": " + line);
                    if (!line.empty()) section.items.push_back(std::move(line));
                }
            }
        }
        page.sections.push_back(std::move(section));
    }
    return page;
}

}  // namespace pcr::model
