// Every person of a demo caseload exported as a one-page profile: one PDF page holding every item (or the
// continuation mark for a section too long), and an HTML page with every value escaped.
#include <array>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <memory>
#include <set>

#include "model/demo/demo_generator.h"
#include "model/export/html_exporter.h"
#include "model/export/profile_page.h"
#include "model/export/profile_pdf.h"
#include "support/pdf_tools.h"
#include "support/store_samples.h"

using namespace pcr;
using namespace pcr::model;

namespace {

// `text` without the direction marks pdftotext puts around right-to-left runs.
std::string without_marks(const std::string& text) {
    static const std::vector<std::string> marks = {"\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
                                                   "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"};
    std::string plain = text;
    for (const auto& mark : marks)
        for (auto at = plain.find(mark); at != std::string::npos; at = plain.find(mark, at))
            plain.erase(at, mark.size());
    return plain;
}

// Words of `text`, split at whitespace, as pdftotext gives them back whatever the line breaks: without the
// direction marks, and without the brackets and punctuation around words (it writes brackets in visual
// order).
std::vector<std::string> words(const std::string& text) {
    const std::string plain = without_marks(text);
    std::vector<std::string> out;
    std::string word;
    const auto flush = [&] {
        const auto first = word.find_first_not_of("()[]{}.,;:!?'\"");
        const auto last = word.find_last_not_of("()[]{}.,;:!?'\"");
        if (first != std::string::npos) out.push_back(word.substr(first, last - first + 1));
        word.clear();
    };
    for (char c : plain) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
            flush();
        else
            word += c;
    }
    flush();
    return out;
}

struct DemoCaseload {
    test::FreshStore fresh;
    TemplateRegistry templates = TemplateRegistry::load(PCR_SOURCE_TEMPLATES);
    DemoCaseload() {
        DemoOptions options;
        options.people = 120;
        options.staff = 4;
        options.logs = 100;
        options.seed = 5;
        options.today = Date(2026, 11, 1);
        NoProgress quiet;
        generate_demo(*fresh.store, templates, options, quiet);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(demo_profiles_test)

BOOST_AUTO_TEST_CASE(every_demo_person_gets_one_page_with_every_item_or_the_continuation_mark) {
    DemoCaseload demo;
    // Archived people too: their profile may still be asked for.
    const auto people = demo.fresh.store->subjects(SubjectKind::Person, SubjectQuery{{}, true});
    BOOST_REQUIRE(people.size() == 120u);
    int continued = 0;
    std::set<std::string> scripts_seen;
    for (const Subject& person : people) {
        BOOST_TEST_CONTEXT(person.id << " " << person.name) {
            const ProfilePage page =
                profile_page(*demo.fresh.store, demo.templates, SubjectKind::Person, person.id);
            const auto file = demo.fresh.folder.path() / (person.id + ".pdf");
            const ProfileFit fit = write_profile_pdf(page, file);
            const std::string info = test::command_output("pdfinfo '" + file.string() + "'");
            BOOST_TEST(info.find("Pages:           1\n") != std::string::npos);

            const std::string text = test::command_output("pdftotext -enc UTF-8 '" + file.string() + "' -");
            const auto shown = words(text);
            const std::set<std::string> on_page(shown.begin(), shown.end());
            // The full name word by word; the preferred name whole, as pdftotext may join it to the next word
            // where the direction changes.
            for (const std::string& w : words(person.name)) BOOST_TEST(on_page.count(w) == 1u);
            BOOST_TEST(without_marks(text).find(person.display_name()) != std::string::npos);
            for (const ProfileSection& section : page.sections) {
                const bool cut =
                    std::find(fit.too_long.begin(), fit.too_long.end(), section.title) != fit.too_long.end();
                if (cut) continue;
                for (const std::string& item : section.items)
                    for (const std::string& w : words(item))
                        BOOST_TEST(on_page.count(w) == 1u,
                                   "'" << w << "' of '" << item << "' is on the page");
            }
            if (fit.continued()) {
                ++continued;
                BOOST_TEST(text.find("continued in the full record") != std::string::npos);
            }
            for (unsigned char c : person.display_name())
                if (c >= 0xd8 && c <= 0xdb) scripts_seen.insert("arabic script");  // U+0600-U+06FF lead bytes
        }
    }
    BOOST_TEST(continued == 0);  // demo profiles are of ordinary length
    BOOST_TEST(scripts_seen.count("arabic script") == 1u);
}

BOOST_AUTO_TEST_CASE(every_demo_person_gets_an_html_page_with_their_name_and_no_raw_markup) {
    DemoCaseload demo;
    const HtmlExporter html = HtmlExporter::load(std::filesystem::path(PCR_SOURCE_TEMPLATES) / "export");
    for (const Subject& person : demo.fresh.store->subjects(SubjectKind::Person, SubjectQuery{{}, true})) {
        BOOST_TEST_CONTEXT(person.id) {
            const ProfilePage page =
                profile_page(*demo.fresh.store, demo.templates, SubjectKind::Person, person.id);
            const std::string out = html.profile(page);
            BOOST_TEST(out.find(person.display_name()) != std::string::npos);
            for (const auto& section : page.sections)
                for (const auto& item : section.items)
                    if (item.find_first_of("<>&\"'") == std::string::npos)
                        BOOST_TEST(out.find(item) != std::string::npos);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
