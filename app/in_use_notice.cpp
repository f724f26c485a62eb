// The notice that a database being opened is open in another program, with its Open anyway and Cancel.
#include "app/in_use_notice.h"

#include <wx/generic/msgdlgg.h>
#include <wx/textwrapper.h>

#include "app/wx_text.h"
#include "model/core/fill_in.h"
#include "model/core/presence_file.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

// The generic message dialog puts each paragraph on one line however long, so a paragraph of this notice
// was wider than a 1024-pixel screen and cut off: the lines are broken here to a width that fits.
class LineBreaker final : public wxTextWrapper {
  public:
    wxString text;

  protected:
    void OnOutputLine(const wxString& line) override { text += line; }
    void OnNewLine() override { text += '\n'; }
};

}  // namespace

bool confirm_open_in_use(wxWindow* parent, const std::filesystem::path& file) {
    const auto other = model::PresenceFile::other(file);
    if (!other) return true;
    // The generic dialog, not the GTK one, so its buttons are ones a GUI test can click.
    wxGenericMessageDialog box(
        parent,
        to_wx(model::fill_in(
            // TRANSLATORS: {1} is the database file, {2} who has it open ("pcrecords on HOST by USER since
            // TIME (process N)").
            model::tr("{1} is already open in {2}.\n\n"
                      "You can both work in it: changes are saved one at a time, and a record changed "
                      "there since you opened it here is not overwritten (you are told, and open it again "
                      "to see the other change). While the other program imports or makes a demo, a save "
                      "here waits, and fails after a few seconds saying so.\n\n"
                      "Open anyway to work in it too, or Cancel and ask them to close it first."),
            file.string(), model::PresenceFile::describe(*other))),
        to_wx(model::tr("This database is open elsewhere")), wxYES_NO | wxNO_DEFAULT | wxICON_INFORMATION);
    LineBreaker lines;
    lines.Wrap(&box, box.GetMessage(), box.FromDIP(560));
    box.SetMessage(lines.text);
    box.SetYesNoLabels(to_wx(model::tr("Open anyway")), to_wx(model::tr("Cancel")));
    return box.ShowModal() == wxID_YES;
}

}  // namespace pcr::app
