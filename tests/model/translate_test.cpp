// Tests that the model's messages and plurals come out of a catalogue when there is one, and English without.
#include "model/core/translate.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <optional>

#include "model/core/fill_in.h"
#include "model/domain/completeness.h"

using namespace pcr::model;

namespace {

// The pseudo-translation tests/data/translate/xx.po, compiled by the build into this folder.
const std::filesystem::path kLocale = PCR_TEST_LOCALE_DIR;

// Sets LANGUAGE for one test and puts back what was there, so no other suite sees the pseudo-language.
class Language {
  public:
    explicit Language(const char* language) {
        if (const char* old = std::getenv("LANGUAGE")) old_ = old;
        if (language)
            setenv("LANGUAGE", language, 1);
        else
            unsetenv("LANGUAGE");
        start_translation(kLocale);
    }
    ~Language() {
        if (old_)
            setenv("LANGUAGE", old_->c_str(), 1);
        else
            unsetenv("LANGUAGE");
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

  private:
    std::optional<std::string> old_;
};

SectionTemplate list_of_three() {
    SectionTemplate section;
    section.id = "likes";
    section.kind = SectionKind::List;
    section.min = 3;
    return section;
}

SectionTemplate table_needing(int rows) {
    SectionTemplate section;
    section.id = "plans";
    section.kind = SectionKind::Table;
    section.min = rows;
    section.columns.push_back(Column{"what", "What", "", ColumnType::Text, true, {}});
    return section;
}

SectionTemplate text_answer() {
    SectionTemplate section;
    section.id = "story";
    section.kind = SectionKind::Text;
    return section;
}

Record with_items(const std::string& section, int n) {
    Record record;
    auto& entries = record.section_for_update(section).entries;
    for (int i = 0; i < n; ++i) entries.push_back(Entry{0, {}, "something " + std::to_string(i), {}});
    return record;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(translate_test)

BOOST_AUTO_TEST_CASE(english_without_a_catalogue_for_the_language) {
    const Language english(nullptr);
    BOOST_TEST(assess_section(text_answer(), Record{}).missing == "an answer");
    BOOST_TEST(assess_section(list_of_three(), with_items("likes", 2)).missing == "1 more item");
    BOOST_TEST(assess_section(list_of_three(), Record{}).missing == "3 more items");
    BOOST_TEST(assess_section(table_needing(2), Record{}).missing == "2 more rows with What filled in");
}

BOOST_AUTO_TEST_CASE(a_catalogue_translates_model_messages_and_picks_the_plural_form) {
    const Language pseudo("xx");
    BOOST_TEST(assess_section(text_answer(), Record{}).missing == "[åñ åñšŵéŕ]");
    BOOST_TEST(assess_section(list_of_three(), with_items("likes", 2)).missing == "[ôñé ɱôŕé îţéɱ: 1]");
    BOOST_TEST(assess_section(list_of_three(), Record{}).missing == "[ɱôŕé îţéɱš: 3]");
    // The translation puts the column before the count: positional placeholders let it.
    BOOST_TEST(assess_section(table_needing(1), Record{}).missing == "[What ƒîłłéð îñ: 1 ɱôŕé ŕôŵ]");
}

BOOST_AUTO_TEST_CASE(a_message_the_catalogue_lacks_stays_english) {
    const Language pseudo("xx");
    BOOST_TEST(tr("No such message in any catalogue") == "No such message in any catalogue");
    BOOST_TEST(tr_n("{1} thing", "{1} things", 4) == "{1} things");
}

BOOST_AUTO_TEST_CASE(fill_in_puts_values_where_the_sentence_has_them) {
    BOOST_TEST(fill_in("{1} of {2} sections", 3, 5) == "3 of 5 sections");
    BOOST_TEST(fill_in("{2} sections, {1} done", 3, std::string("five")) == "five sections, 3 done");
    BOOST_TEST(fill_in("{1} and {1} again", "x") == "x and x again");
    BOOST_TEST(fill_in("{{1} stays, {3} has no value", "x") == "{1} stays, {3} has no value");
}

BOOST_AUTO_TEST_SUITE_END()
