// The profile photo: the size limit is the model's, decoding and scaling are wxImage's, saving the session's.
#include "app/views/photo_panel.h"

#include <wx/filedlg.h>
#include <wx/image.h>
#include <wx/mstream.h>
#include <wx/sizer.h>

#include <fstream>
#include <iterator>

#include "app/file_chooser.h"
#include "app/wx_text.h"
#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"
#include "model/domain/photo.h"

namespace pcr::app {

namespace {

const wxSize kFrame(96, 120);

void ensure_image_handlers() {
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    if (!wxImage::FindHandler(wxBITMAP_TYPE_JPEG)) wxImage::AddHandler(new wxJPEGHandler);
}

// The picture scaled to fill the frame's width or height, keeping its shape.
wxBitmap fitted(const wxImage& image, const wxSize& frame) {
    const double scale = std::min(static_cast<double>(frame.x) / image.GetWidth(),
                                  static_cast<double>(frame.y) / image.GetHeight());
    return wxBitmap(image.Scale(std::max(1, static_cast<int>(image.GetWidth() * scale)),
                                std::max(1, static_cast<int>(image.GetHeight() * scale)),
                                wxIMAGE_QUALITY_HIGH));
}

// A grey frame with a silhouette-free "No photo" note, so the page keeps its shape without one.
wxBitmap empty_frame(const wxSize& size) {
    wxImage image(size);
    image.SetRGB(wxRect(size), 0xee, 0xef, 0xf1);
    return wxBitmap(image);
}

}  // namespace

PhotoPanel::PhotoPanel(wxWindow* parent, ErrorReporter* reporter)
    : wxPanel(parent, wxID_ANY), reporter_(reporter) {
    ensure_image_handlers();
    SetBackgroundColour(parent->GetBackgroundColour());
    picture_ =
        new wxStaticBitmap(this, wxID_ANY, empty_frame(FromDIP(kFrame)), wxDefaultPosition, FromDIP(kFrame));
    choose_ = new wxButton(this, wxID_ANY, to_wx(model::tr("&Photo\u2026")), wxDefaultPosition, wxDefaultSize,
                           wxBU_EXACTFIT);
    choose_->SetToolTip(
        to_wx(model::tr("Choose a PNG or JPEG picture (up to 5 MB); it is scaled and kept in the database")));
    remove_ = new wxButton(this, wxID_ANY, to_wx(model::tr("Remove")), wxDefaultPosition, wxDefaultSize,
                           wxBU_EXACTFIT);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(choose_, 1);
    buttons->Add(remove_, 1, wxLEFT, FromDIP(4));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(picture_, 0, wxALIGN_CENTRE_HORIZONTAL);
    sizer->Add(buttons, 0, wxEXPAND | wxTOP, FromDIP(4));
    SetSizer(sizer);
    choose_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose(); });
    remove_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove(); });
}

void PhotoPanel::set_subject(model::EditSession* session, const model::Subject& subject) {
    session_ = session;
    subject_ = subject;
    show_stored();
}

void PhotoPanel::show_stored() {
    has_photo_ = false;
    wxBitmap bitmap = empty_frame(FromDIP(kFrame));
    if (session_) {
        try {
            if (auto photo = session_->store().photo(subject_.kind, subject_.id)) {
                wxMemoryInputStream in(photo->bytes.data(), photo->bytes.size());
                wxImage image;
                if (image.LoadFile(in, photo->mime == "image/png" ? wxBITMAP_TYPE_PNG : wxBITMAP_TYPE_JPEG)) {
                    bitmap = fitted(image, FromDIP(kFrame));
                    has_photo_ = true;
                }
            }
        } catch (const pcr::Error& error) {
            reporter_->report(to_wx(model::tr("The photo could not be read")),
                              to_wx(std::string(error.what())));
        }
    }
    picture_->SetBitmap(bitmap);
    choose_->Show(session_ != nullptr);
    remove_->Show(session_ != nullptr);
    remove_->Enable(has_photo_);
    Layout();
}

void PhotoPanel::choose() {
    FileChooser dialog(
        this, to_wx(model::tr("Choose a photo")), wxString(),
        to_wx(model::tr("Pictures (*.png;*.jpg;*.jpeg)|*.png;*.jpg;*.jpeg;*.PNG;*.JPG;*.JPEG")),
        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ask()) use_file(to_path(dialog.path()));
}

bool PhotoPanel::use_file(const std::filesystem::path& file) {
    if (!session_) return false;
    try {
        const std::string name = "\"" + file.filename().string() + "\"";
        model::check_photo_size(std::filesystem::file_size(file), name);
        std::ifstream in(file, std::ios::binary);
        const std::vector<unsigned char> original{std::istreambuf_iterator<char>(in), {}};
        const std::string mime = model::photo_mime(original);
        if (mime.empty())
            throw pcr::UserError(model::fill_in(
                model::tr("{1} is not a PNG or JPEG picture; choose a .png or .jpg file."), name));
        wxMemoryInputStream stream(original.data(), original.size());
        wxImage image;
        if (!image.LoadFile(stream, mime == "image/png" ? wxBITMAP_TYPE_PNG : wxBITMAP_TYPE_JPEG))
            throw pcr::UserError(model::fill_in(
                model::tr("{1} could not be read as a picture; it may be damaged. Choose another file."),
                name));
        // Kept no larger than a printed page needs, so the database stays small.
        const int longest = std::max(image.GetWidth(), image.GetHeight());
        if (longest > kMaxSide) {
            const double scale = static_cast<double>(kMaxSide) / longest;
            image.Rescale(std::max(1, static_cast<int>(image.GetWidth() * scale)),
                          std::max(1, static_cast<int>(image.GetHeight() * scale)), wxIMAGE_QUALITY_HIGH);
        }
        wxMemoryOutputStream out;
        if (mime == "image/jpeg") image.SetOption(wxIMAGE_OPTION_QUALITY, 88);
        image.SaveFile(out, mime == "image/png" ? wxBITMAP_TYPE_PNG : wxBITMAP_TYPE_JPEG);
        std::vector<unsigned char> scaled(out.GetLength());
        out.CopyTo(scaled.data(), scaled.size());
        session_->set_photo(subject_.kind, subject_.id, model::Photo{mime, scaled, {}},
                            model::fill_in(model::tr("change the photo of {1}"), subject_.display_name()));
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(model::tr("The photo was not used")), to_wx(std::string(error.what())));
        return false;
    } catch (const std::filesystem::filesystem_error& error) {
        reporter_->report(
            to_wx(model::tr("The photo was not used")),
            to_wx(model::fill_in(
                model::tr("{1} could not be read ({2}). Check that the file is there and readable."),
                file.string(), error.code().message())));
        return false;
    }
    show_stored();
    return true;
}

bool PhotoPanel::remove() {
    if (!session_) return false;
    try {
        session_->set_photo(subject_.kind, subject_.id, std::nullopt,
                            model::fill_in(model::tr("remove the photo of {1}"), subject_.display_name()));
    } catch (const pcr::Error& error) {
        reporter_->report(to_wx(model::tr("The photo was not removed")), to_wx(std::string(error.what())));
        return false;
    }
    show_stored();
    return true;
}

}  // namespace pcr::app
