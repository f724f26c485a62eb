// The one-time offer to make a database readable by its owner only, and its answer kept in the settings.
#include "app/private_files_offer.h"

#include <wx/config.h>
#include <wx/generic/msgdlgg.h>

#include "app/wx_text.h"
#include "model/backends/store_files.h"
#include "model/backends/store_writable.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::app {

namespace {

// One setting per database path; a '/' in a setting's name would make it a group, so paths use '|'.
wxString asked_key(const std::filesystem::path& file) {
    wxString name = to_wx(std::filesystem::absolute(file).lexically_normal());
    name.Replace("/", "|");
    name.Replace("\\", "|");
    return "/PrivateFilesAsked/" + name;
}

}  // namespace

void offer_private_files(wxWindow* parent, const std::filesystem::path& file, ErrorReporter& reporter) {
    const model::StoreLocation location(file);
    // A file this program cannot write (an archived copy, read-only media) is only read: its permissions are
    // not this program's to change.
    if (!model::store_writable(location) || model::store_files_others_can_read(location).empty()) return;
    wxConfigBase* config = wxConfigBase::Get();
    const wxString key = asked_key(file);
    if (config->ReadBool(key, false)) return;
    config->Write(key, true);
    config->Flush();

    // The generic dialog, not the GTK one, so its Fix and Leave are buttons a GUI test can click.
    wxGenericMessageDialog box(
        parent,
        to_wx(model::fill_in(
            model::tr("Other accounts on this computer can read {1}, which holds care records.\n\n"
                      "Fix makes the database and the files beside it readable by you only. "
                      "Leave keeps them as they are; you will not be asked again about this "
                      "file."),
            file.string())),
        to_wx(model::tr("Others can read this database")), wxYES_NO | wxYES_DEFAULT | wxICON_WARNING);
    box.SetYesNoLabels(to_wx(model::tr("Fix")), to_wx(model::tr("Leave")));
    if (box.ShowModal() != wxID_YES) return;
    try {
        model::make_store_private(location);
    } catch (const pcr::Error& error) {
        reporter.report(to_wx(model::tr("The database was not made private")),
                        to_wx(std::string(error.what())));
    }
}

}  // namespace pcr::app
