// The relationship circle drawn from model::CircleLayout: rings, groups and a marker per person, edited by
// dragging a marker to another ring or group, double-clicking it, or the "Add person" button.
#pragma once

#include <wx/button.h>
#include <wx/window.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "model/core/date.h"
#include "model/people/subject.h"
#include "model/tools/circle_layout.h"
#include "model/tools/edit_session.h"
#include "model/tools/record_edit.h"
#include "model/tools/record.h"
#include "model/tools/tool_template.h"

namespace pcr::app {

struct CirclePerson;

class RelationshipCircleView : public wxWindow {
  public:
    explicit RelationshipCircleView(wxWindow* parent);

    // Shows `subject`'s circle record (empty when they have none). Edits are saved through `session`; with no
    // session the circle is read-only.
    void show(const model::Subject& subject, const model::ToolTemplate& tool, const model::Record& record,
              model::EditSession* session, const model::Date& today);
    // Reads the record again from the session's store (after a change made elsewhere, an undo or a redo).
    void reload();

    const model::CircleLayout* layout() const { return layout_.get(); }
    const model::Record& record() const { return record_; }
    // Unit-square points to window pixels and back (the square is centred below the button row).
    wxPoint to_window(model::Point point) const;
    model::Point to_unit(wxPoint point) const;
    // Opens the add dialog, as the button does.
    void add_person();

  private:
    struct Square {
        double left = 0;
        double top = 0;
        double side = 1;
    };
    Square square() const;
    void rebuild_layout();
    void draw(wxDC& dc);
    // Saves a change to the people section as one edit; false (after telling the user why) when it failed.
    bool save(const std::function<void(model::RecordEdit&)>& change, const std::string& description);
    void place_marker(std::size_t row, const model::CirclePlace& place);
    void edit_marker(std::size_t row);
    CirclePerson person_at(std::size_t row) const;
    wxString tooltip_for(const model::CircleMarker& marker) const;
    wxString ring_label(const std::string& value) const;
    int ring_index(const std::string& value) const;  // 1 for the closest ring; 0 when not a ring's value
    wxString group_label(const std::string& value) const;

    void on_paint(wxPaintEvent& event);
    void on_size(wxSizeEvent& event);
    void on_left_down(wxMouseEvent& event);
    void on_motion(wxMouseEvent& event);
    void on_left_up(wxMouseEvent& event);
    void on_double_click(wxMouseEvent& event);
    void on_capture_lost(wxMouseCaptureLostEvent& event);

    wxButton* add_button_ = nullptr;
    model::Subject subject_;
    const model::ToolTemplate* tool_ = nullptr;
    model::Record record_;
    model::EditSession* session_ = nullptr;
    model::Date today_;
    std::unique_ptr<model::CircleLayout> layout_;
    wxString layout_problem_;  // why the circle cannot be drawn (a template without ring and group columns)

    std::optional<std::size_t> dragging_;  // the row of the marker being dragged
    wxPoint drag_point_;
    bool drag_moved_ = false;
};

}  // namespace pcr::app
