// Tests of the Markdown the user guide is written in, turned into HTML, and of finding the guide itself.
#include "model/help/markdown.h"

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "model/core/errors.h"
#include "model/help/user_guide.h"

using namespace pcr::model;

BOOST_AUTO_TEST_SUITE(markdown_test)

BOOST_AUTO_TEST_CASE(headings_paragraphs_and_lists_become_their_elements) {
    const std::string html = markdown_to_html(
        "# Guide\n\nFirst line\nsecond line.\n\n## After a visit\n- one\n- two\n  wrapped\n\n1. first\n2. "
        "second\n");
    BOOST_TEST(
        html ==
        "<h1>Guide</h1>\n<p>First line second line.</p>\n<h2>After a visit</h2>\n"
        "<ul>\n<li>one</li>\n<li>two wrapped</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n");
}

BOOST_AUTO_TEST_CASE(bold_code_and_links_inside_text) {
    BOOST_TEST(markdown_to_html("Press **Ctrl+L** or run `pcrecords-cli` and see [exports](exports.md).") ==
               "<p>Press <b>Ctrl+L</b> or run <code>pcrecords-cli</code> and see "
               "<a href=\"exports.md\">exports</a>.</p>\n");
}

BOOST_AUTO_TEST_CASE(markup_in_the_text_is_escaped_and_lone_marks_are_text) {
    BOOST_TEST(markdown_to_html("<script>x</script> & 2 * 3 [not a link") ==
               "<p>&lt;script&gt;x&lt;/script&gt; &amp; 2 * 3 [not a link</p>\n");
    BOOST_TEST(markdown_to_html("#hashtag") == "<p>#hashtag</p>\n");
}

BOOST_AUTO_TEST_CASE(the_shipped_guide_is_found_and_covers_the_tasks) {
    const auto file = user_guide_file();
    BOOST_REQUIRE(file.has_value());
    const std::string html = user_guide_html(*file);
    BOOST_TEST(html.find("<title>") != std::string::npos);
    for (const char* task : {"After a visit", "Reviews", "Workbook", "Export", "Keyboard"})
        BOOST_TEST(html.find(task) != std::string::npos, task);
}

BOOST_AUTO_TEST_CASE(an_unreadable_guide_says_which_file) {
    const auto missing = std::filesystem::temp_directory_path() / "pcr-no-such-guide.md";
    try {
        user_guide_html(missing);
        BOOST_FAIL("no error");
    } catch (const pcr::StorageError& error) {
        BOOST_TEST(std::string(error.what()).find("pcr-no-such-guide.md") != std::string::npos);
    }
}

BOOST_AUTO_TEST_SUITE_END()
