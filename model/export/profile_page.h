// What a one-page profile shows, gathered from the store once and drawn by every format (PDF, HTML, print).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/core/date.h"
#include "model/domain/photo.h"
#include "model/domain/subject.h"
#include "model/domain/template_registry.h"
#include "model/store/store.h"

namespace pcr::model {

// One section of the profile with the template's title, its items in the person's order (a text section
// gives its paragraphs as items); empty when nothing is written yet.
struct ProfileSection {
    std::string id;
    std::string title;
    std::vector<std::string> items;
};

struct ProfilePage {
    Subject subject;
    std::string tool_title;                // the template's title, "One-page profile"
    std::vector<ProfileSection> sections;  // every section of the template, in template order
    std::optional<Date> reviewed;          // when the profile was last reviewed; none when never
    std::optional<Photo> photo;

    // The preferred name first, then the full name when it differs: "Mo (Mohammed Khan)".
    std::string heading() const;
    // "Last reviewed 2026-03-14" or "Not yet reviewed".
    std::string reviewed_words() const;
    bool empty() const;  // no items in any section
};

// The subject of `kind` with `id`; throws pcr::NotFoundError naming the id when there is none.
Subject existing_subject(const Store& store, SubjectKind kind, const std::string& id);

// The one-page profile of a person or staff member: the record of the tool with role profile. Throws
// pcr::NotFoundError when there is no such subject and pcr::TemplateError when no template has that role.
ProfilePage profile_page(const Store& store, const TemplateRegistry& templates, SubjectKind kind,
                         const std::string& id);

}  // namespace pcr::model
