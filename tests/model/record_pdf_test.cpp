// Tests of the whole-record PDF: every kept tool with its tables, what is not kept, the history, page
// numbers.
#include "model/export/record_pdf.h"

#include <boost/test/unit_test.hpp>
#include <regex>

#include "model/export/whole_record.h"
#include "support/pdf_tools.h"
#include "support/store_samples.h"
#include "support/tool_records.h"

using namespace pcr::model;
using pcr::test::pdf_pages;
using pcr::test::pdf_text;
using pcr::test::TempFolder;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A word `pdftotext -bbox` found, on page `page` (from 1), with its top and bottom from the top of the page.
struct PdfWord {
    int page = 0;
    double top = 0;
    double bottom = 0;
    std::string text;
};

std::vector<PdfWord> pdf_words(const std::filesystem::path& file) {
    const std::string xhtml =
        pcr::test::command_output("pdftotext -bbox -enc UTF-8 " + pcr::test::quoted(file) + " - 2>/dev/null");
    static const std::regex tag(
        R"re(<page |<word xMin="[^"]*" yMin="([^"]*)" xMax="[^"]*" yMax="([^"]*)">([^<]*)</word>)re");
    std::vector<PdfWord> words;
    int page = 0;
    for (auto it = std::sregex_iterator(xhtml.begin(), xhtml.end(), tag); it != std::sregex_iterator();
         ++it) {
        if (!(*it)[1].matched) {
            ++page;
            continue;
        }
        words.push_back(PdfWord{page, std::stod((*it)[1]), std::stod((*it)[2]), (*it)[3]});
    }
    return words;
}

// Zoë from the sample caseload, with her agreement, log, profile and review, judged on 2026-07-01.
struct Zoe : pcr::test::FreshStore {
    Zoe() { store->import(pcr::test::sample_caseload()); }
    WholeRecord record() const {
        return whole_record(*store, pcr::test::shipped_templates(), SubjectKind::Person, "P-0001",
                            pcr::test::day("2026-07-01"));
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(record_pdf_test)

BOOST_AUTO_TEST_CASE(every_kept_tool_its_tables_and_the_history_are_in_the_pdf) {
    Zoe zoe;
    TempFolder folder;
    const auto file = folder.path() / "record.pdf";
    const int pages = write_record_pdf(zoe.record(), file);
    BOOST_TEST(pages >= 1);
    BOOST_TEST(pdf_pages(file) == pages);
    const std::string text = pdf_text(file);
    BOOST_TEST(contains(text, "Zo (Zoë Smith)"));
    BOOST_TEST(contains(text, "P-0001"));
    for (const char* words : {"One-page profile", "Decision-making agreement", "Learning log", "Speak slowly",
                              "What to eat", "Choosing what to wear.", "Walk 3", "Walks with Łukasz",
                              "Book the bus pass", "Not kept yet", "History", "% complete"})
        BOOST_TEST(contains(text, words), words);
    // Attendees read as name (role), with the role's label from the template.
    BOOST_TEST(contains(text, "Zoë ("));
    BOOST_TEST(contains(text, "Alan Jones ("));
    BOOST_TEST(contains(text, "Page 1 of " + std::to_string(pages)));
}

BOOST_AUTO_TEST_CASE(a_long_record_runs_onto_numbered_pages_with_the_name_on_each) {
    Zoe zoe;
    Record log = pcr::test::sample_log(400);
    log.version = zoe.store->record(SubjectKind::Person, "P-0001", "learning-log")->version;
    zoe.store->save_record(SubjectKind::Person, "P-0001", log);
    TempFolder folder;
    const auto file = folder.path() / "long.pdf";
    const int pages = write_record_pdf(zoe.record(), file);
    BOOST_TEST(pages > 3);
    BOOST_TEST(pdf_pages(file) == pages);
    const std::string text = pdf_text(file);
    const std::string total = " of " + std::to_string(pages);
    for (int page = 1; page <= pages; ++page)
        BOOST_TEST(contains(text, "Page " + std::to_string(page) + total));
    BOOST_TEST(contains(text, "Walk 1 "));
    BOOST_TEST(contains(text, "Walk 400 "));
    const std::string last_page = pcr::test::collapse_spaces(
        pcr::test::command_output("pdftotext -f " + std::to_string(pages) + " -l " + std::to_string(pages) +
                                  " " + pcr::test::quoted(file) + " - 2>/dev/null"));
    BOOST_TEST(contains(last_page, "Zo (Zoë Smith)"));
}

BOOST_AUTO_TEST_CASE(a_long_unbroken_text_is_all_there_on_pages_it_does_not_overflow) {
    // 200,000 letters without a space or line break: pango took seconds over one of 100,000, and its widths
    // overflow past about 300,000, so the exports lay it out in pieces (pango_cairo.h).
    std::string text;
    for (int i = 0; i < 200'000; ++i) text += static_cast<char>('a' + i % 26);
    Zoe zoe;
    Record profile = *zoe.store->record(SubjectKind::Person, "P-0001", "one-page-profile");
    profile.section_for_update("how-to-support").entries.push_back(Entry{0, {}, text, {}});
    zoe.store->save_record(SubjectKind::Person, "P-0001", profile);
    TempFolder folder;
    const auto file = folder.path() / "long-text.pdf";
    const int pages = write_record_pdf(zoe.record(), file);
    BOOST_TEST(pages > 20);
    BOOST_TEST(pdf_pages(file) == pages);

    const auto words = pdf_words(file);
    // Each page's footer line starts "Page n of N" at the right; its header is the page's top line.
    std::vector<double> header(static_cast<std::size_t>(pages) + 1, 1e9);
    std::vector<double> footer(static_cast<std::size_t>(pages) + 1, 0);
    for (const auto& w : words) {
        BOOST_REQUIRE(w.page >= 1 && w.page <= pages);
        header[static_cast<std::size_t>(w.page)] = std::min(header[static_cast<std::size_t>(w.page)], w.top);
        if (w.text == "Page")
            footer[static_cast<std::size_t>(w.page)] =
                std::max(footer[static_cast<std::size_t>(w.page)], w.top);
    }
    std::string body;
    int overflowing = 0;
    for (const auto& w : words) {
        const auto page = static_cast<std::size_t>(w.page);
        if (w.top < header[page] + 1 || w.top > footer[page] - 1) continue;  // the header or footer line
        if (w.bottom > footer[page]) ++overflowing;
        body += w.text;
    }
    BOOST_TEST(overflowing == 0);
    // Every letter, in order, with only the bullet before it.
    BOOST_TEST(body.find(text) != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
