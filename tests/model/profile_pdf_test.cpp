// Tests of the one-page profile PDF: always one page, every item or a "continued" mark, every script, photos.
#include "model/export/profile_pdf.h"

#include <boost/test/unit_test.hpp>
#include <sstream>

#include "model/core/date_text.h"
#include "model/core/errors.h"
#include "model/demo/demo_generator.h"
#include "model/export/profile_page.h"
#include "support/pdf_tools.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::collapse_spaces;
using pcr::test::pdf_pages;
using pcr::test::pdf_text;
using pcr::test::TempFolder;

namespace {

// A 12×16 picture, saved by gdk-pixbuf as PNG (with alpha) and as JPEG.
const unsigned char kPng[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
    0x52, 0x00, 0x00, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x22,
    0x61, 0x9e, 0x07, 0x00, 0x00, 0x00, 0x04, 0x73, 0x42, 0x49, 0x54, 0x08, 0x08, 0x08, 0x08,
    0x7c, 0x08, 0x64, 0x88, 0x00, 0x00, 0x00, 0x20, 0x49, 0x44, 0x41, 0x54, 0x28, 0x91, 0x63,
    0xd4, 0x88, 0xda, 0xf2, 0x9f, 0x9f, 0x81, 0x81, 0x81, 0x58, 0xcc, 0xc2, 0xc0, 0xc1, 0x40,
    0x12, 0x18, 0xd5, 0x30, 0xaa, 0x61, 0xe8, 0x68, 0x00, 0x00, 0xbd, 0xe6, 0x03, 0x90, 0x50,
    0xed, 0x4d, 0x1a, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};
const unsigned char kJpeg[] = {
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x0d, 0x09, 0x0a, 0x0b, 0x0a, 0x08, 0x0d, 0x0b, 0x0a,
    0x0b, 0x0e, 0x0e, 0x0d, 0x0f, 0x13, 0x20, 0x15, 0x13, 0x12, 0x12, 0x13, 0x27, 0x1c, 0x1e, 0x17, 0x20,
    0x2e, 0x29, 0x31, 0x30, 0x2e, 0x29, 0x2d, 0x2c, 0x33, 0x3a, 0x4a, 0x3e, 0x33, 0x36, 0x46, 0x37, 0x2c,
    0x2d, 0x40, 0x57, 0x41, 0x46, 0x4c, 0x4e, 0x52, 0x53, 0x52, 0x32, 0x3e, 0x5a, 0x61, 0x5a, 0x50, 0x60,
    0x4a, 0x51, 0x52, 0x4f, 0xff, 0xdb, 0x00, 0x43, 0x01, 0x0e, 0x0e, 0x0e, 0x13, 0x11, 0x13, 0x26, 0x15,
    0x15, 0x26, 0x4f, 0x35, 0x2d, 0x35, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f,
    0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f,
    0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0x4f,
    0x4f, 0x4f, 0x4f, 0x4f, 0x4f, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x0c, 0x03, 0x01, 0x22,
    0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xc4, 0x00, 0x1f, 0x00, 0x00, 0x01, 0x05, 0x01, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05,
    0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0xff, 0xc4, 0x00, 0xb5, 0x10, 0x00, 0x02, 0x01, 0x03, 0x03, 0x02,
    0x04, 0x03, 0x05, 0x05, 0x04, 0x04, 0x00, 0x00, 0x01, 0x7d, 0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05,
    0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08,
    0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17,
    0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43,
    0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64,
    0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85,
    0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4,
    0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3,
    0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1,
    0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
    0xf9, 0xfa, 0xff, 0xc4, 0x00, 0x1f, 0x01, 0x00, 0x03, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a,
    0x0b, 0xff, 0xc4, 0x00, 0xb5, 0x11, 0x00, 0x02, 0x01, 0x02, 0x04, 0x04, 0x03, 0x04, 0x07, 0x05, 0x04,
    0x04, 0x00, 0x01, 0x02, 0x77, 0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41,
    0x51, 0x07, 0x61, 0x71, 0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23,
    0x33, 0x52, 0xf0, 0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19,
    0x1a, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47,
    0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68,
    0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88,
    0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
    0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6,
    0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe2, 0xe3, 0xe4, 0xe5,
    0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xff, 0xda, 0x00,
    0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00, 0x82, 0xda, 0xdb, 0xa7, 0x15, 0xa7,
    0x1d, 0xb7, 0xc8, 0x38, 0xa9, 0x6d, 0xad, 0xba, 0x71, 0x5a, 0x51, 0xdb, 0x7c, 0x83, 0x8a, 0xe9, 0xab,
    0x5f, 0x52, 0x32, 0xfc, 0x4f, 0xba, 0x7f, 0xff, 0xd9,
};

ProfilePage page_of(const std::string& name, const std::string& preferred,
                    const std::vector<std::vector<std::string>>& items) {
    ProfilePage page;
    page.subject = pcr::test::person("P-0001", name, preferred);
    page.tool_title = "One-page profile";
    const char* const ids[] = {"appreciation", "important-to-me", "how-to-support"};
    const char* const titles[] = {"What people like and admire about me", "What is important to me",
                                  "How best to support me"};
    for (int i = 0; i < 3; ++i)
        page.sections.push_back(
            {ids[i], titles[i], i < static_cast<int>(items.size()) ? items[i] : std::vector<std::string>{}});
    page.reviewed = pcr::test::day("2026-03-14");
    return page;
}

// `n` different items of about `length` characters, in words, for section `s`.
std::vector<std::string> items(int s, int n, std::size_t length = 0) {
    std::vector<std::string> out;
    for (int i = 1; i <= n; ++i) {
        std::string item =
            "Section " + std::to_string(s) + " item " + std::to_string(i) + " likes walks by the river";
        for (int w = 0; item.size() < length; ++w) item += " and word" + std::to_string(w);
        out.push_back(item);
    }
    return out;
}

struct Written {
    ProfileFit fit;
    int pages = 0;
    std::string text;
};

// Writes `page` as a PDF in a folder of its own and reads it back.
Written write(const ProfilePage& page) {
    TempFolder folder;
    const auto file = folder.path() / "profile.pdf";
    Written w;
    w.fit = write_profile_pdf(page, file);
    w.pages = pdf_pages(file);
    w.text = pdf_text(file);
    return w;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Every item is on the page whole, or its section is named as too long and the page says where the rest is;
// no item is ever shown in part.
void check_every_item_or_mark(const ProfilePage& page, const Written& w) {
    BOOST_TEST(w.pages == 1);
    for (const auto& section : page.sections) {
        BOOST_TEST(contains(w.text, section.title), section.title);
        const bool cut =
            std::find(w.fit.too_long.begin(), w.fit.too_long.end(), section.title) != w.fit.too_long.end();
        for (const auto& item : section.items) {
            const std::string whole = collapse_spaces(item);
            const bool shown = contains(w.text, whole);
            BOOST_TEST((shown || cut), "missing without a mark: " << whole.substr(0, 60));
            BOOST_TEST(shown == contains(w.text, whole.substr(0, 40)),
                       "shown in part: " << whole.substr(0, 60));
        }
        if (section.items.empty()) BOOST_TEST(contains(w.text, "Nothing written yet"));
    }
    BOOST_TEST(contains(w.text, "continued in the full record") == w.fit.continued());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(profile_pdf_test)

BOOST_AUTO_TEST_CASE(an_empty_profile_is_one_page_saying_nothing_is_written_yet) {
    ProfilePage page = page_of("Margaret Jones", "Peggy", {});
    page.reviewed.reset();
    const Written w = write(page);
    BOOST_TEST(w.pages == 1);
    BOOST_TEST(contains(w.text, "Peggy (Margaret Jones)"));
    BOOST_TEST(contains(w.text, "One-page profile"));
    BOOST_TEST(contains(w.text, "Not yet reviewed"));
    check_every_item_or_mark(page, w);
    BOOST_TEST(w.fit.text_size == 11);
    BOOST_TEST(w.fit.message() == "");
}

BOOST_AUTO_TEST_CASE(a_typical_profile_shows_every_item_at_the_largest_size_in_one_column) {
    const ProfilePage page = page_of("Mohammed Khan", "Mo", {items(1, 3), items(2, 6), items(3, 5)});
    const Written w = write(page);
    check_every_item_or_mark(page, w);
    BOOST_TEST(!w.fit.continued());
    BOOST_TEST(w.fit.text_size == 11);
    BOOST_TEST(w.fit.columns == 1);
    BOOST_TEST(contains(w.text, "Mo (Mohammed Khan)"));
    BOOST_TEST(contains(w.text, "Last reviewed 14 Mar 2026"));
    BOOST_TEST(contains(w.text, "Exported " + display_date(Date::today())));
}

BOOST_AUTO_TEST_CASE(sixty_items_a_section_fit_in_smaller_type_and_columns) {
    const ProfilePage page = page_of("Mohammed Khan", "Mo", {items(1, 60), items(2, 60), items(3, 60)});
    const Written w = write(page);
    check_every_item_or_mark(page, w);
    BOOST_TEST(w.fit.text_size < 11);
    BOOST_TEST(w.fit.text_size >= 6.5);
    BOOST_TEST_MESSAGE("60 items: " << w.fit.text_size << "pt, " << w.fit.columns << " columns, "
                                    << w.fit.too_long.size() << " sections too long");
}

BOOST_AUTO_TEST_CASE(items_of_two_thousand_characters_are_shown_whole_or_left_to_the_full_record) {
    const ProfilePage page =
        page_of("Mohammed Khan", "Mo", {items(1, 4, 2000), items(2, 4, 2000), items(3, 4, 2000)});
    const Written w = write(page);
    check_every_item_or_mark(page, w);
    BOOST_TEST(w.fit.continued());
    BOOST_TEST(w.fit.text_size == 6.5);
    // A fair share: every section shows at least its first item.
    for (int s = 1; s <= 3; ++s) BOOST_TEST(contains(w.text, collapse_spaces(items(s, 1, 2000)[0])));
    BOOST_TEST(w.fit.message().find("The one-page profile of Mo is too long for one page: '") == 0);
    BOOST_TEST(contains(w.fit.message(), "continue in the full record. Shorten those sections to fit."));
}

BOOST_AUTO_TEST_CASE(one_section_too_long_is_named_and_the_others_are_whole) {
    const ProfilePage page = page_of("Mohammed Khan", "Mo", {items(1, 3), items(2, 3), items(3, 40, 600)});
    const Written w = write(page);
    check_every_item_or_mark(page, w);
    BOOST_TEST(w.fit.too_long == std::vector<std::string>{"How best to support me"});
    BOOST_TEST(
        w.fit.message() ==
        "The one-page profile of Mo is too long for one page: 'How best to support me' continues in the "
        "full record. Shorten that section to fit.");
}

BOOST_AUTO_TEST_CASE(an_item_of_200000_unbroken_letters_is_left_to_the_full_record_and_the_rest_shown) {
    // Measured by its start alone (profile_pdf.cpp), as every size tried would lay all of it out again.
    std::string letters;
    for (int i = 0; i < 200'000; ++i) letters += static_cast<char>('a' + i % 26);
    std::vector<std::string> first = items(1, 2);
    first.insert(first.begin() + 1, letters);
    const ProfilePage page = page_of("Mohammed Khan", "Mo", {first, items(2, 3), items(3, 3)});
    const Written w = write(page);
    check_every_item_or_mark(page, w);
    BOOST_TEST(w.fit.too_long == std::vector<std::string>{"What people like and admire about me"});
    BOOST_TEST(contains(w.text, first[0]));
    BOOST_TEST(!contains(w.text, letters.substr(0, 200)));
    BOOST_TEST(contains(w.text, "(2 more items)"));
    for (const auto& item : items(3, 3)) BOOST_TEST(contains(w.text, item));
}

BOOST_AUTO_TEST_CASE(welsh_polish_urdu_and_arabic_are_real_text_in_embedded_fonts) {
    const ProfilePage page = page_of(
        "فاطمة الزهراء", "", {{"Siân Llŷr", "Zażółć gęślą jaźń"}, {"محمد علی", "فاطمة الزهراء"}, {"Tea"}});
    TempFolder folder;
    const auto file = folder.path() / "rtl.pdf";
    const ProfileFit fit = write_profile_pdf(page, file);
    BOOST_TEST(!fit.continued());
    const std::string text = pdf_text(file);
    for (const char* words : {"Siân Llŷr", "Zażółć gęślą jaźń", "محمد", "علی", "فاطمة", "الزهراء"})
        BOOST_TEST(contains(text, words), words);
    const std::string fonts = pcr::test::pdf_fonts(file);
    BOOST_TEST(contains(fonts, "DejaVuSans"));
    // Every font line of pdffonts says "yes" for embedded (emb) and subset (sub).
    std::istringstream lines(fonts);
    std::string line;
    int font_lines = 0;
    while (std::getline(lines, line))
        if (contains(line, "+")) {
            ++font_lines;
            BOOST_TEST(contains(line, " yes yes "), line);
        }
    BOOST_TEST(font_lines > 0);
}

BOOST_AUTO_TEST_CASE(markup_in_a_name_is_shown_as_text) {
    const ProfilePage page = page_of("<script>alert(1)</script>", "", {{"<b>bold?</b> & more"}});
    const Written w = write(page);
    BOOST_TEST(w.pages == 1);
    BOOST_TEST(contains(w.text, "<script>alert(1)</script>"));
    BOOST_TEST(contains(w.text, "<b>bold?</b> & more"));
}

BOOST_AUTO_TEST_CASE(png_and_jpeg_photos_are_drawn_and_a_corrupt_one_is_left_out) {
    TempFolder folder;
    ProfilePage page = page_of("Mohammed Khan", "Mo", {items(1, 3), items(2, 3), items(3, 3)});
    const auto with_photo = [&](const unsigned char* bytes, std::size_t size, const std::string& mime) {
        page.photo = Photo{mime, std::vector<unsigned char>(bytes, bytes + size), "2026-01-01T00:00:00Z"};
        const auto file = folder.path() / ("photo" + std::to_string(size) + ".pdf");
        const ProfileFit fit = write_profile_pdf(page, file);
        BOOST_TEST(pdf_pages(file) == 1);
        BOOST_TEST(!fit.continued());
        BOOST_TEST(contains(pdf_text(file), "Mo (Mohammed Khan)"));
        return pcr::test::command_output("pdfimages -list " + pcr::test::quoted(file) + " 2>/dev/null");
    };
    BOOST_TEST(contains(with_photo(kPng, sizeof kPng, "image/png"), " 12    16 "));
    BOOST_TEST(contains(with_photo(kJpeg, sizeof kJpeg, "image/jpeg"), " 12    16 "));
    std::vector<unsigned char> corrupt(kPng, kPng + 40);
    corrupt.resize(400, 0x42);
    BOOST_TEST(!contains(with_photo(corrupt.data(), corrupt.size(), "image/png"), " 12    16 "));
}

BOOST_AUTO_TEST_CASE(every_demo_persons_profile_from_the_store_is_one_page_with_every_item) {
    pcr::test::FreshStore fresh;
    DemoOptions options;
    options.people = 12;
    options.staff = 2;
    options.logs = 50;
    options.today = pcr::test::day("2026-06-30");
    NoProgress quiet;
    generate_demo(*fresh.store, pcr::test::shipped_templates(), options, quiet);
    int checked = 0;
    for (const auto& subject : fresh.store->subjects(SubjectKind::Person)) {
        const ProfilePage page =
            profile_page(*fresh.store, pcr::test::shipped_templates(), SubjectKind::Person, subject.id);
        const Written w = write(page);
        check_every_item_or_mark(page, w);
        BOOST_TEST(contains(w.text, collapse_spaces(subject.display_name())), subject.display_name());
        ++checked;
    }
    BOOST_TEST(checked == 12);
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_named_and_nothing_is_written) {
    TempFolder folder;
    const auto file = folder.path() / "no-such-folder" / "profile.pdf";
    BOOST_CHECK_THROW(write_profile_pdf(page_of("Mo", "", {}), file), pcr::UserError);
    BOOST_TEST(!std::filesystem::exists(file));
}

BOOST_AUTO_TEST_SUITE_END()
