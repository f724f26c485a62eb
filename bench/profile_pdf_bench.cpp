// Benchmark of one-page profile PDFs: a typical profile, one that needs smaller type and columns, and one too
// long for a page. Usage: profile_pdf_bench [repeats=100] [folder=/tmp]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "model/export/profile_pdf.h"

using namespace pcr::model;

namespace {

using Clock = std::chrono::steady_clock;

ProfilePage page_with(int items, std::size_t length) {
    ProfilePage page;
    page.subject.id = "P-0001";
    page.subject.name = "Mohammed Khan";
    page.subject.preferred_name = "Mo";
    page.tool_title = "One-page profile";
    page.reviewed = Date(2026, 3, 14);
    const char* const titles[] = {"What people like and admire about me", "What is important to me",
                                  "How best to support me"};
    for (const char* title : titles) {
        ProfileSection section{title, title, {}};
        for (int i = 1; i <= items; ++i) {
            std::string item = "Item " + std::to_string(i) + ": a cup of sweet tea in the garden";
            for (int w = 0; item.size() < length; ++w) item += " and word" + std::to_string(w);
            section.items.push_back(item);
        }
        page.sections.push_back(std::move(section));
    }
    return page;
}

void run(const char* what, const ProfilePage& page, int repeats, const std::filesystem::path& file) {
    ProfileFit fit;
    const auto start = Clock::now();
    for (int i = 0; i < repeats; ++i) fit = write_profile_pdf(page, file);
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count() / repeats;
    std::printf("%-28s %7.2f ms per PDF  (%.1f pt, %d columns%s)\n", what, ms, fit.text_size, fit.columns,
                fit.continued() ? ", continued" : "");
}

}  // namespace

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::atoi(argv[1]) : 100;
    const std::filesystem::path folder = argc > 2 ? argv[2] : "/tmp";
    const auto file = folder / "profile_pdf_bench.pdf";
    run("typical (5 items a section)", page_with(5, 0), repeats, file);
    run("60 items a section", page_with(60, 0), repeats, file);
    run("2,000-character items", page_with(4, 2000), std::max(1, repeats / 10), file);
    std::filesystem::remove(file);
}
