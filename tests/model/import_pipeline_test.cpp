// Tests of ImportPipeline: everything reaches the target in order, and a target's failure ends the stream
// with that failure.
#include "model/exchange/import_pipeline.h"

#include <atomic>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace pcr::model;

namespace {

SubjectRecords subject_of(int i) {
    SubjectRecords item;
    item.subject.kind = SubjectKind::Person;
    item.subject.id = "P-" + std::to_string(i);
    return item;
}

// Notes what it is given, slowly enough that the pipeline's queue fills; throws on subject `fail_at`.
struct Target final : InterchangeSink {
    std::vector<std::string> seen;
    std::thread::id thread;
    int fail_at = -1;
    void subject(const SubjectRecords& s) override {
        thread = std::this_thread::get_id();
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        if (static_cast<int>(seen.size()) == fail_at)
            throw std::runtime_error("disk full at " + s.subject.id);
        seen.push_back(s.subject.id);
    }
    void assessment(const WorkbookAssessment& a) override { seen.push_back("assessment " + a.workbook); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(import_pipeline_test)

BOOST_AUTO_TEST_CASE(everything_given_reaches_the_target_in_order_on_another_thread) {
    Target target;
    std::vector<std::string> given;
    {
        ImportPipeline pipeline(target);
        for (int i = 0; i < 100; ++i) {
            SubjectRecords item = subject_of(i);
            given.push_back(item.subject.id);
            if (i % 2)
                pipeline.take_subject(std::move(item));
            else
                pipeline.subject(item);
        }
        WorkbookAssessment assessment;
        assessment.workbook = "homecare";
        pipeline.assessment(assessment);
        given.push_back("assessment homecare");
        pipeline.finish();
    }
    BOOST_TEST(target.seen == given, boost::test_tools::per_element());
    BOOST_TEST((target.thread != std::this_thread::get_id()));
}

BOOST_AUTO_TEST_CASE(a_failure_of_the_target_is_thrown_to_the_giver_and_nothing_after_it_is_written) {
    Target target;
    target.fail_at = 5;
    ImportPipeline pipeline(target);
    std::string thrown;
    int given = 0;
    try {
        for (; given < 1000; ++given) pipeline.subject(subject_of(given));
        pipeline.finish();
    } catch (const std::runtime_error& e) {
        thrown = e.what();
    }
    BOOST_TEST(thrown == "disk full at P-5");
    BOOST_TEST(given < 1000);  // the giver learnt of it before the end
    BOOST_TEST(target.seen.size() == 5u);
    // Once failed, it stays failed.
    BOOST_CHECK_THROW(pipeline.finish(), std::runtime_error);
    BOOST_CHECK_THROW(pipeline.subject(subject_of(2000)), std::runtime_error);
    BOOST_TEST(target.seen.size() == 5u);
}

BOOST_AUTO_TEST_CASE(destroyed_without_finishing_it_stops_without_writing_the_rest) {
    Target target;
    {
        ImportPipeline pipeline(target);
        for (int i = 0; i < 40; ++i) pipeline.subject(subject_of(i));
    }
    // What was written came first and in order; the destructor waited for the one being written.
    BOOST_TEST(target.seen.size() <= 40u);
    for (std::size_t i = 0; i < target.seen.size(); ++i)
        BOOST_TEST(target.seen[i] == "P-" + std::to_string(i));
}

BOOST_AUTO_TEST_SUITE_END()
