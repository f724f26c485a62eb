// Photo checks: the size limit with a message naming both sizes, and the type from the file's signature.
#include "model/domain/photo.h"

#include <algorithm>
#include <cstdio>

#include "model/core/errors.h"

namespace pcr::model {

std::string size_words(std::uintmax_t bytes) {
    char text[32];
    if (bytes >= 1024 * 1024)
        std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    else if (bytes >= 1024)
        std::snprintf(text, sizeof text, "%ju KB", bytes / 1024);
    else
        std::snprintf(text, sizeof text, "%ju bytes", bytes);
    return text;
}

void check_photo_size(std::uintmax_t size, const std::string& what) {
    if (size == 0) throw UserError(what + " is empty; choose a PNG or JPEG picture.");
    if (size > kMaxPhotoBytes)
        throw UserError(what + " is " + size_words(size) + "; a photo can be at most " +
                        size_words(kMaxPhotoBytes) +
                        ". Choose a smaller picture, or make this one smaller in a photo editor first.");
}

std::string photo_mime(const std::vector<unsigned char>& bytes) {
    static const unsigned char png[] = {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    if (bytes.size() >= sizeof png && std::equal(png, png + sizeof png, bytes.begin())) return "image/png";
    if (bytes.size() >= 3 && bytes[0] == 0xff && bytes[1] == 0xd8 && bytes[2] == 0xff) return "image/jpeg";
    return {};
}

}  // namespace pcr::model
