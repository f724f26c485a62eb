// Entry point of the model test executable; the suites live in the *_test.cpp files beside it.
#define BOOST_TEST_MODULE pcr_model_tests
#include <boost/test/unit_test.hpp>
