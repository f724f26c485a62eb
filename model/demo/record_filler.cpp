// Demo records from templates: which sections to fill and how far, and the rows, items and dates that fill
// them.
#include "model/demo/record_filler.h"

#include <algorithm>

#include "model/demo/life_story.h"
#include "model/demo/phrase_writer.h"

namespace pcr::model {

namespace {

enum class Fill { Full, Short, Optional };

int effective_min(const SectionTemplate& s) {
    return s.kind == SectionKind::Text ? 1 : s.min;
}

bool has_required(const SectionTemplate& s) {
    return std::any_of(s.columns.begin(), s.columns.end(), [](const Column& c) { return c.required; });
}

bool has_value(const Column& c, const std::string& value) {
    return std::any_of(c.choices.begin(), c.choices.end(),
                       [&](const Choice& ch) { return ch.value == value; });
}

// Writes the rows of one table or dated section, choosing coherent cells column by column.
class RowWriter {
  public:
    RowWriter(const ToolTemplate& tool, const SectionTemplate& section, const PhraseBank& bank,
              PhraseWriter& w, const Date& today)
        : section_(section),
          bank_(bank),
          w_(w),
          today_(today),
          kind_(w.persona().subject.kind),
          key_(tool.id + "/" + section.id),
          row_bank_(bank.rows(kind_, key_)) {
        column_lists_.reserve(section.columns.size());
        for (const Column& c : section.columns) column_lists_.push_back(bank.list(kind_, key_ + "/" + c.id));
        if (row_bank_) {
            unused_.resize(row_bank_->rows.size());
            for (std::size_t i = 0; i < unused_.size(); ++i) unused_[i] = static_cast<int>(i);
            w.rng().shuffle(unused_);
        }
        values_.resize(section.columns.size());
        used_.resize(section.columns.size());
        attendees_.resize(section.columns.size());
    }

    int bank_rows() const { return row_bank_ ? static_cast<int>(row_bank_->rows.size()) : 0; }
    bool circle_rows() const {
        // By its role: the circle's tool has other tables with a name column (its advocates).
        return section_.role == SectionRole::CirclePeople;
    }

    // One row; `index` counts rows of the section (conditions apply to the first ones); `relative` fills a
    // relationship-circle row; `reviewed` anchors by-when dates. A draft row leaves one required column
    // empty.
    Entry row(int index, const Relative* relative, const Date& reviewed, bool draft) {
        w_.new_row();
        if (relative) w_.use_relative(*relative);
        for (auto& v : values_) v.clear();
        for (auto& a : attendees_) a.clear();
        const auto& cols = section_.columns;

        choose_bank_row();
        for (std::size_t i = 0; i < cols.size(); ++i)
            if (cols[i].type == ColumnType::Choice && cols[i].id != "status")
                values_[i] = choice(cols[i], index, relative);
        int by_when = -1;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            if (cols[i].type != ColumnType::Date || cols[i].id == "done") continue;
            const bool target = cols[i].id.find("when") != std::string::npos;
            const Date d = target ? reviewed.plus_days(w_.rng().between(21, 200))
                                  : reviewed.plus_days(-w_.rng().between(0, 60));
            values_[i] = d.iso();
            if (target && by_when < 0) by_when = static_cast<int>(i);
        }
        const std::optional<Date> due =
            by_when >= 0 ? Date::parse(values_[static_cast<std::size_t>(by_when)]) : std::nullopt;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            if (cols[i].id == "done" && cols[i].type == ColumnType::Date)
                values_[i] = done_date(due, reviewed);
            else if (cols[i].id == "status" && cols[i].type == ColumnType::Choice)
                values_[i] = status(cols[i], due);
        }
        for (std::size_t i = 0; i < cols.size(); ++i)
            if (cols[i].type == ColumnType::Attendees) attendees_[i] = attendees(cols[i]);
        for (std::size_t i = 0; i < cols.size(); ++i)
            if (cols[i].type == ColumnType::Text) values_[i] = text(i, relative);

        Entry e;
        e.cells.reserve(cols.size());
        int skip = -1;
        if (draft) {
            std::vector<int> required;
            for (std::size_t i = 0; i < cols.size(); ++i)
                if (cols[i].required) required.push_back(static_cast<int>(i));
            if (!required.empty()) skip = w_.rng().pick(required);
        }
        for (std::size_t i = 0; i < cols.size(); ++i) {
            if (static_cast<int>(i) == skip) continue;
            if (values_[i].empty() && attendees_[i].empty()) continue;
            Cell c;
            c.column = cols[i].id;
            c.text = std::move(values_[i]);
            c.attendees = std::move(attendees_[i]);
            e.cells.push_back(std::move(c));
        }
        return e;
    }

  private:
    // Picks an unused bank row whose every cell can be worded for this persona, and words it.
    void choose_bank_row() {
        bank_cells_.clear();
        if (!row_bank_) return;
        while (!unused_.empty()) {
            const int r = unused_.back();
            unused_.pop_back();
            const auto& cells = row_bank_->rows[static_cast<std::size_t>(r)];
            bank_cells_.assign(row_bank_->columns.size(), std::string());
            bool ok = true;
            for (std::size_t c = 0; c < cells.size() && c < bank_cells_.size() && ok; ++c)
                if (!cells[c].empty()) ok = w_.expand(cells[c], bank_cells_[c]);
            if (ok) {
                for (auto& s : bank_cells_)
                    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
                return;
            }
        }
        bank_cells_.clear();
    }

    std::string choice(const Column& c, int index, const Relative* relative) {
        if (relative && c.id == "circle" && has_value(c, std::to_string(relative->circle)))
            return std::to_string(relative->circle);
        if (relative && c.id == "group" && has_value(c, relative->group)) return relative->group;
        // The first rows meet the conditions on this column one after another (outcome ratings: one row for
        // each area of life), each as many times as it asks.
        int wanted = 0;
        for (const RowCondition& cond : section_.conditions) {
            if (cond.column != c.id || !has_value(c, cond.value)) continue;
            wanted += cond.count;
            if (index < wanted) return cond.value;
        }
        if (c.choices.empty()) return {};
        return w_.rng().pick(c.choices).value;
    }

    std::string done_date(const std::optional<Date>& due, const Date& reviewed) {
        DemoRandom& rng = w_.rng();
        if (!due) return rng.chance(50) ? reviewed.plus_days(rng.between(1, 60)).iso() : std::string();
        if (*due < today_) {
            if (!rng.chance(85)) return {};
            Date done = due->plus_days(-rng.between(0, 20));
            return (done < reviewed ? reviewed : done).iso();
        }
        const int since = today_.days_since(reviewed);
        if (since > 0 && rng.chance(20)) return reviewed.plus_days(rng.between(1, since)).iso();
        return {};
    }

    std::string status(const Column& c, const std::optional<Date>& due) {
        DemoRandom& rng = w_.rng();
        std::string value;
        if (due && *due < today_) {
            const int r = rng.below(100);
            value = r < 75 ? "done" : r < 90 ? "open" : "dropped";
        } else {
            value = rng.chance(90) ? "open" : "done";
        }
        if (has_value(c, value)) return value;
        return c.choices.empty() ? std::string() : rng.pick(c.choices).value;
    }

    std::vector<Attendee> attendees(const Column& c) {
        static const std::vector<std::string> all_roles = {"person", "family", "staff", "other"};
        auto allowed = [&](const std::string& role) { return c.choices.empty() || has_value(c, role); };
        DemoRandom& rng = w_.rng();
        const Persona& p = w_.persona();
        std::vector<Attendee> list;
        if (allowed("person") && rng.chance(90)) list.push_back({"person", p.call});
        if (allowed("family")) {
            const int wanted = rng.between(0, 2);
            for (const Relative& r : p.relatives) {
                if (static_cast<int>(list.size()) >= wanted + 1) break;
                if (r.family && rng.chance(50)) list.push_back({"family", r.name});
            }
        }
        if (allowed("staff") && !p.staff.empty()) {
            list.push_back({"staff", p.staff.front().full});
            if (p.staff.size() > 1 && rng.chance(50)) list.push_back({"staff", p.staff[1].full});
        }
        if (allowed("other") && rng.chance(35)) {
            for (const Relative& r : p.relatives)
                if (r.group == "paid-support" && r.relation != "key worker" &&
                    r.relation != "support worker" && r.relation != "team leader") {
                    list.push_back({"other", r.name});
                    break;
                }
        }
        if (list.empty()) {
            for (const std::string& role : all_roles)
                if (allowed(role)) {
                    list.push_back({role, p.call});
                    break;
                }
        }
        return list;
    }

    std::string text(std::size_t i, const Relative* relative) {
        const Column& c = section_.columns[i];
        if (relative && circle_rows()) {
            if (c.id == "name") return relative->name;
            if (c.id == "relationship") return relative->relation;
        }
        if (!bank_cells_.empty()) {
            const int b = row_bank_->column_index(c.id);
            if (b >= 0) {
                std::string& s = bank_cells_[static_cast<std::size_t>(b)];
                if (!s.empty() || !c.required) return std::move(s);
            }
        }
        if (!c.required && !w_.rng().chance(75)) return {};
        const std::vector<std::string_view>* list = nullptr;
        for (std::size_t k = 0; k < section_.columns.size() && !list; ++k) {
            if (section_.columns[k].type != ColumnType::Choice || values_[k].empty()) continue;
            list = bank_.list(kind_, key_ + "/" + c.id + "@" + values_[k]);
        }
        if (!list) list = column_lists_[i];
        static const std::vector<std::string_view> none;
        const auto& patterns = list ? *list : none;
        if (section_.kind != SectionKind::Table) return w_.write(patterns);
        // Table rows read badly when two say the same thing; dated rows (logs) may repeat, as life does.
        std::vector<std::string>& used = used_[i];
        std::string s = w_.write(patterns);
        for (int attempt = 0; attempt < 4 && std::find(used.begin(), used.end(), s) != used.end(); ++attempt)
            s = w_.write(patterns);
        used.push_back(s);
        return s;
    }

    const SectionTemplate& section_;
    const PhraseBank& bank_;
    PhraseWriter& w_;
    Date today_;
    SubjectKind kind_;
    std::string key_;
    const RowBank* row_bank_;
    std::vector<const std::vector<std::string_view>*> column_lists_;
    std::vector<int> unused_;
    std::vector<std::string> bank_cells_;
    std::vector<std::string> values_;
    std::vector<std::vector<Attendee>> attendees_;
    std::vector<std::vector<std::string>> used_;  // texts already written per column (tables only)
};

}  // namespace

RecordFiller::RecordFiller(const PhraseBank& bank, Date today) : bank_(bank), today_(today) {
    days_ago_iso_.reserve(kLogDays + 1);
    for (int d = 0; d <= kLogDays; ++d) days_ago_iso_.push_back(today.plus_days(-d).iso());
}

const SectionTemplate* RecordFiller::log_section(const ToolTemplate& tool) {
    if (const SectionTemplate* s = tool.section("entries"); s && s->kind == SectionKind::Dated) return s;
    for (const SectionTemplate& s : tool.sections)
        if (s.kind == SectionKind::Dated) return &s;
    return nullptr;
}

Date RecordFiller::review_date(const ToolTemplate& tool, ToolState state, DemoRandom& rng) const {
    if (!tool.review_months) return today_.plus_days(-rng.between(0, 700));
    const int months = *tool.review_months;
    if (state == ToolState::Stale)
        return today_.minus_months(months + rng.between(1, 18)).plus_days(-rng.between(0, 27));
    // Up to a month short of the full period back, less up to 27 days: always inside the period.
    return today_.minus_months(rng.between(0, std::max(0, months - 1))).plus_days(-rng.between(0, 27));
}

Record RecordFiller::fill(const ToolTemplate& tool, const Persona& persona, ToolState state,
                          DemoRandom& rng) const {
    if (state == ToolState::Stale && !tool.review_months) state = ToolState::Complete;
    Record r = build(tool, persona, state, rng);
    if (r.empty()) r = build(tool, persona, tool.review_months ? ToolState::Stale : ToolState::Complete, rng);
    return r;
}

Record RecordFiller::build(const ToolTemplate& tool, const Persona& persona, ToolState state,
                           DemoRandom& rng) const {
    PhraseWriter w(persona, bank_, rng);
    Record rec;
    rec.tool = tool.id;
    const Date reviewed = review_date(tool, state, rng);
    rec.reviewed = reviewed;

    // Decide which counted sections meet their minimum.
    std::vector<Fill> fill(tool.sections.size(), Fill::Optional);
    std::vector<std::size_t> counted;
    for (std::size_t i = 0; i < tool.sections.size(); ++i)
        if (tool.sections[i].counts && effective_min(tool.sections[i]) >= 1) counted.push_back(i);
    const int needed = std::min<int>(tool.sections_needed.value_or(static_cast<int>(counted.size())),
                                     static_cast<int>(counted.size()));
    rng.shuffle(counted);
    int full = static_cast<int>(counted.size());
    if (state == ToolState::Incomplete)
        full = needed >= 2 ? rng.between(1, needed - 1) : 0;
    else if (needed < full)
        full = rng.between(needed, full);
    for (std::size_t k = 0; k < counted.size(); ++k)
        fill[counted[k]] = static_cast<int>(k) < full ? Fill::Full : Fill::Short;

    const std::vector<std::string_view> no_patterns;
    for (std::size_t i = 0; i < tool.sections.size(); ++i) {
        const SectionTemplate& sec = tool.sections[i];
        const int min = effective_min(sec);
        Section out;
        out.id = sec.id;
        const std::string key = tool.id + "/" + sec.id;

        if (sec.kind == SectionKind::Text) {
            const bool write = fill[i] == Fill::Full || (fill[i] == Fill::Optional && rng.chance(50));
            if (!write) continue;
            const auto* list = bank_.list(persona.subject.kind, key);
            out.text = w.write(list ? *list : no_patterns);
            if (list && list->size() > 1 && rng.chance(35)) {
                const std::string more = w.write(*list);
                if (more != out.text) out.text += " " + more;
            }
        } else if (sec.kind == SectionKind::List) {
            int count = fill[i] == Fill::Full    ? min + rng.between(0, 2)
                        : fill[i] == Fill::Short ? rng.between(0, std::max(0, min - 1))
                                                 : (rng.chance(50) ? rng.between(1, 2) : 0);
            const auto* list = bank_.list(persona.subject.kind, key);
            for (std::string& item : w.write_distinct(list ? *list : no_patterns, count)) {
                Entry e;
                e.text = std::move(item);
                out.entries.push_back(std::move(e));
            }
        } else if (sec.kind == SectionKind::Dated && sec.year_allowed && sec.column("event")) {
            std::vector<LifeEvent> events = life_events(persona, w, reviewed, min + 1);
            std::size_t count = events.size();
            if (fill[i] == Fill::Short)
                count = std::min<std::size_t>(count, rng.between(0, std::max(0, min - 1)));
            else if (fill[i] == Fill::Optional && rng.chance(50))
                count = 0;
            const Column* notes = sec.column("notes");
            for (std::size_t k = 0; k < count; ++k) {
                const LifeEvent& ev = events[k];
                Entry e;
                e.date = ev.year_only && sec.year_allowed ? std::to_string(ev.date.year()) : ev.date.iso();
                e.cells.push_back(Cell{"event", ev.event, {}});
                if (notes && !ev.notes.empty()) e.cells.push_back(Cell{"notes", ev.notes, {}});
                out.entries.push_back(std::move(e));
            }
        } else {
            RowWriter rows(tool, sec, bank_, w, today_);
            const bool circle = rows.circle_rows();
            int qualifying = 0;
            bool draft = false;
            if (fill[i] == Fill::Full) {
                qualifying = circle ? static_cast<int>(persona.relatives.size()) : min + rng.between(0, 2);
                if (!circle && rows.bank_rows() > 0)
                    qualifying = std::max(min, std::min(qualifying, rows.bank_rows()));
            } else if (fill[i] == Fill::Short) {
                qualifying = rng.between(0, std::max(0, min - 1));
                draft = has_required(sec) && rng.chance(qualifying == 0 ? 80 : 40);
            } else {
                qualifying = rng.chance(50) ? rng.between(1, 2) : 0;
            }
            if (circle) qualifying = std::min<int>(qualifying, static_cast<int>(persona.relatives.size()));
            // Ratings over time (outcome ratings) are given in rounds: every measure on one day, a review
            // period apart, so the demo's charts have lines to draw.
            const Column* measure =
                sec.role == SectionRole::Ratings ? sec.column_with(ColumnRole::Measure) : nullptr;
            const int per_round = measure ? static_cast<int>(measure->choices.size()) : 0;
            if (per_round > 0 && fill[i] == Fill::Full) qualifying = per_round * rng.between(1, 4);
            const int total = qualifying + (draft ? 1 : 0);
            const int rounds = per_round > 0 ? (total + per_round - 1) / per_round : total;
            const int step = tool.review_months.value_or(12);
            for (int k = 0; k < total; ++k) {
                const Relative* rel = circle && k < static_cast<int>(persona.relatives.size())
                                          ? &persona.relatives[static_cast<std::size_t>(k)]
                                          : nullptr;
                // Dated rows: the newest on the review date, earlier ones a review period apart.
                const int back = rounds - 1 - (per_round > 0 ? k / per_round : k);
                const Date row_date = back == 0 ? reviewed
                                      : per_round > 0
                                          ? reviewed.minus_months(back * step)
                                          : reviewed.minus_months(back * step).plus_days(-rng.between(0, 20));
                Entry e = rows.row(per_round > 0 ? k % per_round : k, rel,
                                   sec.kind == SectionKind::Dated ? row_date : reviewed, k >= qualifying);
                if (sec.kind == SectionKind::Dated) e.date = row_date.iso();
                out.entries.push_back(std::move(e));
            }
        }
        if (!out.entries.empty() || !out.text.empty()) rec.sections.push_back(std::move(out));
    }
    return rec;
}

Record RecordFiller::learning_log(const ToolTemplate& tool, const Persona& persona,
                                  const std::vector<int>& days_ago, DemoRandom& rng) const {
    Record rec;
    rec.tool = tool.id;
    const SectionTemplate* sec = log_section(tool);
    if (!sec || days_ago.empty()) return rec;
    PhraseWriter w(persona, bank_, rng);
    RowWriter rows(tool, *sec, bank_, w, today_);
    Section out;
    out.id = sec->id;
    out.entries.reserve(days_ago.size());
    for (std::size_t k = 0; k < days_ago.size(); ++k) {
        const int d = std::clamp(days_ago[k], 0, kLogDays);
        Entry e = rows.row(static_cast<int>(k), nullptr, today_.plus_days(-d), false);
        e.date = days_ago_iso_[static_cast<std::size_t>(d)];
        out.entries.push_back(std::move(e));
    }
    rec.sections.push_back(std::move(out));
    return rec;
}

}  // namespace pcr::model
