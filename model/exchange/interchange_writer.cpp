// Writes interchange data as format-1 XML in a fixed order and layout, and saves it without leaving half a
// file.
#include "model/exchange/interchange_writer.h"

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace {

// Character data: markup characters escaped; a carriage return as a reference so it survives line-end
// normalising.
void append_text(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '\r':
                out += "&#13;";
                break;
            default:
                out += c;
        }
    }
}

// Attribute values: as text, plus quotes, and whitespace a parser would turn into spaces.
void append_attribute(std::string& out, std::string_view name, std::string_view value) {
    out += ' ';
    out += name;
    out += "=\"";
    for (char c : value) {
        switch (c) {
            case '"':
                out += "&quot;";
                break;
            case '\n':
                out += "&#10;";
                break;
            case '\t':
                out += "&#9;";
                break;
            default:
                append_text(out, std::string_view(&c, 1));
        }
    }
    out += '"';
}

// Appends the file's parts to `out` in the file's layout.
class Writer {
  public:
    Writer(const TemplateRegistry& templates, std::string& out) : templates_(templates), out_(out) {}

    void begin(const std::string& exported) {
        out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pcrecords";
        append_attribute(out_, "format", std::to_string(kInterchangeFormat));
        append_attribute(out_, "exported", exported);
        out_ += ">\n";
    }

    void end() { out_ += "</pcrecords>\n"; }

    void write(const Interchange& data, const std::string& exported) {
        begin(exported);
        for (const auto& person : data.people) write_subject(person, "person");
        for (const auto& member : data.staff) write_subject(member, "staff");
        if (data.team) write_subject(*data.team, "team");
        for (const auto& team : data.teams) write_subject(team, "team");
        for (const auto& assessment : data.assessments) write_assessment(assessment);
        end();
    }

    void write_subject(const SubjectRecords& subject) {
        write_subject(subject, to_string(subject.subject.kind));
    }

    // Scores, then actions, then plans, each in the assessment's order; what is not set is not written.
    void write_assessment(const WorkbookAssessment& assessment) {
        out_ += "  <assessment";
        append_attribute(out_, "date", assessment.date.iso());
        append_attribute(out_, "workbook", assessment.workbook);
        if (assessment.participation != Participation::Unsaid)
            append_attribute(out_, "participation", std::string(to_string(assessment.participation)));
        if (assessment.scores.empty() && assessment.actions.empty() && assessment.plans.empty()) {
            out_ += "/>\n";
            return;
        }
        out_ += ">\n";
        for (const auto& score : assessment.scores) write_score(score);
        for (const auto& action : assessment.actions) write_action(action);
        for (const auto& plan : assessment.plans) write_plan(plan);
        out_ += "  </assessment>\n";
    }

  private:
    const TemplateRegistry& templates_;
    std::string& out_;

    void indent(int level) { out_.append(static_cast<std::size_t>(level) * 2, ' '); }

    void element(int level, std::string_view name, std::string_view text) {
        indent(level);
        out_ += '<';
        out_ += name;
        out_ += '>';
        append_text(out_, text);
        out_ += "</";
        out_ += name;
        out_ += ">\n";
    }

    void write_subject(const SubjectRecords& subject, std::string_view tag) {
        const Subject& s = subject.subject;
        out_ += "  <";
        out_ += tag;
        if (s.kind != SubjectKind::Team) {
            append_attribute(out_, "id", s.id);
            append_attribute(out_, "status", to_string(s.status));
            if (subject.teams) {
                std::string ids;
                for (const auto& team : *subject.teams) ids += (ids.empty() ? "" : " ") + team;
                append_attribute(out_, "teams", ids);
            }
            if (subject.key_worker) append_attribute(out_, "key-worker", *subject.key_worker);
        } else {
            // The default team is written as before there were several: without an id.
            if (s.id != kTeamId) append_attribute(out_, "id", s.id);
            if (!s.name.empty()) append_attribute(out_, "name", s.name);
        }
        out_ += ">\n";
        if (s.kind != SubjectKind::Team) {
            element(2, "name", s.name);
            if (!s.preferred_name.empty()) element(2, "preferred-name", s.preferred_name);
            if (s.born) element(2, "born", s.born->iso());
        }
        // Template order first; records of tools the templates no longer have follow, so nothing is lost.
        for (const auto& tool : templates_.tools())
            for (const auto& record : subject.records)
                if (record.tool == tool.id) write_record(record, &tool);
        for (const auto& record : subject.records)
            if (!templates_.find(record.tool)) write_record(record, nullptr);
        out_ += "  </";
        out_ += tag;
        out_ += ">\n";
    }

    static bool section_empty(const Section& section, const SectionTemplate* shape) {
        if (shape && shape->kind == SectionKind::Text) return section.text.empty();
        if (shape) return section.entries.empty();
        return section.entries.empty() && section.text.empty();
    }

  public:
    // Every earlier version of the subject's details and records, then every change in words, oldest first.
    void write_history(const SubjectHistory& history) {
        out_ += "  <history";
        append_attribute(out_, "kind", to_string(history.kind));
        append_attribute(out_, "id", history.id);
        out_ += ">\n";
        for (std::size_t i = 0; i < history.details.size(); ++i) {
            const Subject& s = history.details[i];
            const int version = static_cast<int>(i) + 1;
            out_ += "    <details";
            append_attribute(out_, "version", std::to_string(version));
            if (const HistoryLine* change = history.change_of({}, version)) {
                append_attribute(out_, "changed", change->when);
                append_attribute(out_, "by", change->who);
            }
            append_attribute(out_, "status", to_string(s.status));
            out_ += ">\n";
            element(3, "name", s.name);
            if (!s.preferred_name.empty()) element(3, "preferred-name", s.preferred_name);
            if (s.born) element(3, "born", s.born->iso());
            out_ += "    </details>\n";
        }
        for (const auto& record : history.records) {
            std::vector<std::pair<std::string, std::string>> stamp{
                {"version", std::to_string(record.version)}};
            if (const HistoryLine* change = history.change_of(record.tool, record.version)) {
                stamp.emplace_back("changed", change->when);
                stamp.emplace_back("by", change->who);
            }
            write_record(record, templates_.find(record.tool), stamp);
        }
        for (const auto& change : history.changes) {
            out_ += "    <change";
            append_attribute(out_, "when", change.when);
            append_attribute(out_, "by", change.who);
            if (!change.tool.empty()) append_attribute(out_, "tool", change.tool);
            if (change.version != 0) append_attribute(out_, "version", std::to_string(change.version));
            out_ += '>';
            append_text(out_, change.words);
            out_ += "</change>\n";
        }
        out_ += "  </history>\n";
    }

  private:
    void write_record(const Record& record, const ToolTemplate* tool,
                      const std::vector<std::pair<std::string, std::string>>& stamp = {}) {
        std::vector<std::pair<const Section*, const SectionTemplate*>> sections;
        if (tool)
            for (const auto& shape : tool->sections)
                if (const auto* section = record.section(shape.id);
                    section && !section_empty(*section, &shape))
                    sections.emplace_back(section, &shape);
        for (const auto& section : record.sections)
            if ((!tool || !tool->section(section.id)) && !section_empty(section, nullptr))
                sections.emplace_back(&section, nullptr);

        indent(2);
        out_ += "<record";
        append_attribute(out_, "tool", record.tool);
        if (record.reviewed) append_attribute(out_, "reviewed", record.reviewed->iso());
        for (const auto& [name, value] : stamp) append_attribute(out_, name, value);
        if (sections.empty()) {
            out_ += "/>\n";
            return;
        }
        out_ += ">\n";
        for (const auto& [section, shape] : sections) write_section(*section, shape);
        indent(2);
        out_ += "</record>\n";
    }

    void write_section(const Section& section, const SectionTemplate* shape) {
        indent(3);
        out_ += "<section";
        append_attribute(out_, "id", section.id);
        out_ += '>';
        const bool text = shape ? shape->kind == SectionKind::Text : section.entries.empty();
        if (text) {
            out_ += "<text>";
            append_text(out_, section.text);
            out_ += "</text></section>\n";
            return;
        }
        out_ += '\n';
        for (const auto& entry : section.entries) {
            const bool rows = shape ? shape->has_rows() : !entry.cells.empty() || !entry.date.empty();
            if (rows) {
                const bool dated = shape ? shape->kind == SectionKind::Dated : !entry.date.empty();
                write_row(entry, shape, dated);
            } else if (entry.origin.empty()) {
                element(4, "item", entry.text);
            } else {
                indent(4);
                out_ += "<item";
                append_attribute(out_, "from", entry.origin);
                out_ += '>';
                append_text(out_, entry.text);
                out_ += "</item>\n";
            }
        }
        indent(3);
        out_ += "</section>\n";
    }

    // Dated rows put each cell on its own line; table rows stay on one line.
    void write_row(const Entry& entry, const SectionTemplate* shape, bool dated) {
        std::vector<const Cell*> cells;
        if (shape)
            for (const auto& column : shape->columns)
                if (const auto* cell = entry.cell(column.id)) cells.push_back(cell);
        for (const auto& cell : entry.cells)
            if (!shape || !shape->column(cell.column)) cells.push_back(&cell);
        std::erase_if(cells, [](const Cell* c) { return c->text.empty() && c->attendees.empty(); });

        indent(4);
        out_ += "<row";
        if (dated) append_attribute(out_, "date", entry.date);
        if (!entry.origin.empty()) append_attribute(out_, "from", entry.origin);
        out_ += '>';
        const bool multiline = dated && !cells.empty();
        for (const auto* cell : cells) {
            if (multiline) {
                out_ += '\n';
                indent(5);
            }
            out_ += "<cell";
            append_attribute(out_, "column", cell->column);
            out_ += '>';
            if (!cell->attendees.empty()) {
                for (const auto& attendee : cell->attendees) {
                    if (multiline) {
                        out_ += '\n';
                        indent(6);
                    }
                    out_ += "<attendee";
                    append_attribute(out_, "role", attendee.role);
                    out_ += '>';
                    append_text(out_, attendee.name);
                    out_ += "</attendee>";
                }
                if (multiline) {
                    out_ += '\n';
                    indent(5);
                }
            } else {
                append_text(out_, cell->text);
            }
            out_ += "</cell>";
        }
        if (multiline) {
            out_ += '\n';
            indent(4);
        }
        out_ += "</row>\n";
    }

    void write_score(const TopicScore& score) {
        indent(2);
        out_ += "<score";
        append_attribute(out_, "topic", score.topic);
        if (score.level) append_attribute(out_, "level", std::to_string(*score.level));
        if (score.note.empty() && !score.evidence) {
            out_ += "/>\n";
            return;
        }
        out_ += ">";
        if (const auto& e = score.evidence) {
            out_ += "<evidence";
            append_attribute(out_, "measure", e->measure);
            append_attribute(out_, "count", std::to_string(e->count));
            append_attribute(out_, "total", std::to_string(e->total));
            append_attribute(out_, "coverage", std::to_string(e->coverage));
            if (e->suggested) append_attribute(out_, "suggested", std::to_string(*e->suggested));
            out_ += "/>";
        }
        if (!score.note.empty()) {
            out_ += "<note>";
            append_text(out_, score.note);
            out_ += "</note>";
        }
        out_ += "</score>\n";
    }

    void write_action(const TopicAction& action) {
        indent(2);
        out_ += "<action";
        append_attribute(out_, "topic", action.topic);
        if (action.target_level) append_attribute(out_, "target", std::to_string(*action.target_level));
        if (!action.who.empty()) append_attribute(out_, "who", action.who);
        if (action.by_when) append_attribute(out_, "by-when", action.by_when->iso());
        if (action.done) append_attribute(out_, "done", action.done->iso());
        out_ += ">";
        append_text(out_, action.action);
        out_ += "</action>\n";
    }

    void write_plan(const DetailedPlan& plan) {
        indent(2);
        out_ += "<plan";
        append_attribute(out_, "topic", plan.topic);
        if (plan.priority != PlanPriority::Unranked)
            append_attribute(out_, "priority", std::string(to_string(plan.priority)));
        if (!plan.who.empty()) append_attribute(out_, "who", plan.who);
        if (plan.by_when) append_attribute(out_, "by-when", plan.by_when->iso());
        std::vector<std::pair<std::string_view, const std::string*>> fields;
        for (const auto& field : kPlanTextFields) fields.emplace_back(field.element, &(plan.*field.text));
        bool any = false;
        for (const auto& [name, text] : fields) {
            if (text->empty()) continue;
            if (!any) out_ += ">\n";
            any = true;
            element(3, name, *text);
        }
        if (!any) {
            out_ += "/>\n";
            return;
        }
        indent(2);
        out_ += "</plan>\n";
    }
};

}  // namespace

std::string write_interchange_text(const Interchange& data, const TemplateRegistry& templates,
                                   const std::string& exported) {
    std::string out;
    Writer(templates, out).write(data, exported);
    return out;
}

std::string write_subject_access_text(const Interchange& data, const SubjectHistory& history,
                                      const TemplateRegistry& templates, const std::string& exported) {
    std::string out;
    Writer writer(templates, out);
    writer.begin(exported);
    for (const auto& person : data.people) writer.write_subject(person);
    for (const auto& member : data.staff) writer.write_subject(member);
    writer.write_history(history);
    writer.end();
    return out;
}

namespace {

// Written to the file whenever this much has gathered: large enough that writes are few, small enough that
// memory does not notice.
constexpr std::size_t kFlushBytes = 1 << 20;

}  // namespace

InterchangeFileWriter::InterchangeFileWriter(const TemplateRegistry& templates, std::filesystem::path file,
                                             const std::string& exported)
    : templates_(templates), out_(std::move(file)) {
    Writer(templates_, buffer_).begin(exported);
}

InterchangeFileWriter::~InterchangeFileWriter() = default;

void InterchangeFileWriter::subject(const SubjectRecords& subject) {
    Writer(templates_, buffer_).write_subject(subject);
    written_.emplace_back(subject.subject.kind, subject.subject.id);
    if (buffer_.size() >= kFlushBytes) flush();
}

void InterchangeFileWriter::assessment(const WorkbookAssessment& assessment) {
    Writer(templates_, buffer_).write_assessment(assessment);
    if (buffer_.size() >= kFlushBytes) flush();
}

void InterchangeFileWriter::flush() {
    out_.write(buffer_);
    buffer_.clear();
}

void InterchangeFileWriter::finish() {
    Writer(templates_, buffer_).end();
    flush();
    out_.commit();
}

void write_interchange(const Interchange& data, const TemplateRegistry& templates,
                       const std::filesystem::path& file, const std::string& exported) {
    InterchangeFileWriter writer(templates, file, exported);
    // The list an entry is in says its kind, as in write_interchange_text.
    const auto write = [&](const SubjectRecords& item, SubjectKind kind) {
        if (item.subject.kind == kind) return writer.subject(item);
        SubjectRecords copy = item;
        copy.subject.kind = kind;
        writer.subject(copy);
    };
    for (const auto& person : data.people) write(person, SubjectKind::Person);
    for (const auto& member : data.staff) write(member, SubjectKind::Staff);
    if (data.team) write(*data.team, SubjectKind::Team);
    for (const auto& team : data.teams) write(team, SubjectKind::Team);
    for (const auto& assessment : data.assessments) writer.assessment(assessment);
    writer.finish();
}

}  // namespace pcr::model
