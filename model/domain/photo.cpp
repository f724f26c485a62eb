// Photo checks: the size limit with a message naming both sizes, and the type from the file's signature.
#include "model/domain/photo.h"

#include <algorithm>
#include <cstdio>

#include "model/core/errors.h"
#include "model/core/fill_in.h"
#include "model/core/translate.h"

namespace pcr::model {

std::string size_words(std::uintmax_t bytes) {
    if (bytes >= 1024 * 1024) {
        char number[32];
        std::snprintf(number, sizeof number, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
        return fill_in(tr("{1} MB"), number);
    }
    if (bytes >= 1024) return fill_in(tr("{1} KB"), bytes / 1024);
    return fill_in(tr_n("{1} byte", "{1} bytes", static_cast<unsigned long>(bytes)), bytes);
}

void check_photo_size(std::uintmax_t size, const std::string& what) {
    if (size == 0) throw UserError(fill_in(tr("{1} is empty; choose a PNG or JPEG picture."), what));
    if (size > kMaxPhotoBytes)
        throw UserError(
            fill_in(tr("{1} is {2}; a photo can be at most {3}. Choose a smaller picture, or make this "
                       "one smaller in a photo editor first."),
                    what, size_words(size), size_words(kMaxPhotoBytes)));
}

std::string photo_mime(const std::vector<unsigned char>& bytes) {
    static const unsigned char png[] = {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    if (bytes.size() >= sizeof png && std::equal(png, png + sizeof png, bytes.begin())) return "image/png";
    if (bytes.size() >= 3 && bytes[0] == 0xff && bytes[1] == 0xd8 && bytes[2] == 0xff) return "image/jpeg";
    return {};
}

}  // namespace pcr::model
