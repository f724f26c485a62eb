// Test helpers for the interchange file: small files built around a body, problem look-ups and sample files.
#pragma once

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>

#include "model/exchange/interchange_reader.h"

namespace pcr::test {

// A format-1 file around `body`: the declaration is line 1, <pcrecords> line 2, so the body starts on line 3.
inline std::string interchange_file(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<pcrecords format=\"1\" exported=\"2026-11-26T14:00:00Z\">\n" +
           body + "</pcrecords>\n";
}

// One active person P-1 named Ann around `body`: <person> is line 3, <name> line 4, the body starts on
// line 5.
inline std::string person_file(const std::string& body) {
    return interchange_file("  <person id=\"P-1\" status=\"active\">\n    <name>Ann</name>\n" + body +
                            "  </person>\n");
}

// Every problem, one a line, for failure messages.
inline std::string listed(const std::vector<model::InterchangeProblem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.to_string() + "\n";
    return out.empty() ? "(no problems)" : out;
}

// True when a problem on `line` mentions every one of `words`.
inline bool has_problem(const std::vector<model::InterchangeProblem>& problems, int line,
                        std::initializer_list<std::string> words) {
    for (const auto& p : problems) {
        if (p.line != line) continue;
        const std::string text = p.to_string();
        bool all = true;
        for (const auto& w : words) all = all && text.find(w) != std::string::npos;
        if (all) return true;
    }
    return false;
}

// The project's own small caseload (tests/data/caseload.xml): five people, three staff, the team and an
// assessment, so the tests need nothing outside the repository.
inline std::filesystem::path caseload_file() {
    return std::filesystem::path(PCR_TEST_SOURCE_DIR) / "data" / "caseload.xml";
}

inline std::string file_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline void write_text(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
}

// Names and text that have broken exporters before: accents, Welsh, Polish, Urdu, emoji, markup, spacing.
inline std::string odd_unicode_file() {
    return interchange_file(R"(  <person id="P-ZOE" status="active">
    <name>Zoë Ó Súilleabháin</name>
    <preferred-name>Zoë</preferred-name>
    <born>1950-02-28</born>
    <record tool="one-page-profile" reviewed="2026-06-01">
      <section id="appreciation">
        <item>Sings in Welsh with Siân 🎶</item>
        <item>&lt;script&gt;alert("hi")&lt;/script&gt; &amp; friends</item>
        <item>  spaced  </item>
      </section>
      <section id="important-to-me">
        <item>Tea at 4pm, not "at around four"
Biscuits on the side</item>
      </section>
    </record>
    <record tool="person-centred-review" reviewed="2026-05-02">
      <section id="meetings">
        <row date="2026-05-02">
          <cell column="attendees">
            <attendee role="person">Zoë</attendee>
            <attendee role="family">Łukasz Wójcik</attendee>
            <attendee role="staff">نسرین</attendee>
          </cell>
          <cell column="working">Mornings 🌅</cell>
        </row>
      </section>
    </record>
  </person>
  <person id="P-نسرین" status="archived">
    <name>نسرین احمد</name>
  </person>
  <staff id="S-ŁW" status="active">
    <name>Łukasz Wójcik</name>
  </staff>
)");
}

}  // namespace pcr::test
