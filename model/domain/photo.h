// A subject's photo as the store keeps it: PNG or JPEG bytes with their type, and the size limit for photos.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace pcr::model {

struct Photo {
    std::string mime;                  // "image/png" or "image/jpeg"
    std::vector<unsigned char> bytes;  // the image file as chosen (or as scaled by the app)
    std::string updated_at;            // UTC, "YYYY-MM-DDTHH:MM:SSZ"
};

// The largest photo file accepted, before or after scaling: a phone picture fits, a scan of a poster does
// not.
inline constexpr std::uintmax_t kMaxPhotoBytes = 5 * 1024 * 1024;

// Throws pcr::UserError naming the file's size and the limit when `size` bytes is over kMaxPhotoBytes (or
// when the file is empty). `what` names the file in the message.
void check_photo_size(std::uintmax_t size, const std::string& what);

// "image/png" or "image/jpeg" from the file's first bytes; empty for anything else.
std::string photo_mime(const std::vector<unsigned char>& bytes);

// "7.3 MB", "820 KB", "512 bytes": sizes as people read them.
std::string size_words(std::uintmax_t bytes);

}  // namespace pcr::model
