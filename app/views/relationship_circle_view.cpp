// Draws the relationship circle with wxGraphicsContext and turns mouse gestures and keys into record edits.
#include "app/views/relationship_circle_view.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

#include "app/dialogs/circle_person_dialog.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/rules/record_edit.h"

namespace pcr::app {

namespace {

// Ring fills from the closest ring outwards, and a colour per group for the markers.
const wxColour kRingFills[] = {wxColour(0xdc, 0xe8, 0xf5), wxColour(0xe6, 0xee, 0xf7),
                               wxColour(0xef, 0xf4, 0xfa), wxColour(0xf7, 0xf9, 0xfc)};
const wxColour kGroupColours[] = {wxColour(0xc2, 0x4a, 0x3a), wxColour(0x2f, 0x85, 0x5a),
                                  wxColour(0x2b, 0x6c, 0xb0), wxColour(0x8a, 0x5a, 0xb5)};
const wxColour kLineColour(0x9a, 0xa8, 0xb8);
const wxColour kTextColour(0x22, 0x26, 0x2c);
const wxColour kMutedColour(0x55, 0x5a, 0x62);
// The chosen person: a ring round the marker and a pale band behind the name; blue while the drawing has
// focus.
const wxColour kFocusColour(0x1a, 0x5f, 0xb4);
const wxColour kChosenBack(0xff, 0xf3, 0xbf);
// Marker labels longer than this share of the drawing are shortened with an ellipsis (the tooltip has them
// whole).
constexpr double kLabelShare = 0.2;

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

// Context menu commands; rings and groups take one id each from their base.
enum Command {
    kEdit = wxID_HIGHEST + 1,
    kCloser,
    kFurther,
    kNextGroup,
    kPreviousGroup,
    kRemove,
    kAdd,
    kRingBase = wxID_HIGHEST + 100,
    kGroupBase = wxID_HIGHEST + 200,
};

// Degrees counter-clockwise from three o'clock to `point` around the centre, in [0, 360).
double angle_of(model::Point point) {
    const double degrees = std::atan2(0.5 - point.y, point.x - 0.5) * 180.0 / std::numbers::pi;
    return degrees < 0 ? degrees + 360 : degrees;
}

}  // namespace

RelationshipCircleView::RelationshipCircleView(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    add_button_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Add person\u2026")));
    add_button_->SetToolTip(to_wx(model::tr("Add someone to the circle")));
    chosen_ = new wxStaticText(this, wxID_ANY, wxString());
    chosen_->SetFont(chosen_->GetFont().Bold());
    keys_ = new wxStaticText(this, wxID_ANY, wxString());
    keys_->SetForegroundColour(kMutedColour);
    // The drawing takes focus in the tab order (after the button) and wants the arrow keys.
    canvas_ = new wxWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE);
    canvas_->SetBackgroundStyle(wxBG_STYLE_PAINT);
    canvas_->SetMinSize(FromDIP(wxSize(360, 360)));

    auto* words = new wxBoxSizer(wxVERTICAL);
    words->Add(chosen_, 0, wxEXPAND);
    words->Add(keys_, 0, wxEXPAND | wxTOP, FromDIP(2));
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(add_button_, 0, wxALIGN_CENTRE_VERTICAL);
    top->Add(words, 1, wxALIGN_CENTRE_VERTICAL | wxLEFT, FromDIP(12));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    sizer->Add(canvas_, 1, wxEXPAND);
    SetSizer(sizer);

    menu_chooser_ = [this](wxMenu& menu, wxPoint at) {
        return canvas_->GetPopupMenuSelectionFromUser(menu, at);
    };
    add_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_person(); });
    canvas_->Bind(wxEVT_PAINT, &RelationshipCircleView::on_paint, this);
    canvas_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        canvas_->Refresh();
        event.Skip();
    });
    canvas_->Bind(wxEVT_LEFT_DOWN, &RelationshipCircleView::on_left_down, this);
    canvas_->Bind(wxEVT_MOTION, &RelationshipCircleView::on_motion, this);
    canvas_->Bind(wxEVT_LEFT_UP, &RelationshipCircleView::on_left_up, this);
    canvas_->Bind(wxEVT_LEFT_DCLICK, &RelationshipCircleView::on_double_click, this);
    canvas_->Bind(wxEVT_RIGHT_DOWN, &RelationshipCircleView::on_right_down, this);
    canvas_->Bind(wxEVT_MOUSE_CAPTURE_LOST, &RelationshipCircleView::on_capture_lost, this);
    canvas_->Bind(wxEVT_KEY_DOWN, &RelationshipCircleView::on_key_down, this);
    canvas_->Bind(wxEVT_CHAR, &RelationshipCircleView::on_char, this);
    canvas_->Bind(wxEVT_CONTEXT_MENU, &RelationshipCircleView::on_context_menu, this);
    const auto focus_changed = [this](wxFocusEvent& event) {
        // Arriving by Tab chooses the first person, so the arrow keys have somewhere to start.
        if (event.GetEventType() == wxEVT_SET_FOCUS && !selected_ && !order_.empty())
            selected_ = order_.front();
        show_chosen();
        canvas_->Refresh();
        event.Skip();
    };
    canvas_->Bind(wxEVT_SET_FOCUS, focus_changed);
    canvas_->Bind(wxEVT_KILL_FOCUS, focus_changed);
}

void RelationshipCircleView::show(const model::Subject& subject, const model::ToolTemplate& tool,
                                  const model::Record& record, model::EditSession* session,
                                  const model::Date& today) {
    const bool same = tool_ == &tool && subject_.kind == subject.kind && subject_.id == subject.id;
    subject_ = subject;
    tool_ = &tool;
    record_ = record;
    record_.tool = tool.id;
    session_ = session;
    today_ = today;
    dragging_.reset();
    if (!same) selected_.reset();
    add_button_->Enable(session_ != nullptr);
    keys_->SetLabel(
        session_ ? to_wx(model::tr("Arrows choose \u00b7 Enter edits \u00b7 + \u2212 ring \u00b7 "
                                   "Ctrl+\u2190 \u2192 group \u00b7 Delete removes \u00b7 Shift+F10 menu"))
                 : wxString(to_wx(model::tr("Arrow keys choose someone"))));
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
    order_.clear();
    if (tool_) {
        try {
            layout_ = std::make_unique<model::CircleLayout>(*tool_, record_);
        } catch (const Error& error) {
            layout_problem_ = to_wx(std::string(error.what()));
        }
    }
    if (layout_) {
        // Group by group as the sectors go round, closest ring first, clockwise within a cell.
        struct Key {
            std::size_t sector;
            int ring;
            double clockwise;
            std::size_t row;
        };
        std::vector<Key> keys;
        for (const auto& marker : layout_->markers()) {
            std::size_t sector = 0;
            double clockwise = 0;
            for (std::size_t i = 0; i < layout_->sectors().size(); ++i) {
                const auto& s = layout_->sectors()[i];
                if (s.group != marker.group) continue;
                sector = i;
                clockwise = std::fmod(s.end_degrees - angle_of(marker.centre) + 720.0, 360.0);
            }
            keys.push_back({sector, marker.ring, clockwise, marker.row});
        }
        std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
            if (a.sector != b.sector) return a.sector < b.sector;
            if (a.ring != b.ring) return a.ring < b.ring;
            return a.clockwise < b.clockwise;
        });
        for (const auto& key : keys) order_.push_back(key.row);
    }
    if (selected_ && !marker_for(*selected_)) selected_.reset();
    show_chosen();
    canvas_->Refresh();
}

RelationshipCircleView::Square RelationshipCircleView::square() const {
    const wxSize size = canvas_->GetClientSize();
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

void RelationshipCircleView::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(canvas_);
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
        gc->DrawText(layout_problem_.empty() ? wxString(to_wx(model::tr("No relationship circle to show")))
                                             : layout_problem_,
                     FromDIP(12), FromDIP(12));
        return;
    }
    const bool focused = canvas_->HasFocus();
    if (focused) {
        // The whole drawing is one stop in the tab order: a blue edge says the keys go to it.
        const wxSize size = canvas_->GetClientSize();
        gc->SetPen(wxPen(kFocusColour, FromDIP(2)));
        gc->SetBrush(*wxTRANSPARENT_BRUSH);
        gc->DrawRectangle(FromDIP(1), FromDIP(1), size.x - FromDIP(2), size.y - FromDIP(2));
    }
    const model::CircleLayout& layout = *layout_;
    const Square s = square();
    const auto px = [&](model::Point p) {
        return wxPoint2DDouble(s.left + p.x * s.side, s.top + p.y * s.side);
    };
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
                path.AddArc(centre.m_x, centre.m_y, outer, radians(-sector.start_degrees),
                            radians(-sector.end_degrees), false);
                path.AddArc(centre.m_x, centre.m_y, inner, radians(-sector.end_degrees),
                            radians(-sector.start_degrees), true);
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
        // A long name gets the smaller font, then the whole first name alone; it is never cut short.
        wxString name = to_wx(subject_.display_name());
        double w = 0, h = 0;
        gc->SetFont(base.Bold(), kTextColour);
        gc->GetTextExtent(name, &w, &h);
        if (w > inner_r * 1.9) {
            gc->SetFont(base.Smaller().Bold(), kTextColour);
            gc->GetTextExtent(name, &w, &h);
        }
        if (w > inner_r * 1.9) name = to_wx(model::first_name(subject_.display_name()));
        gc->GetTextExtent(name, &w, &h);
        gc->DrawText(name, centre.m_x - w / 2, centre.m_y - h / 2);
    }

    // Markers and their labels; the dragged one last, under the pointer.
    const double marker_r =
        std::max(model::CircleLayout::kMarkerRadius * s.side, static_cast<double>(FromDIP(5)));
    const wxFont label_font = base.Smaller();
    std::map<std::string, std::size_t> sector_index;
    for (std::size_t i = 0; i < layout.sectors().size(); ++i) sector_index[layout.sectors()[i].group] = i;
    for (const auto& marker : layout.markers()) {
        const bool dragged = dragging_ && *dragging_ == marker.row && drag_moved_;
        const bool chosen = selected_ && *selected_ == marker.row;
        const wxColour colour = kGroupColours[sector_index[marker.group] % 4];
        const wxPoint2DDouble c = dragged ? wxPoint2DDouble(drag_point_.x, drag_point_.y) : px(marker.centre);
        if (chosen) {
            const double ring = marker_r + FromDIP(4);
            gc->SetPen(wxPen(focused ? kFocusColour : kMutedColour, FromDIP(focused ? 3 : 2)));
            gc->SetBrush(*wxTRANSPARENT_BRUSH);
            gc->DrawEllipse(c.m_x - ring, c.m_y - ring, 2 * ring, 2 * ring);
        }
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
                room = std::min(
                    room, std::max(ahead - gap - marker_r - FromDIP(2), static_cast<double>(FromDIP(28))));
        }
        // The whole name where it fits, else the whole first name: a first name is never cut short.
        wxString label = to_wx(marker.name);
        double whole = 0, unused_height = 0;
        gc->GetTextExtent(label, &whole, &unused_height);
        if (whole > room) label = to_wx(model::first_name(marker.name));
        double w = 0, h = 0;
        gc->GetTextExtent(label, &w, &h);
        const double x = right ? c.m_x + gap : c.m_x - gap - w;
        if (chosen) {
            gc->SetPen(focused ? wxPen(kFocusColour, 1) : *wxTRANSPARENT_PEN);
            gc->SetBrush(wxBrush(kChosenBack));
            gc->DrawRoundedRectangle(x - FromDIP(3), c.m_y - h / 2 - FromDIP(1), w + FromDIP(6),
                                     h + FromDIP(2), FromDIP(3));
        }
        gc->DrawText(label, x, c.m_y - h / 2);
    }

    // Whoever cannot be placed, and what to do when the circle is empty.
    gc->SetFont(base, kMutedColour);
    wxString note;
    if (!layout.unplaced().empty()) {
        note = to_wx(
            model::fill_in(model::tr("Not drawn (no ring or group yet, double-click them in the table): {1}"),
                           layout.unplaced().size()));
    } else if (layout.markers().empty()) {
        note = session_ ? to_wx(model::tr("No one in the circle yet: use Add person\u2026"))
                        : wxString(to_wx(model::tr("No one in the circle yet.")));
    }
    if (!note.empty()) {
        double w = 0, h = 0;
        gc->GetTextExtent(note, &w, &h);
        gc->DrawText(note, FromDIP(8), canvas_->GetClientSize().y - h - FromDIP(6));
    }
}

int RelationshipCircleView::ring_index(const std::string& value) const {
    const model::Column* column = columns().ring;
    if (!column) return 0;
    for (std::size_t i = 0; i < column->choices.size(); ++i)
        if (column->choices[i].value == value) return static_cast<int>(i) + 1;
    return 0;
}

model::CircleColumns RelationshipCircleView::columns() const {
    return tool_ ? model::CircleColumns(*tool_) : model::CircleColumns();
}

void RelationshipCircleView::set_person(model::RecordEdit& edit, std::size_t row,
                                        const CirclePerson& person) const {
    const model::CircleColumns found = columns();
    const auto set = [&](const model::Column* column, const std::string& value) {
        if (column) edit.set_cell(found.people->id, row, column->id, value);
    };
    set(found.name, person.name);
    set(found.relationship, person.relationship);
    set(found.ring, person.circle);
    set(found.group, person.group);
}

wxString RelationshipCircleView::ring_label(const std::string& value) const {
    const model::Column* column = columns().ring;
    const model::Choice* choice = column ? column->find_choice(value) : nullptr;
    return to_wx(choice && !choice->label.empty() ? choice->label : value);
}

wxString RelationshipCircleView::group_label(const std::string& value) const {
    const model::Column* column = columns().group;
    const model::Choice* choice = column ? column->find_choice(value) : nullptr;
    return to_wx(choice && !choice->label.empty() ? choice->label : value);
}

const model::CircleMarker* RelationshipCircleView::marker_for(std::size_t row) const {
    if (!layout_) return nullptr;
    for (const auto& marker : layout_->markers())
        if (marker.row == row) return &marker;
    return nullptr;
}

wxString RelationshipCircleView::tooltip_for(const model::CircleMarker& marker) const {
    wxString text = to_wx(marker.name);
    if (!marker.relationship.empty()) text += L" \u2014 " + to_wx(marker.relationship);
    text += "\n" + to_wx(model::fill_in(model::tr("{1}, circle {2}"), from_wx(group_label(marker.group)),
                                        from_wx(ring_label(marker.circle))));
    if (session_) text += "\n" + to_wx(model::tr("Drag to move, double-click to edit"));
    return text;
}

void RelationshipCircleView::show_chosen(const wxString& note) {
    wxString text = note;
    if (text.empty()) {
        if (const model::CircleMarker* marker = selected_ ? marker_for(*selected_) : nullptr) {
            text = to_wx(marker->name);
            if (!marker->relationship.empty()) text += L" \u2014 " + to_wx(marker->relationship);
            text += L" \u00b7 " +
                    to_wx(model::fill_in(model::tr("{1}, circle {2}"), from_wx(group_label(marker->group)),
                                         from_wx(ring_label(marker->circle))));
        } else if (!order_.empty()) {
            text = to_wx(model::tr("Click someone, or use the arrow keys, to choose them"));
        }
    }
    if (chosen_->GetLabel() != text) {
        chosen_->SetLabel(text);
        Layout();
    }
}

void RelationshipCircleView::select(std::size_t row) {
    if (!marker_for(row)) return;
    selected_ = row;
    show_chosen();
    canvas_->Refresh();
}

void RelationshipCircleView::step(int by) {
    if (order_.empty()) return;
    const long n = static_cast<long>(order_.size());
    const auto at = selected_ ? std::find(order_.begin(), order_.end(), *selected_) : order_.end();
    long index = by > 0 ? 0 : n - 1;
    // Round and round, as the drawing is.
    if (at != order_.end()) index = ((at - order_.begin()) + by % n + n) % n;
    select(order_[static_cast<std::size_t>(index)]);
}

CirclePerson RelationshipCircleView::person_at(std::size_t row) const {
    CirclePerson person;
    const model::CircleColumns found = columns();
    const model::Section* people = found.people ? record_.section(found.people->id) : nullptr;
    if (!people || row >= people->entries.size()) return person;
    const model::Entry& entry = people->entries[row];
    const auto text = [&](const model::Column* column) {
        const model::Cell* cell = column ? entry.cell(column->id) : nullptr;
        return cell ? cell->text : std::string();
    };
    return {text(found.name), text(found.relationship), text(found.ring), text(found.group)};
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
        wxMessageBox(to_wx(std::string(error.what())), to_wx(model::tr("The circle was not changed")),
                     wxOK | wxICON_WARNING, this);
        return false;
    }
    reload();
    return true;
}

void RelationshipCircleView::place_marker(std::size_t row, const model::CirclePlace& place) {
    const CirclePerson person = person_at(row);
    if (person.circle == place.circle && person.group == place.group) return;
    const model::CircleColumns found = columns();
    if (!found.drawable()) return;
    save(
        [&](model::RecordEdit& edit) {
            edit.set_cell(found.people->id, row, found.ring->id, place.circle);
            edit.set_cell(found.people->id, row, found.group->id, place.group);
        },
        model::fill_in(model::tr("move {1}"), person.name));
}

void RelationshipCircleView::move_ring(int by) {
    const model::CircleMarker* marker = selected_ ? marker_for(*selected_) : nullptr;
    const model::Column* rings = columns().ring;
    if (!marker || !rings || !session_) return;
    const int ring = ring_index(marker->circle) + by;
    if (ring < 1 || ring > static_cast<int>(rings->choices.size())) {
        wxBell();
        show_chosen(to_wx(model::fill_in(by < 0 ? model::tr("{1} is already in the closest circle")
                                                : model::tr("{1} is already in the outer circle"),
                                         marker->name)));
        return;
    }
    const model::CirclePlace place{rings->choices[static_cast<std::size_t>(ring - 1)].value, marker->group};
    place_marker(marker->row, place);
}

void RelationshipCircleView::move_group(int by) {
    const model::CircleMarker* marker = selected_ ? marker_for(*selected_) : nullptr;
    const model::Column* groups = columns().group;
    if (!marker || !groups || groups->choices.empty() || !session_) return;
    const long n = static_cast<long>(groups->choices.size());
    long index = 0;
    for (long i = 0; i < n; ++i)
        if (groups->choices[static_cast<std::size_t>(i)].value == marker->group) index = i;
    // The groups go round the circle, so the last one's next is the first.
    const long to = ((index + by) % n + n) % n;
    const model::CirclePlace place{marker->circle, groups->choices[static_cast<std::size_t>(to)].value};
    place_marker(marker->row, place);
}

void RelationshipCircleView::edit_selected() {
    if (selected_) edit_marker(*selected_);
}

void RelationshipCircleView::remove_selected() {
    if (selected_ && session_) remove_marker(*selected_);
}

void RelationshipCircleView::remove_marker(std::size_t row) {
    const std::string name = person_at(row).name;
    // Whoever comes next in the reading order is chosen after; rows after the removed one move up by one.
    std::optional<std::size_t> next;
    if (const auto at = std::find(order_.begin(), order_.end(), row);
        at != order_.end() && order_.size() > 1) {
        const std::size_t following = at + 1 == order_.end() ? order_.front() : *(at + 1);
        next = following > row ? following - 1 : following;
    }
    const std::optional<std::size_t> before = selected_;
    selected_ = next;
    const model::SectionTemplate* people = columns().people;
    if (!people || !save([&](model::RecordEdit& edit) { edit.remove_entry(people->id, row); },
                         model::fill_in(model::tr("remove {1}"), name))) {
        selected_ = before;
        show_chosen();
        canvas_->Refresh();
        return;
    }
    show_chosen(
        to_wx(model::fill_in(model::tr("{1} removed from the circle (Ctrl+Z puts them back)"), name)));
}

void RelationshipCircleView::edit_marker(std::size_t row) {
    const model::SectionTemplate* people = columns().people;
    if (!session_ || !people) return;
    const CirclePerson before = person_at(row);
    CirclePersonDialog dialog(this, to_wx(model::fill_in(model::tr("Edit {1}"), before.name)), *people,
                              before, true);
    const int answer = dialog.ShowModal();
    if (answer == wxID_DELETE) {
        remove_marker(row);
        return;
    }
    if (answer != wxID_OK) return;
    const CirclePerson after = dialog.person();
    save([&](model::RecordEdit& edit) { set_person(edit, row, after); },
         model::fill_in(model::tr("edit {1}"), after.name));
}

void RelationshipCircleView::add_person() {
    const model::SectionTemplate* people = columns().people;
    if (!session_ || !people) return;
    CirclePersonDialog dialog(this, to_wx(model::tr("Add a person to the circle")), *people, {}, false);
    if (dialog.ShowModal() != wxID_OK) return;
    const CirclePerson person = dialog.person();
    const model::Date today = today_;
    std::size_t added = 0;
    const bool saved = save(
        [&](model::RecordEdit& edit) {
            added = edit.add_row(people->id, today);
            set_person(edit, added, person);
        },
        model::fill_in(model::tr("add {1}"), person.name));
    if (saved) select(added);
}

void RelationshipCircleView::open_menu(wxPoint at) {
    if (!layout_ || !session_) return;
    wxMenu menu;
    if (const model::CircleMarker* marker = selected_ ? marker_for(*selected_) : nullptr) {
        const int ring = ring_index(marker->circle);
        const model::Column* rings = columns().ring;
        const model::Column* groups = columns().group;
        menu.Append(kEdit, to_wx(model::fill_in(model::tr("&Edit {1}\u2026"), marker->name)) + "\tEnter");
        menu.Append(kCloser, to_wx(model::tr("Move &closer\tCtrl+Up")))->Enable(ring > 1);
        menu.Append(kFurther, to_wx(model::tr("Move &further out\tCtrl+Down")))
            ->Enable(rings && ring < static_cast<int>(rings->choices.size()));
        auto* ring_menu = new wxMenu;
        for (std::size_t i = 0; rings && i < rings->choices.size(); ++i)
            ring_menu
                ->AppendRadioItem(kRingBase + static_cast<int>(i),
                                  to_wx(model::fill_in(model::tr("Circle {1}"),
                                                       from_wx(ring_label(rings->choices[i].value)))))
                ->Check(static_cast<int>(i) + 1 == ring);
        menu.AppendSubMenu(ring_menu, to_wx(model::tr("Move to c&ircle")));
        auto* group_menu = new wxMenu;
        for (std::size_t i = 0; groups && i < groups->choices.size(); ++i)
            group_menu
                ->AppendRadioItem(kGroupBase + static_cast<int>(i), group_label(groups->choices[i].value))
                ->Check(groups->choices[i].value == marker->group);
        menu.AppendSubMenu(group_menu, to_wx(model::tr("Move to &group")));
        menu.Append(kNextGroup, to_wx(model::tr("&Next group\tCtrl+Right")));
        menu.Append(kPreviousGroup, to_wx(model::tr("&Previous group\tCtrl+Left")));
        menu.AppendSeparator();
        menu.Append(kRemove, to_wx(model::tr("&Remove from circle\tDelete")));
        menu.AppendSeparator();
        if (at == wxDefaultPosition) at = to_window(marker->centre);
    }
    menu.Append(kAdd, to_wx(model::tr("&Add person\u2026")));
    if (at == wxDefaultPosition) at = wxPoint(canvas_->GetClientSize().x / 2, canvas_->GetClientSize().y / 2);
    run_command(menu_chooser_(menu, at));
}

void RelationshipCircleView::run_command(int id) {
    switch (id) {
        case kEdit:
            edit_selected();
            return;
        case kCloser:
            move_ring(-1);
            return;
        case kFurther:
            move_ring(+1);
            return;
        case kNextGroup:
            move_group(+1);
            return;
        case kPreviousGroup:
            move_group(-1);
            return;
        case kRemove:
            remove_selected();
            return;
        case kAdd:
            add_person();
            return;
        default:
            break;
    }
    const model::CircleMarker* marker = selected_ ? marker_for(*selected_) : nullptr;
    if (!marker) return;
    const model::Column* rings = columns().ring;
    const model::Column* groups = columns().group;
    if (rings && id >= kRingBase && id < kRingBase + static_cast<int>(rings->choices.size())) {
        const model::CirclePlace place{rings->choices[static_cast<std::size_t>(id - kRingBase)].value,
                                       marker->group};
        place_marker(marker->row, place);
    } else if (groups && id >= kGroupBase && id < kGroupBase + static_cast<int>(groups->choices.size())) {
        const model::CirclePlace place{marker->circle,
                                       groups->choices[static_cast<std::size_t>(id - kGroupBase)].value};
        place_marker(marker->row, place);
    }
}

void RelationshipCircleView::on_key_down(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    const int modifiers = event.GetModifiers();
    if (modifiers == wxMOD_NONE) {
        switch (key) {
            case WXK_RIGHT:
            case WXK_DOWN:
            case WXK_NUMPAD_RIGHT:
            case WXK_NUMPAD_DOWN:
                step(+1);
                return;
            case WXK_LEFT:
            case WXK_UP:
            case WXK_NUMPAD_LEFT:
            case WXK_NUMPAD_UP:
                step(-1);
                return;
            case WXK_HOME:
            case WXK_NUMPAD_HOME:
                if (!order_.empty()) select(order_.front());
                return;
            case WXK_END:
            case WXK_NUMPAD_END:
                if (!order_.empty()) select(order_.back());
                return;
            case WXK_RETURN:
            case WXK_NUMPAD_ENTER:
            case WXK_F2:
                edit_selected();
                return;
            case WXK_DELETE:
            case WXK_NUMPAD_DELETE:
                remove_selected();
                return;
            case WXK_NUMPAD_ADD:
                move_ring(+1);
                return;
            case WXK_NUMPAD_SUBTRACT:
                move_ring(-1);
                return;
            case WXK_MENU:
                open_menu();
                return;
            default:
                break;
        }
    } else if (modifiers == wxMOD_CONTROL) {
        switch (key) {
            case WXK_UP:
                move_ring(-1);
                return;
            case WXK_DOWN:
                move_ring(+1);
                return;
            case WXK_LEFT:
                move_group(-1);
                return;
            case WXK_RIGHT:
                move_group(+1);
                return;
            default:
                break;
        }
    } else if (modifiers == wxMOD_SHIFT && key == WXK_F10) {
        open_menu();
        return;
    }
    // Tab and everything else: the usual handling, so Tab leaves the drawing.
    event.Skip();
}

void RelationshipCircleView::on_char(wxKeyEvent& event) {
    switch (event.GetUnicodeKey()) {
        case '+':
        case '=':
            move_ring(+1);
            return;
        case '-':
            move_ring(-1);
            return;
        default:
            event.Skip();
    }
}

void RelationshipCircleView::on_context_menu(wxContextMenuEvent& event) {
    const wxPoint at = event.GetPosition();
    if (at == wxDefaultPosition) {
        open_menu();
        return;
    }
    const wxPoint local = canvas_->ScreenToClient(at);
    if (layout_)
        if (const auto row = layout_->hit_test(to_unit(local))) select(*row);
    open_menu(local);
}

void RelationshipCircleView::on_left_down(wxMouseEvent& event) {
    canvas_->SetFocus();
    if (!layout_) return;
    const auto row = layout_->hit_test(to_unit(event.GetPosition()));
    if (!row) return;
    select(*row);
    if (!session_) return;
    dragging_ = *row;
    drag_point_ = event.GetPosition();
    drag_moved_ = false;
    if (!canvas_->HasCapture()) canvas_->CaptureMouse();
}

void RelationshipCircleView::on_right_down(wxMouseEvent& event) {
    canvas_->SetFocus();
    if (layout_)
        if (const auto row = layout_->hit_test(to_unit(event.GetPosition()))) select(*row);
    event.Skip();
}

void RelationshipCircleView::on_motion(wxMouseEvent& event) {
    if (dragging_) {
        drag_point_ = event.GetPosition();
        drag_moved_ = true;
        canvas_->SetCursor(wxCursor(wxCURSOR_HAND));
        canvas_->Refresh();
        return;
    }
    if (!layout_) return;
    const auto row = layout_->hit_test(to_unit(event.GetPosition()));
    const model::CircleMarker* marker = row ? marker_for(*row) : nullptr;
    if (marker) {
        const wxString tip = tooltip_for(*marker);
        if (!canvas_->GetToolTip() || canvas_->GetToolTipText() != tip) canvas_->SetToolTip(tip);
    } else if (canvas_->GetToolTip()) {
        canvas_->UnsetToolTip();
    }
}

void RelationshipCircleView::on_left_up(wxMouseEvent& event) {
    if (canvas_->HasCapture()) canvas_->ReleaseMouse();
    if (!dragging_) return;
    const std::size_t row = *dragging_;
    const bool moved = drag_moved_;
    dragging_.reset();
    canvas_->SetCursor(wxNullCursor);
    canvas_->Refresh();
    if (!moved || !layout_) return;
    if (auto place = layout_->place(to_unit(event.GetPosition()))) place_marker(row, *place);
}

void RelationshipCircleView::on_double_click(wxMouseEvent& event) {
    if (!layout_) return;
    if (const auto row = layout_->hit_test(to_unit(event.GetPosition()))) edit_marker(*row);
}

void RelationshipCircleView::on_capture_lost(wxMouseCaptureLostEvent&) {
    dragging_.reset();
    canvas_->Refresh();
}

}  // namespace pcr::app
