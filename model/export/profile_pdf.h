// The one-page profile drawn on one A4 page with cairo and pango: as a PDF file, or on any cairo surface
// (print).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/export/profile_page.h"

extern "C" {
typedef struct _cairo cairo_t;
}

namespace pcr::model {

// How the profile was fitted on its page: the body text size chosen, the columns used, and the sections whose
// items did not all fit at the smallest readable size (their last shown item is followed by the
// "continued in the full record" mark). Empty `too_long` means every item is on the page.
struct ProfileFit {
    double text_size = 0;  // points
    int columns = 1;
    std::vector<std::string> too_long;  // section titles, in template order
    std::string name;                   // whose profile, for the message
    bool continued() const { return !too_long.empty(); }
    // "" when everything fits; otherwise what to tell the user: which sections are too long and where the
    // rest is.
    std::string message() const;
};

inline constexpr double kA4WidthPt = 595.276;
inline constexpr double kA4HeightPt = 841.89;

// Draws the profile on one page of `width` × `height` points at the cairo context's origin.
ProfileFit draw_profile(cairo_t* cr, double width, double height, const ProfilePage& page);

// Writes the profile as a one-page A4 PDF (text selectable, fonts embedded), whole or not at all.
ProfileFit write_profile_pdf(const ProfilePage& page, const std::filesystem::path& file);

}  // namespace pcr::model
