// A subject's photo decoded for drawing on a PDF page or a printout.
#pragma once

#include "model/domain/photo.h"
#include "model/export/pango_cairo.h"

namespace pcr::model {

// The photo (PNG or JPEG bytes, turned upright by its EXIF orientation) as a cairo image surface of at most
// `max_width` × `max_height` pixels, its shape kept. nullptr when the bytes are not an image gdk-pixbuf can
// read, so a page is drawn without the photo rather than not at all.
SurfacePtr photo_surface(const Photo& photo, int max_width, int max_height);

}  // namespace pcr::model
