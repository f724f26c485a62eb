// The relationship circle drawn from model::CircleLayout: rings, groups and a marker per person, edited by
// dragging a marker or, from the keyboard, choosing one with the arrow keys and moving it with + / - and
// Ctrl+Left / Ctrl+Right, by double-click or Enter, the context menu, and the "Add person" button.
#pragma once

#include <wx/button.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/record.h"
#include "model/domain/subject.h"
#include "model/domain/tool_template.h"
#include "model/rules/circle_layout.h"
#include "model/rules/edit_session.h"
#include "model/rules/record_edit.h"

namespace pcr::app {

struct CirclePerson;

class RelationshipCircleView : public wxPanel {
  public:
    // Shows `menu` at `at` (canvas pixels) and returns the chosen command id, or wxID_NONE.
    using MenuChooser = std::function<int(wxMenu& menu, wxPoint at)>;

    explicit RelationshipCircleView(wxWindow* parent);

    // Shows `subject`'s circle record (empty when they have none). Edits are saved through `session`; with no
    // session the circle is read-only. Showing the same subject's circle again keeps the chosen person.
    void show(const model::Subject& subject, const model::ToolTemplate& tool, const model::Record& record,
              model::EditSession* session, const model::Date& today);
    // Reads the record again from the session's store (after a change made elsewhere, an undo or a redo).
    void reload();

    const model::CircleLayout* layout() const { return layout_.get(); }
    const model::Record& record() const { return record_; }
    // The drawing: it takes the mouse and the keys, and comes after the Add button in the tab order.
    wxWindow& canvas() const { return *canvas_; }
    wxButton& add_button() const { return *add_button_; }
    // Unit-square points to canvas pixels and back (the square is centred in the canvas).
    wxPoint to_window(model::Point point) const;
    model::Point to_unit(wxPoint point) const;

    // The row of the person chosen with a click or the arrow keys, marked on the drawing.
    std::optional<std::size_t> selected() const { return selected_; }
    void select(std::size_t row);
    // What the line beside the Add button says about the chosen person (or what to do).
    wxString chosen_text() const { return chosen_->GetLabel(); }

    // Opens the add dialog, as the button does.
    void add_person();
    // The keyboard's and the menu's ways of doing what the mouse does, on the chosen person; each move is the
    // same one undoable edit as a drag. `by` +1 is a ring further out or the next group clockwise.
    void move_ring(int by);
    void move_group(int by);
    void edit_selected();
    void remove_selected();
    // Opens the context menu for the chosen person (Shift+F10, the menu key, a right click).
    void open_menu(wxPoint at = wxDefaultPosition);
    // Replaces the popup menu (a test picks the command the user would).
    void set_menu_chooser(MenuChooser chooser) { menu_chooser_ = std::move(chooser); }

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
    // Removes the person of `row` and chooses whoever came next in the reading order.
    void remove_marker(std::size_t row);
    CirclePerson person_at(std::size_t row) const;
    const model::CircleMarker* marker_for(std::size_t row) const;
    wxString tooltip_for(const model::CircleMarker& marker) const;
    wxString ring_label(const std::string& value) const;
    int ring_index(const std::string& value) const;  // 1 for the closest ring; 0 when not a ring's value
    wxString group_label(const std::string& value) const;
    // The people section and its columns, by the roles the template gives them.
    model::CircleColumns columns() const;
    // Sets the cells of `row` the template has columns for.
    void set_person(model::RecordEdit& edit, std::size_t row, const CirclePerson& person) const;
    // Moves the selection `by` places along the reading order (group by group, ring by ring, clockwise).
    void step(int by);
    void show_chosen(const wxString& note = wxString());
    void run_command(int id);

    void on_paint(wxPaintEvent& event);
    void on_left_down(wxMouseEvent& event);
    void on_motion(wxMouseEvent& event);
    void on_left_up(wxMouseEvent& event);
    void on_double_click(wxMouseEvent& event);
    void on_right_down(wxMouseEvent& event);
    void on_capture_lost(wxMouseCaptureLostEvent& event);
    void on_key_down(wxKeyEvent& event);
    void on_char(wxKeyEvent& event);
    void on_context_menu(wxContextMenuEvent& event);

    wxButton* add_button_ = nullptr;
    wxStaticText* chosen_ = nullptr;
    wxStaticText* keys_ = nullptr;
    wxWindow* canvas_ = nullptr;
    model::Subject subject_;
    const model::ToolTemplate* tool_ = nullptr;
    model::Record record_;
    model::EditSession* session_ = nullptr;
    model::Date today_;
    std::unique_ptr<model::CircleLayout> layout_;
    wxString layout_problem_;  // why the circle cannot be drawn (a template without ring and group columns)
    std::vector<std::size_t> order_;  // marker rows in reading order, for the arrow keys
    std::optional<std::size_t> selected_;
    MenuChooser menu_chooser_;

    std::optional<std::size_t> dragging_;  // the row of the marker being dragged
    wxPoint drag_point_;
    bool drag_moved_ = false;
};

}  // namespace pcr::app
