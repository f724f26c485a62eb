// The assess, scores and actions commands as scripts use them: CSV in and out, carry-over, refusals that
// store nothing.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli_runner.h"

using pcr::test::lines;
using pcr::test::run_cli;
using pcr::test::slurp;
using pcr::test::TempFolder;

namespace {

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// An empty database: every measured topic has coverage 0 and a suggestion of 1.
struct Db {
    TempFolder tmp;
    std::string db = (tmp / "care.pcrdb").string();
    Db() { BOOST_TEST_REQUIRE(run_cli({"--db", db, "init"}).code == 0); }

    std::string file(const std::string& name, const std::string& text) const {
        write(tmp / name, text);
        return (tmp / name).string();
    }
    pcr::test::CliResult run(std::vector<std::string> args, const std::string& today = "2026-06-30") const {
        args.insert(args.begin(), {"--db", db, "--today", today});
        return run_cli(args);
    }
    std::string scores() const { return run({"scores"}).out; }
};

const std::string kScores =
    "topic,level,note\n"
    "1.3,3,\"Better, \"\"much\"\" better\n"
    "line two — Zoë\"\n"
    "2.1,2,\n"
    "1.1,,\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_commands_test)

BOOST_AUTO_TEST_CASE(assess_stores_the_scores_beside_the_days_evidence_and_flags_what_is_too_high) {
    Db d;
    const auto r = d.run({"assess", "--date", "2026-06-01", "--scores", d.file("scores.csv", kScores)});
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    const auto out = lines(r.out);
    BOOST_TEST_REQUIRE(out.size() == 28u);
    BOOST_TEST(out[0] == "topic,level,suggested,coverage,flagged");
    BOOST_TEST(out[1] == "1.1,,1,0,0");
    BOOST_TEST(out[3] == "1.3,3,1,0,1");
    BOOST_TEST(out[11] == "2.1,2,,,0");  // self-assessed: no evidence to compare with
    BOOST_TEST(
        lines(r.err) ==
            (std::vector<std::string>{
                "Recorded the progress-for-providers-homecare assessment of 2026-06-01: 2 of 27 topics "
                "scored, 0 actions.",
                "Flagged: topic 1.3 is scored 3 but the records suggest 1."}),
        boost::test_tools::per_element());

    const auto scores = lines(d.scores());
    BOOST_TEST(scores.size() == 28u);
    BOOST_TEST(scores[0] == "date,topic,level,suggested");
    BOOST_TEST(scores[1] == "2026-06-01,1.1,,1");
    BOOST_TEST(scores[3] == "2026-06-01,1.3,3,1");
    BOOST_TEST(d.run({"scores", "--format", "csv"}).out == d.scores());

    // The note kept its comma, quotes, line break and accents.
    BOOST_TEST_REQUIRE(d.run({"export", "--out", (d.tmp / "all.xml").string()}).code == 0);
    BOOST_TEST(
        has(slurp(d.tmp / "all.xml"),
            "<score topic=\"1.3\" level=\"3\"><evidence measure=\"one-page-profile\" count=\"0\" total=\"0\" "
            "coverage=\"0\" suggested=\"1\"/><note>Better, \"much\" better\nline two — Zoë</note></score>"));
}

BOOST_AUTO_TEST_CASE(actions_are_listed_carried_over_and_judged_overdue_on_today) {
    Db d;
    const auto actions = d.file("actions.csv",
                                "topic,action,who,by_when,done\n"
                                "1.3,\"Review profiles, one a week\",Ayesha Khan,2026-05-01,\n"
                                "1.1,Ask families,Łukasz,2026-09-01,\n"
                                "2.1,Write a leaflet,Sam,2026-03-01,2026-02-20\n");
    BOOST_TEST_REQUIRE(
        d.run({"assess", "--date", "2026-04-01", "--scores", d.file("s.csv", kScores), "--actions", actions})
            .code == 0);
    BOOST_TEST(d.run({"actions"}).out ==
               "topic,action,who,by_when,done\n"
               "1.3,\"Review profiles, one a week\",Ayesha Khan,2026-05-01,\n"
               "1.1,Ask families,Łukasz,2026-09-01,\n"
               "2.1,Write a leaflet,Sam,2026-03-01,2026-02-20\n");
    BOOST_TEST(d.run({"actions", "--overdue"}, "2026-05-01").out == "topic,action,who,by_when,done\n");
    BOOST_TEST(
        d.run({"actions", "--overdue"}, "2026-05-02").out ==
        "topic,action,who,by_when,done\n1.3,\"Review profiles, one a week\",Ayesha Khan,2026-05-01,\n");

    // Half a year on: the two actions not done are carried over; listing one again with a day marks it done.
    const auto r = d.run(
        {"assess", "--date", "2026-10-01", "--scores", d.file("s2.csv", "topic,level\n1.3,4\n"), "--actions",
         d.file("a2.csv", "topic,action,done\n1.3,\"Review profiles, one a week\",2026-09-30\n")},
        "2026-10-01");
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    BOOST_TEST(
        lines(r.err).at(0) ==
        "Recorded the progress-for-providers-homecare assessment of 2026-10-01: 1 of 27 topics scored, 2 "
        "actions (2 not done carried over from 2026-04-01).");
    BOOST_TEST(d.run({"actions"}).out ==
               "topic,action,who,by_when,done\n"
               "1.3,\"Review profiles, one a week\",,,2026-09-30\n"
               "1.1,Ask families,Łukasz,2026-09-01,\n");
    BOOST_TEST(d.run({"actions", "--overdue"}, "2026-10-01").out ==
               "topic,action,who,by_when,done\n1.1,Ask families,Łukasz,2026-09-01,\n");
}

BOOST_AUTO_TEST_CASE(recording_a_day_again_replaces_its_scores_and_keeps_its_actions) {
    Db d;
    BOOST_TEST_REQUIRE(d.run({"assess", "--date", "2026-06-01", "--scores", d.file("s.csv", kScores),
                              "--actions", d.file("a.csv", "topic,action\n1.3,Review profiles\n")})
                           .code == 0);
    const auto r =
        d.run({"assess", "--date", "2026-06-01", "--scores", d.file("s2.csv", "topic,level\n1.2,4\n")});
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    BOOST_TEST(has(r.err,
                   "1 of 27 topics scored, 1 action (1 kept from the assessment of that day, which this "
                   "replaces)."));
    const auto scores = lines(d.scores());
    BOOST_TEST(scores.size() == 28u);
    BOOST_TEST(scores[2] == "2026-06-01,1.2,4,1");
    BOOST_TEST(scores[3] == "2026-06-01,1.3,,1");
    BOOST_TEST(d.run({"actions"}).out == "topic,action,who,by_when,done\n1.3,Review profiles,,,\n");
}

BOOST_AUTO_TEST_CASE(every_assessment_save_is_a_version_in_the_workbooks_history_under_who_made_it) {
    Db d;
    auto as = [&](const std::string& who, std::vector<std::string> args) {
        args.insert(args.begin(), {"--as", who});
        return d.run(args);
    };
    BOOST_TEST_REQUIRE(
        as("Ayesha Khan", {"assess", "--date", "2026-06-01", "--scores", d.file("s.csv", kScores),
                           "--actions", d.file("a.csv", "topic,action\n1.3,Review profiles\n")})
            .code == 0);
    BOOST_TEST_REQUIRE(
        as("Łukasz", {"assess", "--date", "2026-06-01", "--scores", d.file("s2.csv", "topic,level\n1.2,4\n")})
            .code == 0);
    // The same scores again change nothing, so they make no version.
    BOOST_TEST_REQUIRE(
        as("Łukasz", {"assess", "--date", "2026-06-01", "--scores", d.file("s3.csv", "topic,level\n1.2,4\n")})
            .code == 0);
    const auto r = d.run({"history", "--assessments"});
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    const auto out = lines(r.out);
    BOOST_TEST_REQUIRE(out.size() == 3u);
    BOOST_TEST(out[0] == "when,who,assessment,version,change");
    BOOST_TEST(
        out[1].find(",Ayesha Khan,2026-06-01,1,started with 27 topics; 1 action added") != std::string::npos,
        out[1]);
    BOOST_TEST(out[2].find(",Łukasz,2026-06-01,2,3 levels changed; 1 note changed") != std::string::npos,
               out[2]);
    BOOST_TEST(d.run({"--as", " ", "history", "--assessments"}).code == 1);
}

BOOST_AUTO_TEST_CASE(a_bad_file_stores_nothing_and_says_where_in_one_line) {
    Db d;
    BOOST_TEST_REQUIRE(d.run({"assess", "--date", "2026-04-01", "--scores", d.file("s.csv", kScores)}).code ==
                       0);
    const std::string before = d.scores();

    struct Bad {
        std::string scores;
        std::string actions;
        std::string message;
    };
    const std::vector<Bad> bad = {
        {"topic,level,note\n1.1,3,\n9.9,2,\n", "",
         "bad.csv: line 3: unknown topic '9.9'; the workbook's topics are 1.1-1.10, 2.1-2.3, "
         "3.1-3.14 (the only problem; nothing was stored)"},
        {"topic,level,note\n1.1,6,\n1.2,0,\n", "",
         "bad.csv: line 2: level '6' is not a whole number from 1 to 5; leave it empty for a topic not yet "
         "scored "
         "(first of 2 problems; nothing was stored)"},
        {"topic,level,note\n1.1,3,\n1.1,4,\n", "",
         "bad.csv: line 3: topic 1.1 is given twice (first on line 2); keep one (the only problem; nothing "
         "was "
         "stored)"},
        {"1.1,3,good\n", "", "bad.csv: line 1: unknown column '1.1' in the header"},
        {"topic,level,note\n1.1,3,\"never closed\n", "",
         "bad.csv: line 2: field 3 opens a quote that is never closed"},
        {"topic,level\n1.1,3\n", "topic,action,by_when\n1.1,Ask,2026-02-30\n",
         "bad-actions.csv: line 2: by_when '2026-02-30' is not a date as YYYY-MM-DD (the only problem; "
         "nothing was "
         "stored)"},
    };
    for (const auto& b : bad) {
        std::vector<std::string> args = {"assess", "--date", "2026-06-01", "--scores",
                                         d.file("bad.csv", b.scores)};
        if (!b.actions.empty()) {
            args.push_back("--actions");
            args.push_back(d.file("bad-actions.csv", b.actions));
        }
        const auto r = d.run(args);
        BOOST_TEST(r.code == 1, b.message);
        BOOST_TEST(lines(r.err).size() == 1u, r.err);
        BOOST_TEST(r.err.starts_with("pcrecords-cli: Cannot record the assessment: "), r.err);
        BOOST_TEST(has(r.err, b.message), r.err);
        BOOST_TEST(r.out.empty());
        BOOST_TEST(d.scores() == before);
    }

    const auto missing = d.run({"assess", "--date", "2026-06-01", "--scores", (d.tmp / "none.csv").string()});
    BOOST_TEST(missing.code == 1);
    BOOST_TEST(has(missing.err, "none.csv: the file does not exist; check its name and folder"));
    BOOST_TEST(d.scores() == before);
}

BOOST_AUTO_TEST_CASE(dates_and_options_are_checked) {
    Db d;
    const auto scores = d.file("s.csv", kScores);
    const auto bad_date = d.run({"assess", "--date", "2026-02-30", "--scores", scores});
    BOOST_TEST(bad_date.code == 2);
    BOOST_TEST(has(bad_date.err, "--date needs a date as YYYY-MM-DD, not '2026-02-30'"));

    const auto future = d.run({"assess", "--date", "2026-07-01", "--scores", scores});
    BOOST_TEST(future.code == 1);
    BOOST_TEST(
        lines(future.err) ==
            std::vector<std::string>{
                "pcrecords-cli: Cannot record an assessment dated 2026-07-01, after today (2026-06-30): the "
                "evidence beside it is what the records show on its day. Give --date 2026-06-30 or earlier."},
        boost::test_tools::per_element());

    BOOST_TEST(d.run({"assess", "--date", "2026-06-01"}).code == 2);  // no --scores
    BOOST_TEST(d.run({"scores", "--format", "xml"}).code == 2);
    const auto workbook = d.run({"assess", "--date", "2026-06-01", "--scores", scores, "--workbook", "nope"});
    BOOST_TEST(workbook.code == 1);
    BOOST_TEST(has(workbook.err, "There is no workbook 'nope'"));
    BOOST_TEST(d.scores() == "date,topic,level,suggested\n");
}

BOOST_AUTO_TEST_CASE(assess_records_who_took_part_and_the_report_gives_it_with_the_regulators_view) {
    Db d;
    const auto r = d.run({"assess", "--date", "2026-06-01", "--scores", d.file("s.csv", kScores),
                          "--participation", "with-team"});
    BOOST_TEST_REQUIRE(r.code == 0, r.err);
    BOOST_TEST_REQUIRE(d.run({"export", "--out", (d.tmp / "all.xml").string()}).code == 0);
    BOOST_TEST(has(slurp(d.tmp / "all.xml"),
                   "<assessment date=\"2026-06-01\" workbook=\"progress-for-providers-homecare\" "
                   "participation=\"with-team\">"));
    const auto history = lines(d.run({"history", "--assessments"}).out);
    BOOST_TEST_REQUIRE(history.size() == 2u);
    BOOST_TEST(has(history[1], "who took part: With the team, to agree team and individual goals"),
               history[1]);

    // Recording the day again without --participation keeps who took part.
    BOOST_TEST_REQUIRE(
        d.run({"assess", "--date", "2026-06-01", "--scores", d.file("s2.csv", "topic,level\n1.2,4\n")})
            .code == 0);
    BOOST_TEST_REQUIRE(d.run({"export", "--out", (d.tmp / "again.xml").string()}).code == 0);
    BOOST_TEST(has(slurp(d.tmp / "again.xml"), "participation=\"with-team\""));

    const auto html = d.run({"report", "--out", (d.tmp / "report.html").string()});
    BOOST_TEST_REQUIRE(html.code == 0, html.err);
    const std::string page = slurp(d.tmp / "report.html");
    for (const char* words :
         {"Who took part: With the team, to agree team and individual goals", "<h2>The regulator's view</h2>",
          "CQC essential standards (outcomes)", "<h4 class=\"group\">Involvement and information</h4>",
          "<h4>Outcome 1: Respecting and involving people who use services</h4>",
          "Adult Social Care Outcomes Framework (ASCOF) domains", "Making it Real",
          "<li>I have a clear line of communication, action and follow-up.</li>",
          "Average level 4.0 (1 of 13 topics scored)"})
        BOOST_TEST(has(page, words), words);
    const auto pdf = d.run({"report", "--out", (d.tmp / "report.pdf").string()});
    BOOST_TEST(pdf.code == 0, pdf.err);

    const auto bad = d.run({"assess", "--date", "2026-06-02", "--scores", d.file("s3.csv", kScores),
                            "--participation", "everyone"});
    BOOST_TEST(bad.code == 2);
    BOOST_TEST(has(bad.err,
                   "--participation is who took part: alone, with-manager, with-team or "
                   "with-other-managers, not 'everyone'"),
               bad.err);
}

BOOST_AUTO_TEST_CASE(import_brings_actions_in_and_refuses_topics_the_workbook_lacks) {
    Db d;
    const std::string head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pcrecords format=\"1\" "
        "exported=\"2026-11-26T14:00:00Z\">\n"
        "  <assessment date=\"2026-05-01\" workbook=\"progress-for-providers-homecare\">\n"
        "    <score topic=\"1.3\" level=\"4\"><evidence measure=\"one-page-profile\" count=\"3\" total=\"4\" "
        "coverage=\"75\" suggested=\"4\"/></score>\n";
    const std::string tail = "  </assessment>\n</pcrecords>\n";
    const auto bad =
        d.run({"import", d.file("bad.xml", head + "    <score topic=\"2.10\" level=\"3\"/>\n" + tail)});
    BOOST_TEST(bad.code == 1);
    BOOST_TEST(lines(bad.err).size() == 1u);
    BOOST_TEST(has(bad.err, "line 5: <score topic=\"2.10\">: topic 2.10 is not in workbook"), bad.err);
    BOOST_TEST(d.scores() == "date,topic,level,suggested\n");

    const auto good =
        d.run({"import", d.file("good.xml", head +
                                                "    <action topic=\"1.3\" target=\"5\" who=\"Ann\" "
                                                "by-when=\"2026-06-01\">Review, then celebrate</action>\n" +
                                                tail)});
    BOOST_TEST_REQUIRE(good.code == 0, good.err);
    BOOST_TEST(d.scores() == "date,topic,level,suggested\n2026-05-01,1.3,4,4\n");
    BOOST_TEST(d.run({"actions", "--overdue"}).out ==
               "topic,action,who,by_when,done\n1.3,\"Review, then celebrate\",Ann,2026-06-01,\n");
}

BOOST_AUTO_TEST_CASE(with_no_assessment_the_lists_are_empty) {
    Db d;
    BOOST_TEST(d.scores() == "date,topic,level,suggested\n");
    const auto r = d.run({"actions"});
    BOOST_TEST(r.code == 0);
    BOOST_TEST(r.out == "topic,action,who,by_when,done\n");
}

BOOST_AUTO_TEST_SUITE_END()
