// Checking the program's own XML data files: the parts tool templates and workbooks share.
#include "model/domain/xml_checker.h"

#include <algorithm>

#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"

namespace pcr::model {

namespace fs = std::filesystem;

bool valid_id(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    char previous = 0;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) return false;
        previous = c;
    }
    return true;
}

std::optional<long> parse_whole(std::string_view text) {
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty() || text.size() > 9) return std::nullopt;
    long v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

std::string collapsed_text(const pugi::xml_node& node) {
    std::string out;
    bool space = false;
    for (char c : std::string_view(node.text().get())) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::vector<fs::path> xml_files_in(const fs::path& folder, std::error_code& ec) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".xml" && entry.is_regular_file(ec)) files.push_back(entry.path());
    std::sort(files.begin(), files.end(),
              [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
    return files;
}

XmlChecker::XmlChecker(const std::string& xml, fs::path file, std::string guide)
    : xml_(xml), file_(std::move(file)), guide_(std::move(guide)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < xml_.size(); ++i)
        if (xml_[i] == '\n') line_starts_.push_back(i + 1);
}

bool XmlChecker::parse(pugi::xml_document& doc) {
    // The DOCTYPE is kept as a node so it can be refused: pugixml skips one silently, leaving any entity it
    // defines as literal text ("&name;") in a title.
    const auto parsed = doc.load_buffer(xml_.data(), xml_.size(), pugi::parse_default | pugi::parse_doctype,
                                        pugi::encoding_utf8);
    if (!parsed) {
        add(line_at(parsed.offset),
            fill_in(tr("the XML is not well-formed ({1}); check the tags and quotes at "
                       "this line"),
                    parsed.description()));
        return false;
    }
    if (!is_valid_utf8(xml_)) {
        // A character never spans a line break, so some line is not UTF-8 on its own: name the first.
        std::size_t start = 0;
        for (std::size_t end = xml_.find('\n'); end != std::string::npos; end = xml_.find('\n', start)) {
            if (!is_valid_utf8(std::string_view(xml_).substr(start, end - start))) break;
            start = end + 1;
        }
        add(line_at(static_cast<std::ptrdiff_t>(start)),
            tr("the line is not UTF-8 text; save the file as UTF-8 (it may be in Latin-1 or Windows-1252)"));
    }
    for (const auto& node : doc.children())
        if (node.type() == pugi::node_doctype) {
            add(node,
                tr("a document type declaration (<!DOCTYPE ...>), which these files never have; remove it"));
            return false;
        }
    return true;
}

int XmlChecker::line_at(std::ptrdiff_t offset) const {
    if (offset < 0) return 0;
    const auto it =
        std::upper_bound(line_starts_.begin(), line_starts_.end(), static_cast<std::size_t>(offset));
    return static_cast<int>(it - line_starts_.begin());
}

void XmlChecker::add(int line, std::string message) {
    problems_.push_back(TemplateProblem{file_, line, std::move(message)});
}

void XmlChecker::check_known(const pugi::xml_node& node, std::initializer_list<std::string_view> attributes,
                             std::initializer_list<std::string_view> children,
                             const std::string& text_elements) {
    for (const auto& a : node.attributes())
        if (std::find(attributes.begin(), attributes.end(), a.name()) == attributes.end())
            add(node, fill_in(tr("<{1}> has an unknown attribute '{2}'; see {3} for the attributes it takes"),
                              node.name(), a.name(), guide_));
    for (const auto& c : node.children()) {
        if (c.type() == pugi::node_element) {
            if (std::find(children.begin(), children.end(), c.name()) == children.end())
                add(c, fill_in(tr("<{1}> is not expected inside <{2}>; see {3}"), c.name(), node.name(),
                               guide_));
        } else if ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) && children.size() > 0 &&
                   !is_blank(c.value())) {
            add(c, fill_in(tr("<{1}> holds loose text; put it in {2}"), node.name(), text_elements));
        }
    }
}

std::string XmlChecker::child_text(const pugi::xml_node& node, const char* name, const std::string& owner,
                                   bool required) {
    const auto child = node.child(name);
    if (!child) {
        if (required) add(node, fill_in(tr("{1} has no <{2}>; add one"), owner, name));
        return {};
    }
    if (child.next_sibling(name))
        add(child.next_sibling(name), fill_in(tr("{1} has more than one <{2}>"), owner, name));
    std::string text = collapsed_text(child);
    if (required && text.empty())
        add(child, fill_in(tr("{1} has an empty <{2}>; write it in words"), owner, name));
    return text;
}

std::optional<bool> XmlChecker::read_flag(const pugi::xml_node& node, const char* name,
                                          const std::string& owner) {
    const auto attr = node.attribute(name);
    if (!attr) return std::nullopt;
    const std::string_view v = attr.value();
    if (v == "true") return true;
    if (v == "false") return false;
    add(node, fill_in(tr("{1} has {2}=\"{3}\"; use true or false"), owner, name, attr.value()));
    return std::nullopt;
}

}  // namespace pcr::model
