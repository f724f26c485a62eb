// Draws the relationship circle with wxGraphicsContext and turns mouse gestures into record edits.
#include "app/views/relationship_circle_view.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/msgdlg.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

#include "app/dialogs/circle_person_dialog.h"
#include "app/wx_text.h"
#include "model/errors.h"
#include "model/tools/record_edit.h"

namespace pcr::app {

namespace {

const char* const kPeople = "people";
// Ring fills from the closest ring outwards, and a colour per group for the markers.
const wxColour kRingFills[] = {wxColour(0xdc, 0xe8, 0xf5), wxColour(0xe6, 0xee, 0xf7), wxColour(0xef, 0xf4, 0xfa),
                               wxColour(0xf7, 0xf9, 0xfc)};
const wxColour kGroupColours[] = {wxColour(0xc2, 0x4a, 0x3a), wxColour(0x2f, 0x85, 0x5a), wxColour(0x2b, 0x6c, 0xb0),
                                  wxColour(0x8a, 0x5a, 0xb5)};
const wxColour kLineColour(0x9a, 0xa8, 0xb8);
const wxColour kTextColour(0x22, 0x26, 0x2c);
const wxColour kMutedColour(0x55, 0x5a, 0x62);
// Marker labels longer than this share of the drawing are shortened with an ellipsis (the tooltip has them whole).
constexpr double kLabelShare = 0.2;

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

// `text` cut to fit `width` pixels with an ellipsis.
wxString fitted(wxGraphicsContext& gc, const wxString& text, double width) {
    double w = 0, h = 0;
    gc.GetTextExtent(text, &w, &h);
    if (w <= width) return text;
    wxString cut = text;
    while (cut.length() > 1) {
        cut.RemoveLast();
        gc.GetTextExtent(cut + L"\u2026", &w, &h);
        if (w <= width) break;
    }
    return cut.Strip(wxString::trailing) + L"\u2026";
}

}  // namespace

RelationshipCircleView::RelationshipCircleView(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(360, 360)));
    add_button_ = new wxButton(this, wxID_ANY, L"&Add person\u2026");
    add_button_->SetToolTip("Add someone to the circle");
    add_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_person(); });
    Bind(wxEVT_PAINT, &RelationshipCircleView::on_paint, this);
    Bind(wxEVT_SIZE, &RelationshipCircleView::on_size, this);
    Bind(wxEVT_LEFT_DOWN, &RelationshipCircleView::on_left_down, this);
    Bind(wxEVT_MOTION, &RelationshipCircleView::on_motion, this);
    Bind(wxEVT_LEFT_UP, &RelationshipCircleView::on_left_up, this);
    Bind(wxEVT_LEFT_DCLICK, &RelationshipCircleView::on_double_click, this);
    Bind(wxEVT_MOUSE_CAPTURE_LOST, &RelationshipCircleView::on_capture_lost, this);
}

void RelationshipCircleView::show(const model::Subject& subject, const model::ToolTemplate& tool,
                                  const model::Record& record, model::EditSession* session, const model::Date& today) {
    subject_ = subject;
    tool_ = &tool;
    record_ = record;
    record_.tool = tool.id;
    session_ = session;
    today_ = today;
    dragging_.reset();
    add_button_->Enable(session_ != nullptr);
    rebuild_layout();
}

void RelationshipCircleView::reload() {
    if (!session_ || !tool_) return;
    const auto stored = session_->store().record(subject_.kind, subject_.id, tool_->id);
    record_ = stored ? *stored : model::Record{};
    record_.tool = tool_->id;
    rebuild_layout();
}

void RelationshipCircleView::rebuild_layout() {
    layout_.reset();
    layout_problem_.clear();
    if (tool_) {
        try {
            layout_ = std::make_unique<model::CircleLayout>(*tool_, record_);
        } catch (const Error& error) {
            layout_problem_ = to_wx(std::string(error.what()));
        }
    }
    Refresh();
}

RelationshipCircleView::Square RelationshipCircleView::square() const {
    const wxSize size = GetClientSize();
    // The button sits in the top-left corner, which the round drawing leaves free.
    const double top = FromDIP(4);
    // Labels reach past the unit square at the left and right (a label ends or starts at its marker), so the
    // square is narrower than the window.
    const double side = std::max(10.0, std::min<double>(size.x / 1.3, size.y - top));
    return {(size.x - side) / 2, top + (size.y - top - side) / 2, side};
}

wxPoint RelationshipCircleView::to_window(model::Point point) const {
    const Square s = square();
    return {static_cast<int>(std::lround(s.left + point.x * s.side)),
            static_cast<int>(std::lround(s.top + point.y * s.side))};
}

model::Point RelationshipCircleView::to_unit(wxPoint point) const {
    const Square s = square();
    return {(point.x - s.left) / s.side, (point.y - s.top) / s.side};
}

void RelationshipCircleView::on_size(wxSizeEvent& event) {
    add_button_->Move(FromDIP(8), FromDIP(8));
    Refresh();
    event.Skip();
}

void RelationshipCircleView::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetBackgroundColour()));
    dc.Clear();
    draw(dc);
}

void RelationshipCircleView::draw(wxDC& dc) {
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::CreateFromUnknownDC(dc));
    if (!gc) return;
    const wxFont base = GetFont();
    if (!layout_) {
        gc->SetFont(base, kMutedColour);
        gc->DrawText(layout_problem_.empty() ? wxString("No relationship circle to show") : layout_problem_,
                     FromDIP(12), FromDIP(48));
        return;
    }
    const model::CircleLayout& layout = *layout_;
    const Square s = square();
    const auto px = [&](model::Point p) { return wxPoint2DDouble(s.left + p.x * s.side, s.top + p.y * s.side); };
    const wxPoint2DDouble centre = px(layout.centre());

    // Rings, outside in, so each inner disc covers the middle of the one around it.
    gc->SetPen(wxPen(kLineColour, 1));
    for (int ring = layout.rings(); ring >= 1; --ring) {
        gc->SetBrush(wxBrush(kRingFills[std::min(ring - 1, 3)]));
        const double r = layout.outer_radius(ring) * s.side;
        gc->DrawEllipse(centre.m_x - r, centre.m_y - r, 2 * r, 2 * r);
    }

    // The cell a dragged marker would land in.
    if (dragging_ && drag_moved_) {
        if (auto place = layout.place(to_unit(drag_point_))) {
            for (const auto& sector : layout.sectors()) {
                if (sector.group != place->group) continue;
                const int ring = ring_index(place->circle);
                if (ring < 1) continue;
                const double inner = layout.inner_radius(ring) * s.side;
                const double outer = layout.outer_radius(ring) * s.side;
                wxGraphicsPath path = gc->CreatePath();
                path.AddArc(centre.m_x, centre.m_y, outer, radians(-sector.start_degrees), radians(-sector.end_degrees), false);
                path.AddArc(centre.m_x, centre.m_y, inner, radians(-sector.end_degrees), radians(-sector.start_degrees), true);
                path.CloseSubpath();
                gc->SetPen(*wxTRANSPARENT_PEN);
                gc->SetBrush(wxBrush(wxColour(0xff, 0xd5, 0x4f, 0x90)));
                gc->FillPath(path);
            }
        }
    }

    // Sector boundaries from the person's disc to the outer ring.
    gc->SetPen(wxPen(kLineColour, 1));
    const double inner_r = model::CircleLayout::kPersonRadius * s.side;
    const double outer_r = model::CircleLayout::kOuterRadius * s.side;
    for (const auto& sector : layout.sectors()) {
        const double a = radians(sector.start_degrees);
        gc->StrokeLine(centre.m_x + inner_r * std::cos(a), centre.m_y - inner_r * std::sin(a),
                       centre.m_x + outer_r * std::cos(a), centre.m_y - outer_r * std::sin(a));
    }

    // Ring numbers up the twelve o'clock line, where they sit between two groups.
    gc->SetFont(base.Smaller(), kMutedColour);
    for (int ring = 1; ring <= layout.rings(); ++ring) {
        const double r = (layout.inner_radius(ring) + layout.outer_radius(ring)) / 2 * s.side;
        const wxString number = wxString::Format("%d", ring);
        double w = 0, h = 0;
        gc->GetTextExtent(number, &w, &h);
        gc->DrawText(number, centre.m_x - w / 2, centre.m_y - r - h / 2);
    }

    // Group names outside the rings.
    for (std::size_t i = 0; i < layout.sectors().size(); ++i) {
        const auto& sector = layout.sectors()[i];
        gc->SetFont(base.Bold(), kGroupColours[i % 4]);
        const wxString label = to_wx(sector.label);
        double w = 0, h = 0;
        gc->GetTextExtent(label, &w, &h);
        const wxPoint2DDouble anchor = px(sector.label_anchor);
        gc->DrawText(label, sector.label_side == model::LabelSide::Right ? anchor.m_x : anchor.m_x - w,
                     anchor.m_y - h / 2);
    }

    // The person in the middle.
    gc->SetPen(wxPen(kLineColour, 1));
    gc->SetBrush(wxBrush(wxColour(0xff, 0xff, 0xff)));
    gc->DrawEllipse(centre.m_x - inner_r, centre.m_y - inner_r, 2 * inner_r, 2 * inner_r);
    {
        // A long name gets the smaller font before it is shortened.
        const wxString whole = to_wx(subject_.display_name());
        double w = 0, h = 0;
        gc->SetFont(base.Bold(), kTextColour);
        gc->GetTextExtent(whole, &w, &h);
        if (w > inner_r * 1.9) gc->SetFont(base.Smaller().Bold(), kTextColour);
        const wxString name = fitted(*gc, whole, inner_r * 1.9);
        gc->GetTextExtent(name, &w, &h);
        gc->DrawText(name, centre.m_x - w / 2, centre.m_y - h / 2);
    }

    // Markers and their labels; the dragged one last, under the pointer.
    const double marker_r = std::max(model::CircleLayout::kMarkerRadius * s.side, static_cast<double>(FromDIP(5)));
    const wxFont label_font = base.Smaller();
    std::map<std::string, std::size_t> sector_index;
    for (std::size_t i = 0; i < layout.sectors().size(); ++i) sector_index[layout.sectors()[i].group] = i;
    for (const auto& marker : layout.markers()) {
        const bool dragged = dragging_ && *dragging_ == marker.row && drag_moved_;
        const wxColour colour = kGroupColours[sector_index[marker.group] % 4];
        const wxPoint2DDouble c = dragged ? wxPoint2DDouble(drag_point_.x, drag_point_.y) : px(marker.centre);
        gc->SetPen(wxPen(colour.ChangeLightness(70), 1));
        gc->SetBrush(wxBrush(colour));
        gc->DrawEllipse(c.m_x - marker_r, c.m_y - marker_r, 2 * marker_r, 2 * marker_r);
        gc->SetFont(label_font, kTextColour);
        const double gap = marker_r + FromDIP(3);
        const bool right = marker.label_side == model::LabelSide::Right;
        // A label stops short of the next marker along its line, so crowded rings stay readable.
        double room = kLabelShare * s.side;
        double line_height = 0, unused = 0;
        gc->GetTextExtent("Ag", &unused, &line_height);
        for (const auto& other : layout.markers()) {
            if (other.row == marker.row) continue;
            const wxPoint2DDouble o = px(other.centre);
            const double ahead = right ? o.m_x - c.m_x : c.m_x - o.m_x;
            if (ahead > 0 && std::abs(o.m_y - c.m_y) < line_height)
                room = std::min(room, std::max(ahead - gap - marker_r - FromDIP(2), static_cast<double>(FromDIP(28))));
        }
        const wxString label = fitted(*gc, to_wx(marker.name), room);
        double w = 0, h = 0;
        gc->GetTextExtent(label, &w, &h);
        gc->DrawText(label, right ? c.m_x + gap : c.m_x - gap - w, c.m_y - h / 2);
    }

    // Whoever cannot be placed, and what to do when the circle is empty.
    gc->SetFont(base, kMutedColour);
    wxString note;
    if (!layout.unplaced().empty()) {
        note = wxString::Format("Not drawn (no ring or group yet, double-click them in the table): %zu",
                                layout.unplaced().size());
    } else if (layout.markers().empty()) {
        note = session_ ? wxString(L"No one in the circle yet: use Add person\u2026")
                        : wxString("No one in the circle yet.");
    }
    if (!note.empty()) {
        double w = 0, h = 0;
        gc->GetTextExtent(note, &w, &h);
        gc->DrawText(note, FromDIP(8), GetClientSize().y - h - FromDIP(6));
    }
}

int RelationshipCircleView::ring_index(const std::string& value) const {
    const model::SectionTemplate* people = tool_ ? tool_->section(kPeople) : nullptr;
    const model::Column* column = people ? people->column("circle") : nullptr;
    if (!column) return 0;
    for (std::size_t i = 0; i < column->choices.size(); ++i)
        if (column->choices[i].value == value) return static_cast<int>(i) + 1;
    return 0;
}

wxString RelationshipCircleView::ring_label(const std::string& value) const {
    const model::SectionTemplate* people = tool_ ? tool_->section(kPeople) : nullptr;
    const model::Column* column = people ? people->column("circle") : nullptr;
    const model::Choice* choice = column ? column->find_choice(value) : nullptr;
    return to_wx(choice && !choice->label.empty() ? choice->label : value);
}

wxString RelationshipCircleView::group_label(const std::string& value) const {
    const model::SectionTemplate* people = tool_ ? tool_->section(kPeople) : nullptr;
    const model::Column* column = people ? people->column("group") : nullptr;
    const model::Choice* choice = column ? column->find_choice(value) : nullptr;
    return to_wx(choice && !choice->label.empty() ? choice->label : value);
}

wxString RelationshipCircleView::tooltip_for(const model::CircleMarker& marker) const {
    wxString text = to_wx(marker.name);
    if (!marker.relationship.empty()) text += L" \u2014 " + to_wx(marker.relationship);
    text += "\n" + group_label(marker.group) + ", circle " + ring_label(marker.circle);
    if (session_) text += "\nDrag to move, double-click to edit";
    return text;
}

CirclePerson RelationshipCircleView::person_at(std::size_t row) const {
    CirclePerson person;
    const model::Section* people = record_.section(kPeople);
    if (!people || row >= people->entries.size()) return person;
    const model::Entry& entry = people->entries[row];
    const auto text = [&](const char* column) {
        const model::Cell* cell = entry.cell(column);
        return cell ? cell->text : std::string();
    };
    return {text("name"), text("relationship"), text("circle"), text("group")};
}

bool RelationshipCircleView::save(const std::function<void(model::RecordEdit&)>& change,
                                  const std::string& description) {
    if (!session_ || !tool_) return false;
    const model::ToolTemplate& tool = *tool_;
    try {
        session_->apply(
            subject_.kind, subject_.id, tool.id,
            [&](model::Record& record) {
                model::RecordEdit edit(record, tool);
                change(edit);
            },
            description);
    } catch (const Error& error) {
        wxMessageBox(to_wx(std::string(error.what())), "The circle was not changed", wxOK | wxICON_WARNING, this);
        return false;
    }
    reload();
    return true;
}

void RelationshipCircleView::place_marker(std::size_t row, const model::CirclePlace& place) {
    const CirclePerson person = person_at(row);
    if (person.circle == place.circle && person.group == place.group) return;
    save(
        [&](model::RecordEdit& edit) {
            edit.set_cell(kPeople, row, "circle", place.circle);
            edit.set_cell(kPeople, row, "group", place.group);
        },
        "move " + person.name + " in the relationship circle");
}

void RelationshipCircleView::edit_marker(std::size_t row) {
    if (!session_ || !tool_ || !tool_->section(kPeople)) return;
    const CirclePerson before = person_at(row);
    CirclePersonDialog dialog(this, "Edit " + to_wx(before.name), *tool_->section(kPeople), before, true);
    const int answer = dialog.ShowModal();
    if (answer == wxID_DELETE) {
        save([&](model::RecordEdit& edit) { edit.remove_entry(kPeople, row); },
             "remove " + before.name + " from the relationship circle");
        return;
    }
    if (answer != wxID_OK) return;
    const CirclePerson after = dialog.person();
    save(
        [&](model::RecordEdit& edit) {
            edit.set_cell(kPeople, row, "name", after.name);
            edit.set_cell(kPeople, row, "relationship", after.relationship);
            edit.set_cell(kPeople, row, "circle", after.circle);
            edit.set_cell(kPeople, row, "group", after.group);
        },
        "edit " + after.name + " in the relationship circle");
}

void RelationshipCircleView::add_person() {
    if (!session_ || !tool_ || !tool_->section(kPeople)) return;
    CirclePersonDialog dialog(this, "Add a person to the circle", *tool_->section(kPeople), {}, false);
    if (dialog.ShowModal() != wxID_OK) return;
    const CirclePerson person = dialog.person();
    const model::Date today = today_;
    save(
        [&](model::RecordEdit& edit) {
            const std::size_t row = edit.add_row(kPeople, today);
            edit.set_cell(kPeople, row, "name", person.name);
            edit.set_cell(kPeople, row, "relationship", person.relationship);
            edit.set_cell(kPeople, row, "circle", person.circle);
            edit.set_cell(kPeople, row, "group", person.group);
        },
        "add " + person.name + " to the relationship circle");
}

void RelationshipCircleView::on_left_down(wxMouseEvent& event) {
    SetFocus();
    if (!layout_ || !session_) return;
    const auto row = layout_->hit_test(to_unit(event.GetPosition()));
    if (!row) return;
    dragging_ = *row;
    drag_point_ = event.GetPosition();
    drag_moved_ = false;
    if (!HasCapture()) CaptureMouse();
}

void RelationshipCircleView::on_motion(wxMouseEvent& event) {
    if (dragging_) {
        drag_point_ = event.GetPosition();
        drag_moved_ = true;
        SetCursor(wxCursor(wxCURSOR_HAND));
        Refresh();
        return;
    }
    if (!layout_) return;
    const auto row = layout_->hit_test(to_unit(event.GetPosition()));
    const model::CircleMarker* marker = nullptr;
    if (row)
        for (const auto& m : layout_->markers())
            if (m.row == *row) marker = &m;
    if (marker) {
        const wxString tip = tooltip_for(*marker);
        if (!GetToolTip() || GetToolTipText() != tip) SetToolTip(tip);
    } else if (GetToolTip()) {
        UnsetToolTip();
    }
}

void RelationshipCircleView::on_left_up(wxMouseEvent& event) {
    if (HasCapture()) ReleaseMouse();
    if (!dragging_) return;
    const std::size_t row = *dragging_;
    const bool moved = drag_moved_;
    dragging_.reset();
    SetCursor(wxNullCursor);
    Refresh();
    if (!moved || !layout_) return;
    if (auto place = layout_->place(to_unit(event.GetPosition()))) place_marker(row, *place);
}

void RelationshipCircleView::on_double_click(wxMouseEvent& event) {
    if (!layout_) return;
    if (const auto row = layout_->hit_test(to_unit(event.GetPosition()))) edit_marker(*row);
}

void RelationshipCircleView::on_capture_lost(wxMouseCaptureLostEvent&) {
    dragging_.reset();
    Refresh();
}

}  // namespace pcr::app
