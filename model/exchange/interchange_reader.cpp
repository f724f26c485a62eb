// Reads an interchange file (format 1) and checks every element against the templates before anything is
// used.
#include "model/exchange/interchange_reader.h"

#include <expat.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <memory_resource>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <unordered_map>

#include "model/core/fill_in.h"
#include "model/core/text.h"
#include "model/core/translate.h"
#include "model/domain/entry_origin.h"
#include "model/domain/validation.h"

namespace pcr::model {

std::string InterchangeProblem::to_string() const {
    std::string out;
    // TRANSLATORS: where a problem of an interchange file is: "line 12: ".
    if (line > 0) out += fill_in(tr("line {1}: "), line);
    if (!element.empty()) out += element + ": ";
    return out + message;
}

namespace {

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

std::string in_quotes(std::string_view s) {
    return "'" + std::string(s) + "'";
}

// Cuts long values for messages without splitting a UTF-8 sequence, control characters shown as '?' so a
// message stays one line.
// Longer than any tag or comment the writer makes, by far (a tag holds at most a few ids and dates).
constexpr std::uint64_t kMaxMarkupBytes = 16u << 20;

std::string shorten(std::string_view s, std::size_t max = 60) {
    std::string out;
    if (s.size() <= max) {
        out = s;
    } else {
        std::size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        out = std::string(s.substr(0, cut)) + "...";
    }
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20) c = '?';
    return out;
}

// Most text is plain ASCII, which is valid UTF-8 without decoding.
bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// How much of `text` is whole characters: all of it, or up to a last character cut short.
std::size_t whole_characters(std::string_view text) {
    std::size_t lead = text.size();
    while (lead > 0 && text.size() - lead < 4 && (static_cast<unsigned char>(text[lead - 1]) & 0xC0) == 0x80)
        --lead;
    if (lead == 0) return text.size();
    const auto c = static_cast<unsigned char>(text[lead - 1]);
    const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return text.size() - (lead - 1) < length ? lead - 1 : text.size();
}

bool is_topic(std::string_view t) {
    const auto dot = t.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == t.size()) return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (i != dot && (t[i] < '0' || t[i] > '9')) return false;
    return true;
}

std::string section_ids(const ToolTemplate& tool) {
    std::vector<std::string> ids;
    for (const auto& s : tool.sections) ids.push_back(s.id);
    return join(ids);
}

std::string column_ids(const SectionTemplate& section) {
    std::vector<std::string> ids;
    for (const auto& c : section.columns) ids.push_back(c.id);
    return join(ids);
}

std::string choice_values(const Column& column) {
    std::vector<std::string> values;
    for (const auto& c : column.choices) values.push_back(c.value);
    return join(values);
}

// Expat keeps to XML 1.0, which has no control characters or surrogates, even as references; pugixml took
// them, and the element checks name them where they are ("control character U+0007"). So they reach expat
// as stand-ins from Unicode plane 16 (U+10E000 + a control, U+10E100/1 for U+FFFE/F, U+10F000 + a surrogate's
// offset) and are put back in the text it gives.
class StandIns {
  public:
    // The piece with stand-ins; a reference cut at the end of a piece is finished with the next.
    std::string_view put(std::string_view piece) {
        out_.clear();
        // Runs of ordinary characters are copied whole; only '&' and control characters need a look.
        std::size_t i = 0;
        while (i < piece.size()) {
            std::size_t run = i;
            if (pending_.empty())
                while (run < piece.size() && ordinary(piece[run])) ++run;
            out_.append(piece.data() + i, run - i);
            if (run < piece.size()) take(piece[run]);
            i = run + 1;
        }
        return out_;
    }
    std::string_view end() {
        out_ = std::move(pending_);
        pending_.clear();
        return out_;
    }

    // Puts back in `text` what stand-ins stood for.
    static void take_back(std::string& text) {
        if (text.find('\xF4') == std::string::npos) return;
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
            if (b(0) != 0xF4 || i + 3 >= text.size() || (b(1) != 0x8E && b(1) != 0x8F)) {
                out += text[i];
                continue;
            }
            const std::uint32_t cp =
                (0x4u << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
            i += 3;
            if (cp >= kControls && cp < kControls + 0x20) {
                out += static_cast<char>(cp - kControls);
            } else if (cp == kNonCharacters || cp == kNonCharacters + 1) {
                out += cp == kNonCharacters ? "\xEF\xBF\xBE" : "\xEF\xBF\xBF";
            } else if (cp >= kSurrogates && cp < kSurrogates + 0x800) {
                const std::uint32_t v = 0xD800 + cp - kSurrogates;
                out += static_cast<char>(0xE0 | (v >> 12));
                out += static_cast<char>(0x80 | ((v >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (v & 0x3F));
            } else {
                out.append(text, i - 3, 4);
            }
        }
        text = std::move(out);
    }

  private:
    static constexpr std::uint32_t kControls = 0x10E000;
    static constexpr std::uint32_t kNonCharacters = 0x10E100;
    static constexpr std::uint32_t kSurrogates = 0x10F000;

    std::string out_;
    std::string pending_;  // a character reference being read: "&#x1"

    static bool ordinary(char c) { return c != '&' && (static_cast<unsigned char>(c) >= 0x20 || c == '\n'); }

    static bool allowed(std::uint32_t c) { return c == '\t' || c == '\n' || c == '\r' || c >= 0x20; }

    void stand_in(std::uint32_t cp) {
        out_ += static_cast<char>(0xF4);
        out_ += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out_ += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out_ += static_cast<char>(0x80 | (cp & 0x3F));
    }

    void take(char c) {
        if (!pending_.empty()) {
            const bool hex = pending_.size() >= 3 && pending_[2] == 'x';
            const bool digit =
                (c >= '0' && c <= '9') || (hex && std::isxdigit(static_cast<unsigned char>(c)));
            if ((pending_.size() == 1 && c == '#') || (pending_.size() == 2 && (c == 'x' || digit)) ||
                (pending_.size() > 2 && digit && pending_.size() < 12)) {
                pending_ += c;
                return;
            }
            if (c == ';' && pending_.size() > (hex ? 3u : 2u)) {
                const auto value = std::stoul(pending_.substr(hex ? 3 : 2), nullptr, hex ? 16 : 10);
                pending_ += c;
                if (value < 0x20 && !allowed(static_cast<std::uint32_t>(value)))
                    stand_in(kControls + static_cast<std::uint32_t>(value));
                else if (value == 0xFFFE || value == 0xFFFF)
                    stand_in(kNonCharacters + static_cast<std::uint32_t>(value - 0xFFFE));
                else if (value >= 0xD800 && value <= 0xDFFF)
                    stand_in(kSurrogates + static_cast<std::uint32_t>(value - 0xD800));
                else
                    out_ += pending_;
                pending_.clear();
                return;
            }
            out_ += pending_;
            pending_.clear();
        }
        if (c == '&') {
            pending_ = "&";
            return;
        }
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != 0 && !allowed(u))
            stand_in(kControls + u);
        else
            out_ += c;
    }
};

// Reads a document in one pass with expat, building each top-level element (<person>, <staff>, <team>,
// <assessment>) as a small pugixml tree that the element checks below read; the element is checked and
// handed on when it closes, then dropped, so memory holds one of them however large the file is.
class Reader {
  public:
    // Calls its argument with each piece of the document in turn; false when the document cannot be read.
    using Feed = std::function<bool(const std::function<void(std::string_view)>&)>;

    Reader(const TemplateRegistry& templates, const WorkbookRegistry* workbooks, InterchangeSink& sink,
           bool stop_at_problem)
        : templates_(templates), workbooks_(workbooks), sink_(sink), stop_at_problem_(stop_at_problem) {}

    // The document is read twice: once for its encoding, so a file in the wrong one is reported line by
    // line before any XML is read, then for its content.
    InterchangeReadResult run(const Feed& feed) {
        if (!check_encoding(feed)) return std::move(result_);
        if (blank_) {
            add(0, "", tr("the file is empty; choose a file exported by pcrecords"));
            return std::move(result_);
        }
        parse(feed);
        if (failure_) std::rethrow_exception(failure_);
        return std::move(result_);
    }

    // True when the document was not well-formed XML, so nothing read from it means anything.
    bool malformed() const { return malformed_; }

  private:
    const TemplateRegistry& templates_;
    const WorkbookRegistry* workbooks_;
    InterchangeSink& sink_;
    const bool stop_at_problem_;
    InterchangeReadResult result_;
    bool capped_ = false;
    std::map<std::string, int> person_lines_;
    std::map<std::string, int> staff_lines_;
    int team_line_ = 0;
    std::map<std::string, int> team_lines_;
    std::vector<InterchangeReference> references_;
    std::map<std::pair<std::string, std::string>, int> assessment_lines_;

    // The encoding pass.
    bool blank_ = true;
    // The parse: the tree of the top-level element being read, under a copy of the root element.
    XML_Parser parser_ = nullptr;
    pugi::xml_document tree_;
    pugi::xml_node root_;
    std::string root_name_;
    std::vector<std::pair<std::string, std::string>> root_attributes_;
    int root_line_ = 0;
    std::vector<pugi::xml_node> open_;  // elements open below the root, innermost last
    // The line of each node of the tree, in memory given back at once when the next tree starts: one
    // allocation per node from the heap cost more than the rest of the bookkeeping.
    std::vector<std::byte> line_buffer_ = std::vector<std::byte>(1 << 20);
    std::pmr::monotonic_buffer_resource line_memory_{line_buffer_.data(), line_buffer_.size()};
    std::optional<std::pmr::unordered_map<const void*, int>> lines_{std::in_place, &line_memory_};
    int depth_ = 0;  // 1 inside the root element
    bool root_seen_ = false;
    std::string text_;  // character data not yet made a node
    int text_line_ = 0;
    bool in_cdata_ = false;
    bool stopped_ = false;
    bool malformed_ = false;
    std::exception_ptr failure_;
    std::vector<const Column*> columns_seen_;  // the columns of the row being read, kept to spare allocation

    bool full() const { return capped_; }

    void add(int line, std::string element, std::string message) {
        if (result_.problems.size() >= kMaxInterchangeProblems) {
            capped_ = true;
            return;
        }
        result_.problems.push_back({line, std::move(element), std::move(message)});
    }

    void add(pugi::xml_node node, std::string message) {
        add(line_of(node), describe(node), std::move(message));
    }

    // Elements by their start tag; text by its first visible character, so stray words are found where
    // they are.
    int line_of(pugi::xml_node node) const {
        while (node) {
            if (const auto at = lines_->find(node.internal_object()); at != lines_->end()) return at->second;
            node = node.parent();
        }
        return 0;
    }

    // "<cell column="circle">": the element with the attributes that say which one it is.
    static std::string describe(pugi::xml_node node) {
        while (node && node.type() != pugi::node_element) node = node.parent();
        if (!node) return "";
        static const std::set<std::string> identifying = {"id",    "tool", "column",   "role",
                                                          "topic", "date", "workbook", "format"};
        std::string out = "<" + std::string(node.name());
        for (auto a : node.attributes())
            if (identifying.count(a.name()))
                out += " " + std::string(a.name()) + "=\"" + shorten(a.value()) + "\"";
        return out + ">";
    }

    // The whole file must be UTF-8 before XML parsing means anything; report the lines that are not.
    bool check_encoding(const Feed& feed) {
        bool first = true, utf16 = false, ok = true, line_bad = false, not_xml = false;
        int line = 1;
        std::string carry;  // the start of a character cut at the end of a piece
        const auto check = [&](std::string_view text) {
            if (line_bad || full()) return;
            if (text.find('\0') != std::string_view::npos) {
                add(line, "", tr("the line holds a NUL byte; this is not a text file saved as UTF-8"));
                line_bad = true;
            } else if (!is_ascii(text) && !is_valid_utf8(text)) {
                add(line, "",
                    tr("the line is not valid UTF-8; save the file as UTF-8 (it may be in Latin-1 or "
                       "Windows-1252)"));
                line_bad = true;
            }
            ok = ok && !line_bad;
        };
        const bool read = feed([&](std::string_view piece) {
            if (first && piece.size() >= 2) {
                const auto b0 = static_cast<unsigned char>(piece[0]);
                const auto b1 = static_cast<unsigned char>(piece[1]);
                utf16 = (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
            }
            first = false;
            if (utf16) return;
            if (blank_ && !is_blank(piece)) {
                blank_ = false;
                if (!starts_as_xml(piece, line)) {
                    not_xml = true;
                    return;
                }
            }
            if (not_xml) return;
            std::size_t start = 0;
            while (start < piece.size()) {
                const auto end = piece.find('\n', start);
                if (end == std::string_view::npos) {
                    // The line goes on in the next piece: check it up to its last whole character.
                    const std::string text = carry + std::string(piece.substr(start));
                    const std::size_t cut = whole_characters(text);
                    check(std::string_view(text).substr(0, cut));
                    carry = text.substr(cut);
                    return;
                }
                // Most lines lie whole in a piece and are checked where they are.
                if (carry.empty()) {
                    check(piece.substr(start, end - start));
                } else {
                    carry.append(piece.substr(start, end - start));
                    check(carry);
                }
                carry.clear();
                line_bad = false;
                ++line;
                start = end + 1;
            }
        });
        if (!read) {
            add(0, "", tr("the file cannot be read; check that you may open it"));
            return false;
        }
        if (utf16) {
            add(0, "", tr("the file is UTF-16; save or export it as UTF-8"));
            return false;
        }
        if (not_xml) return false;
        check(carry);
        return ok;
    }

    // An XML file starts with '<' after any byte order mark and blank lines; a CSV, PDF or other file given
    // by mistake is named as such rather than as a syntax error or bad UTF-8. `piece` is the first that is
    // not blank, starting on `line`.
    bool starts_as_xml(std::string_view piece, int line) {
        std::size_t at = piece.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        while (at < piece.size() &&
               (piece[at] == ' ' || piece[at] == '\t' || piece[at] == '\r' || piece[at] == '\n')) {
            if (piece[at] == '\n') ++line;
            ++at;
        }
        if (at >= piece.size() || piece[at] == '<') return true;
        std::string start;
        for (std::size_t i = at; i < piece.size() && start.size() < 20 && piece[i] >= ' ' && piece[i] <= '~';
             ++i)
            start += piece[i];
        add(line, "",
            start.empty()
                ? tr("this is not an XML file: an interchange file starts with '<'; choose a file exported "
                     "by "
                     "pcrecords (.xml)")
                // TRANSLATORS: {1} is the first characters of the file.
                : fill_in(
                      tr("this is not an XML file: it starts with {1} where an interchange file starts with "
                         "'<'; choose a file exported by pcrecords (.xml)"),
                      in_quotes(start)));
        return false;
    }

    void parse(const Feed& feed) {
        std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"),
                                                                            &XML_ParserFree);
        if (!parser) throw std::bad_alloc();
        parser_ = parser.get();
        XML_SetUserData(parser_, this);
        XML_SetElementHandler(parser_, &Reader::on_start, &Reader::on_end);
        XML_SetCharacterDataHandler(parser_, &Reader::on_text);
        XML_SetCdataSectionHandler(parser_, &Reader::on_cdata_start, &Reader::on_cdata_end);
        // Comments and processing instructions are skipped but still divide the text around them.
        XML_SetCommentHandler(parser_, &Reader::on_comment);
        XML_SetProcessingInstructionHandler(parser_, &Reader::on_instruction);
        // A DOCTYPE can define entities that expand a few bytes into gigabytes, or name other files to read
        // in: none is ever written, so one is refused where it starts.
        XML_SetStartDoctypeDeclHandler(parser_, &Reader::on_doctype);
        bool parsed = true;
        StandIns stand_ins;
        std::uint64_t fed = 0;
        const bool read = feed([&](std::string_view piece) {
            if (!parsed || stopped_) return;
            const auto text = stand_ins.put(piece);
            parsed =
                XML_Parse(parser_, text.data(), static_cast<int>(text.size()), XML_FALSE) == XML_STATUS_OK;
            fed += text.size();
            // Expat holds a tag, comment or declaration whole until it ends, so one that never ends would
            // take memory as the file grows; text is handed on as it comes and never waits here.
            if (parsed && !stopped_ &&
                fed - static_cast<std::uint64_t>(std::max<XML_Index>(XML_GetCurrentByteIndex(parser_), 0)) >
                    kMaxMarkupBytes) {
                add(static_cast<int>(XML_GetCurrentLineNumber(parser_)), "",
                    fill_in(
                        tr("a tag, comment or other markup after this line runs on for over {1} bytes; this "
                           "is not a file pcrecords wrote, so export it again"),
                        kMaxMarkupBytes));
                stop();
            }
        });
        if (parsed && !stopped_ && read) {
            const auto rest = stand_ins.end();
            parsed =
                XML_Parse(parser_, rest.data(), static_cast<int>(rest.size()), XML_TRUE) == XML_STATUS_OK;
        }
        if (!read && !stopped_) {
            add(0, "", tr("the file cannot be read; check that you may open it"));
            return;
        }
        if (parsed || stopped_) return;
        const auto error = XML_GetErrorCode(parser_);
        if (error == XML_ERROR_NO_ELEMENTS && !root_seen_) {
            add(0, "", tr("no <pcrecords> element; this is not a pcrecords interchange file"));
            return;
        }
        malformed_ = true;
        const int line = static_cast<int>(XML_GetCurrentLineNumber(parser_));
        if (error == XML_ERROR_JUNK_AFTER_DOC_ELEMENT) {
            add(line, "", tr("a second root element; the file must hold one <pcrecords> element"));
            return;
        }
        add(line, "",
            fill_in(tr("not well-formed XML: {1}; the file may be cut short or edited by hand, so export it "
                       "again"),
                    XML_ErrorString(error)));
    }

    // Ends the parse early: the file is not worth reading on, or enough problems are listed.
    void stop() {
        if (stopped_) return;
        stopped_ = true;
        XML_StopParser(parser_, XML_FALSE);
    }

    // Expat is C: nothing may be thrown through it, so a failure is kept and thrown once it returns.
    template <class F>
    static void guard(void* data, F&& work) {
        auto& reader = *static_cast<Reader*>(data);
        if (reader.stopped_) return;
        try {
            work(reader);
        } catch (...) {
            reader.failure_ = std::current_exception();
            reader.stop();
        }
    }

    static void on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
        guard(data, [&](Reader& r) { r.start(name, attributes); });
    }
    static void on_end(void* data, const XML_Char*) {
        guard(data, [&](Reader& r) { r.end(); });
    }
    static void on_text(void* data, const XML_Char* text, int size) {
        guard(data, [&](Reader& r) { r.text(std::string_view(text, static_cast<std::size_t>(size))); });
    }
    static void on_cdata_start(void* data) {
        guard(data, [&](Reader& r) {
            r.flush_text(false);
            r.in_cdata_ = true;
            r.text_line_ = static_cast<int>(XML_GetCurrentLineNumber(r.parser_));
        });
    }
    static void on_cdata_end(void* data) {
        guard(data, [&](Reader& r) {
            r.flush_text(false);
            r.in_cdata_ = false;
        });
    }
    static void on_comment(void* data, const XML_Char*) {
        guard(data, [&](Reader& r) { r.flush_text(false); });
    }
    static void on_doctype(void* data, const XML_Char* name, const XML_Char*, const XML_Char*, int) {
        guard(data, [&](Reader& r) {
            r.add(
                static_cast<int>(XML_GetCurrentLineNumber(r.parser_)), "<!DOCTYPE " + shorten(name) + ">",
                std::string_view(name) == "pcrecords"
                    ? tr("a document type declaration, which interchange files never have (it may define "
                         "entities or name other files to read); remove it, or export the file again")
                    // TRANSLATORS: {1} is the element a file declares itself to be, such as html.
                    : fill_in(tr("a document type declaration for <{1}>: this is not a pcrecords interchange "
                                 "file"),
                              shorten(name)));
            r.stop();
        });
    }
    static void on_instruction(void* data, const XML_Char*, const XML_Char*) {
        guard(data, [&](Reader& r) { r.flush_text(false); });
    }

    void mark_line(pugi::xml_node node, int line) { (*lines_)[node.internal_object()] = line; }

    // A fresh tree holding only the root element, as its start tag gave it.
    void new_tree() {
        tree_.reset();
        lines_.reset();
        line_memory_.release();
        lines_.emplace(&line_memory_);
        open_.clear();
        root_ = tree_.append_child(root_name_.c_str());
        for (const auto& [key, value] : root_attributes_) root_.append_attribute(key.c_str()) = value.c_str();
        mark_line(root_, root_line_);
    }

    void start(const char* name, const char** attributes) {
        flush_text(false);
        ++depth_;
        const int line = static_cast<int>(XML_GetCurrentLineNumber(parser_));
        if (depth_ == 1) {
            root_seen_ = true;
            root_line_ = line;
            for (auto a = attributes; *a; a += 2) {
                root_attributes_.emplace_back(a[0], a[1]);
                StandIns::take_back(root_attributes_.back().second);
            }
            root_name_ = name;
            new_tree();
            if (std::string_view(name) != "pcrecords") {
                add(root_, fill_in(tr("the root element is <{1}>, not <pcrecords>; this is not a pcrecords "
                                      "interchange file"),
                                   name));
                return stop();
            }
            if (!check_format(root_)) return stop();
            check_attributes(root_, {"format", "exported"});
            return;
        }
        if (depth_ == 2) new_tree();
        auto node = (open_.empty() ? root_ : open_.back()).append_child(name);
        for (auto a = attributes; *a; a += 2) {
            if (!std::strchr(a[1], '\xF4')) {
                node.append_attribute(a[0]) = a[1];
                continue;
            }
            std::string value = a[1];
            StandIns::take_back(value);
            if (value.find('\0') != std::string::npos)
                null_in(line, "<" + std::string(name) + ">", fill_in(tr("the attribute {1}"), a[0]));
            node.append_attribute(a[0]) = value.c_str();
        }
        mark_line(node, line);
        open_.push_back(node);
    }

    // A character reference to U+0000: the value would be cut short where it stands (values are C strings in
    // the tree the checks read), so it is reported here, where the whole value is still in hand.
    void null_in(int line, const std::string& element, const std::string& what) {
        add(line, element, fill_in(tr("{1} holds the control character {2}; remove it"), what, "U+0000"));
    }

    void end() {
        flush_text(true);
        if (depth_ == 2) {
            read_top(open_.back());
            open_.clear();
        } else if (depth_ > 2) {
            open_.pop_back();
        } else {
            finish();
        }
        --depth_;
        if (full()) stop();
    }

    void text(std::string_view text) {
        if (text_.empty() && !in_cdata_) text_line_ = static_cast<int>(XML_GetCurrentLineNumber(parser_));
        // Kept only to a little over the limit a value may have, so a text of any length takes bounded
        // memory: the value is refused there, and reading ends.
        if (text_.size() + text.size() > kMaxFieldBytes + 1) {
            add(text_line_, describe(open_.empty() ? root_ : open_.back()),
                fill_in(tr("the text is over the limit of {1} bytes; shorten it or split it"),
                        kMaxFieldBytes));
            stop();
            return;
        }
        text_ += text;
    }

    // Makes the text gathered so far a node, as pugixml would: text of nothing but whitespace is kept only
    // when it is all an element holds (`closing` says whether the element's end tag follows).
    void flush_text(bool closing) {
        if (text_.empty() && !in_cdata_) return;
        auto parent = open_.empty() ? root_ : open_.back();
        const auto visible = text_.find_first_not_of(" \t\r\n");
        if (!in_cdata_ && visible == std::string::npos && !(closing && !parent.first_child())) {
            text_.clear();
            return;
        }
        StandIns::take_back(text_);
        if (text_.find('\0') != std::string::npos)
            null_in(text_line_ +
                        static_cast<int>(std::count(text_.begin(), text_.begin() + text_.find('\0'), '\n')),
                    describe(parent), tr("the text"));
        auto node = parent.append_child(in_cdata_ ? pugi::node_cdata : pugi::node_pcdata);
        node.set_value(text_.data(), text_.size());
        const auto before = visible == std::string::npos ? text_.size() : visible;
        mark_line(node,
                  text_line_ + static_cast<int>(std::count(text_.begin(), text_.begin() + before, '\n')));
        text_.clear();
        // Text beside the top-level elements is read at once, as nothing else will read it.
        if (depth_ == 1) {
            stray_text(node);
            root_.remove_child(node);
        }
    }

    // A top-level element, complete.
    void read_top(pugi::xml_node child) {
        const std::string_view name = child.name();
        if (name == "person")
            read_subject(child, SubjectKind::Person);
        else if (name == "staff")
            read_subject(child, SubjectKind::Staff);
        else if (name == "team")
            read_subject(child, SubjectKind::Team);
        else if (name == "assessment")
            read_assessment(child);
        else if (name == "history")
            // A subject access copy's earlier versions and changes (write_subject_access_text): for the
            // person to read; an import takes what is current and leaves the database's own history.
            return;
        else
            add(child, tr("unknown element; <pcrecords> holds <person>, <staff>, <team> and <assessment>"));
    }

    // What was read goes on while it may: at once, or until the first problem when a problem spoils all.
    bool may_pass_on() const { return !stop_at_problem_ || result_.problems.empty(); }

    void finish() {
        // Teams and key workers named but not held here must be in the database the file goes into.
        for (auto& reference : references_) {
            const bool held =
                reference.kind == SubjectKind::Team
                    ? (reference.id == kTeamId ? team_line_ != 0 : team_lines_.count(reference.id) > 0)
                    : staff_lines_.count(reference.id) > 0;
            if (!held) result_.references_outside.push_back(std::move(reference));
        }
        references_.clear();
    }

    // Checks a value's size and characters; false (and a problem) when it cannot be kept. `what` names the
    // value, marked with tr_noop: it is translated only for a problem, as millions of values are fine.
    bool check_text(pugi::xml_node where, const char* what, std::string_view text) {
        return text_fits(text) || report_text(where, tr(what), text);
    }
    // The same for a value named by its element or attribute ("who"), which is not translated.
    bool check_named_text(pugi::xml_node where, std::string_view name, std::string_view text) {
        return text_fits(text) || report_text(where, std::string(name), text);
    }

    // Whether a value can be kept as it is, found without building any message.
    static bool text_fits(std::string_view text) {
        if (text.size() > kMaxFieldBytes) return false;
        bool ascii = true;
        for (char c : text) {
            const auto u = static_cast<unsigned char>(c);
            // Printable ASCII, nearly every byte, costs one comparison.
            if (static_cast<unsigned char>(u - 0x20) < 0x60) continue;
            if (u >= 0x80)
                ascii = false;
            else if (c != '\t' && c != '\n' && c != '\r')
                return false;
        }
        return ascii || is_valid_utf8(text);
    }

    // Reports what keeps a value that text_fits refused from being kept; always false.
    bool report_text(pugi::xml_node where, const std::string& what, std::string_view text) {
        if (text.size() > kMaxFieldBytes) {
            add(where, fill_in(tr("{1} is {2} bytes, over the limit of {3} bytes; shorten it or split it"),
                               what, text.size(), kMaxFieldBytes));
            return false;
        }
        bool ascii = true;
        for (char c : text) {
            const auto u = static_cast<unsigned char>(c);
            ascii = ascii && u < 0x80;
            if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                char code[8];
                std::snprintf(code, sizeof code, "U+%04X", u);
                add(where, fill_in(tr("{1} holds the control character {2}; remove it"), what, code));
                return false;
            }
        }
        if (!ascii && !is_valid_utf8(text)) {
            add(where,
                fill_in(tr("{1} is not valid UTF-8 (a character reference names a character that cannot "
                           "be stored); correct it"),
                        what));
            return false;
        }
        // text_fits refused it, so one of the faults above is there.
        return false;
    }

    // Whether a day is after today by the computer's clock (a day's grace for time zones): no one is born
    // and no review is held in the future.
    static bool in_the_future(const Date& day) { return day > Date::today().plus_days(1); }

    // An id that would be unsafe as a file name or in a list (domain/validation.h); false and a problem then.
    bool check_id(pugi::xml_node where, const std::string& id) {
        const auto problem = id_problem(id);
        if (!problem) return true;
        add(where,
            fill_in(tr("the id \"{1}\" {2}; give an id of letters, digits and hyphens, such as P-0001"),
                    shorten(id, 40), *problem));
        return false;
    }
    // A name with a direction override; false and a problem then.
    bool check_name(pugi::xml_node where, const std::string& name) {
        const auto problem = name_problem(name);
        if (!problem) return true;
        add(where, fill_in(tr("the name {1}; retype it without"), *problem));
        return false;
    }

    // Reports attributes the element does not take.
    void check_attributes(pugi::xml_node node, std::initializer_list<std::string_view> allowed) {
        for (auto a : node.attributes()) {
            if (std::find(allowed.begin(), allowed.end(), a.name()) != allowed.end()) continue;
            const std::vector<std::string> names(allowed.begin(), allowed.end());
            add(node, names.empty() ? fill_in(tr("unknown attribute {1}; <{2}> takes no attributes"),
                                              in_quotes(a.name()), node.name())
                                    : fill_in(tr("unknown attribute {1}; <{2}> takes {3}"),
                                              in_quotes(a.name()), node.name(), join(names)));
        }
    }

    // Text between an element's tags (character data and CDATA); element children are reported.
    std::string text_of(pugi::xml_node node) {
        std::string text;
        for (auto child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
                text += child.value();
            else if (child.type() == pugi::node_element)
                add(child,
                    fill_in(tr("unexpected element inside <{1}>, which holds text only"), node.name()));
        }
        return text;
    }

    // Reports stray text in an element that holds only other elements.
    void stray_text(pugi::xml_node child) {
        if ((child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) &&
            !is_blank(child.value()))
            add(child,
                fill_in(tr("unexpected text {1} inside <{2}>; text belongs inside an element such as <item>"),
                        in_quotes(shorten(trim(child.value()), 30)), child.parent().name()));
    }

    std::optional<std::string> attribute(pugi::xml_node node, const char* name) {
        const auto a = node.attribute(name);
        if (!a) return std::nullopt;
        return std::string(a.value());
    }

    // A person's or staff member's teams="T-1 T-2" and a person's key-worker="S-0001".
    void read_assignments(pugi::xml_node node, SubjectKind kind, SubjectRecords& subject) {
        if (const auto teams = attribute(node, "teams")) {
            std::vector<std::string> ids;
            std::istringstream words(*teams);
            for (std::string id; words >> id;)
                if (check_text(node, tr_noop("a team id"), id)) ids.push_back(id);
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            for (const auto& id : ids)
                references_.push_back({line_of(node), describe(node), SubjectKind::Team, id});
            subject.teams = std::move(ids);
        }
        if (kind != SubjectKind::Person) return;
        if (const auto worker = attribute(node, "key-worker")) {
            const std::string id = trim(*worker);
            if (!check_text(node, tr_noop("the key worker"), id)) return;
            if (!id.empty()) references_.push_back({line_of(node), describe(node), SubjectKind::Staff, id});
            subject.key_worker = id;
        }
    }

    bool check_format(pugi::xml_node root) {
        const auto format = attribute(root, "format");
        if (!format) {
            add(root, fill_in(tr("no format attribute; this program reads format=\"{1}\" files exported by "
                                 "pcrecords"),
                              kInterchangeFormat));
            return false;
        }
        int number = 0;
        const bool digits =
            !format->empty() && format->size() < 9 &&
            std::all_of(format->begin(), format->end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits) number = std::stoi(*format);
        if (digits && number == kInterchangeFormat) return true;
        if (digits && number > kInterchangeFormat)
            add(root,
                fill_in(tr("format {1} is newer than this program reads ({2}); update pcrecords to import "
                           "this file"),
                        *format, kInterchangeFormat));
        else
            add(root, fill_in(tr("format {1} is not one this program reads ({2})"),
                              in_quotes(shorten(*format)), kInterchangeFormat));
        return false;
    }

    // A <person>, <staff> or <team> with its details and records.
    void read_subject(pugi::xml_node node, SubjectKind kind) {
        SubjectRecords subject;
        subject.subject.kind = kind;
        const int line = line_of(node);
        bool usable = true;

        if (kind == SubjectKind::Team) {
            // A <team> without an id is the default team every database had before there were several.
            check_attributes(node, {"id", "name"});
            const auto id = attribute(node, "id");
            if (const auto name = attribute(node, "name");
                name && check_text(node, tr_noop("the name"), *name) && check_name(node, *name))
                subject.subject.name = *name;
            if (!id || *id == kTeamId) {
                subject.subject.id = std::string(kTeamId);
                if (team_line_ != 0) {
                    add(node, fill_in(tr("a second <team> without an id; the file may hold one, first given "
                                         "on line {1}: merge them, or give each other team an id"),
                                      team_line_));
                    usable = false;
                } else {
                    team_line_ = line;
                }
            } else if (is_blank(*id) || id->find_first_of(" \t\r\n") != std::string::npos ||
                       !check_text(node, tr_noop("the id"), *id)) {
                add(node, tr("the team id is empty or has spaces; give one such as id=\"T-1\""));
                usable = false;
            } else if (!check_id(node, *id)) {
                usable = false;
            } else {
                subject.subject.id = *id;
                const auto [at, added] = team_lines_.emplace(*id, line);
                if (!added) {
                    add(node, fill_in(tr("team id {1} is used twice, on line {2} and line {3}; give each "
                                         "team its own id"),
                                      in_quotes(*id), at->second, line));
                    usable = false;
                }
                if (is_blank(subject.subject.name))
                    add(node, tr("no name; give the team's name, e.g. name=\"North\""));
            }
        } else {
            if (kind == SubjectKind::Person)
                check_attributes(node, {"id", "status", "teams", "key-worker"});
            else
                check_attributes(node, {"id", "status", "teams"});
            read_assignments(node, kind, subject);
            const bool person = kind == SubjectKind::Person;
            const auto id = attribute(node, "id");
            if (!id || is_blank(*id)) {
                add(node,
                    person ? tr("no id; give every person the id it has in your records, e.g. id=\"P-0001\"")
                           : tr("no id; give every staff member the id it has in your records, e.g. "
                                "id=\"S-0001\""));
                usable = false;
            } else if (!check_text(node, tr_noop("the id"), *id) || !check_id(node, *id)) {
                usable = false;
            } else {
                subject.subject.id = *id;
                auto& seen = kind == SubjectKind::Person ? person_lines_ : staff_lines_;
                const auto [at, added] = seen.emplace(*id, line);
                if (!added) {
                    add(node,
                        fill_in(person ? tr("person id {1} is used twice, on line {2} and line {3}; give "
                                            "each person their own id")
                                       : tr("staff member id {1} is used twice, on line {2} and line {3}; "
                                            "give each staff member their own id"),
                                in_quotes(*id), at->second, line));
                    usable = false;
                }
            }
            if (const auto status = attribute(node, "status")) {
                if (const auto s = status_from_string(*status))
                    subject.subject.status = *s;
                else
                    add(node,
                        fill_in(tr("status {1} is not active or archived"), in_quotes(shorten(*status))));
            }
        }

        bool has_name = false, has_preferred = false, has_born = false;
        std::map<std::string, int> tool_lines;
        for (auto child : node.children()) {
            if (full()) return;
            if (child.type() != pugi::node_element) {
                stray_text(child);
                continue;
            }
            const std::string_view name = child.name();
            if (name == "record") {
                if (auto record = read_record(child, kind, tool_lines))
                    subject.records.push_back(std::move(*record));
                continue;
            }
            if (kind == SubjectKind::Team) {
                add(child, tr("unknown element; <team> holds only <record> elements"));
                continue;
            }
            if (name == "name" || name == "preferred-name" || name == "born") {
                check_attributes(child, {});
                bool& seen = name == "name" ? has_name : name == "preferred-name" ? has_preferred : has_born;
                if (seen) {
                    add(child, tr("given twice; keep one"));
                    continue;
                }
                seen = true;
                const auto text = text_of(child);
                if (name == "born") {
                    if (text.empty()) continue;
                    if (const auto born = Date::parse(text); born && in_the_future(*born))
                        add(child, fill_in(tr("date of birth {1} is after today; correct it"), text));
                    else if (born)
                        subject.subject.born = born;
                    else
                        add(child, fill_in(tr("date of birth {1} is not a date as YYYY-MM-DD"),
                                           in_quotes(shorten(text))));
                } else if (check_named_text(child, name, text) && check_name(child, text)) {
                    if (name == "name") {
                        if (is_blank(text)) add(child, tr("the name is empty; give the full name"));
                        subject.subject.name = text;
                    } else {
                        subject.subject.preferred_name = text;
                    }
                }
                continue;
            }
            add(child,
                fill_in(tr("unknown element; <{1}> holds <name>, <preferred-name>, <born> and <record>"),
                        node.name()));
        }
        if (kind != SubjectKind::Team && !has_name)
            add(node, tr("no <name>; every person and staff member needs one"));

        if (usable && may_pass_on()) sink_.take_subject(std::move(subject));
    }

    std::string tools_for(SubjectKind kind) const {
        std::vector<std::string> ids;
        for (const auto* tool : templates_.tools_for(kind)) ids.push_back(tool->id);
        return join(ids);
    }

    std::optional<Record> read_record(pugi::xml_node node, SubjectKind kind,
                                      std::map<std::string, int>& tool_lines) {
        check_attributes(node, {"tool", "reviewed"});
        const auto tool_id = attribute(node, "tool");
        if (!tool_id || tool_id->empty()) {
            add(node, tr("no tool attribute; name the tool, e.g. tool=\"one-page-profile\""));
            return std::nullopt;
        }
        const std::string who(to_string(kind));
        const ToolTemplate* tool = templates_.find(*tool_id);
        if (!tool) {
            // TRANSLATORS: {2} is person, staff or team, as the file names them.
            add(node, fill_in(tr("unknown tool {1}; tools for a {2}: {3}"), in_quotes(shorten(*tool_id)), who,
                              tools_for(kind)));
            return std::nullopt;
        }
        if (!tool->applies_to(kind)) {
            add(node, fill_in(tr("tool {1} is not kept for a {2}; tools for a {2}: {3}"), in_quotes(tool->id),
                              who, tools_for(kind)));
            return std::nullopt;
        }
        const int line = line_of(node);
        const auto [at, added] = tool_lines.emplace(tool->id, line);
        if (!added) {
            add(node,
                fill_in(tr("a second {1} record for the same {2} (the first is on line {3}); merge them into "
                           "one"),
                        in_quotes(tool->id), who, at->second));
            return std::nullopt;
        }

        Record record;
        record.tool = tool->id;
        if (const auto reviewed = attribute(node, "reviewed"); reviewed && !reviewed->empty()) {
            if (const auto date = Date::parse(*reviewed); date && in_the_future(*date))
                add(node,
                    fill_in(tr("reviewed date {1} is after today: a review is recorded once it is held, and "
                               "one in the future would keep the record current until then; correct it"),
                            *reviewed));
            else if (date)
                record.reviewed = date;
            else
                add(node, fill_in(tr("reviewed date {1} is not a date as YYYY-MM-DD"),
                                  in_quotes(shorten(*reviewed))));
        }

        std::map<std::string, int> section_lines;
        for (auto child : node.children()) {
            if (full()) break;
            if (child.type() != pugi::node_element) {
                stray_text(child);
                continue;
            }
            if (std::string_view(child.name()) != "section") {
                add(child, tr("unknown element; <record> holds <section> elements"));
                continue;
            }
            if (auto section = read_section(child, *tool, section_lines))
                record.sections.push_back(std::move(*section));
        }
        return record;
    }

    std::optional<Section> read_section(pugi::xml_node node, const ToolTemplate& tool,
                                        std::map<std::string, int>& section_lines) {
        check_attributes(node, {"id"});
        const auto id = attribute(node, "id");
        if (!id || id->empty()) {
            add(node, fill_in(tr("no id; name one of the sections of {1}: {2}"), in_quotes(tool.id),
                              section_ids(tool)));
            return std::nullopt;
        }
        const SectionTemplate* shape = tool.section(*id);
        if (!shape) {
            add(node, fill_in(tr("unknown section {1} of tool {2}; its sections are {3}"),
                              in_quotes(shorten(*id)), in_quotes(tool.id), section_ids(tool)));
            return std::nullopt;
        }
        const auto [at, added] = section_lines.emplace(*id, line_of(node));
        if (!added) {
            add(node, fill_in(tr("section {1} is given twice (first on line {2}); merge them"),
                              in_quotes(*id), at->second));
            return std::nullopt;
        }

        Section section;
        section.id = shape->id;
        // Worded only for a problem, as most sections have none.
        const auto where = [&] { return section_words(*shape, tool); };
        bool has_text = false;
        for (auto child : node.children()) {
            if (full()) break;
            if (child.type() != pugi::node_element) {
                stray_text(child);
                continue;
            }
            const std::string_view name = child.name();
            if (shape->kind == SectionKind::Text) {
                if (name != "text") {
                    add(child, fill_in(tr("{1} is free text; put it in one <text> element"), where()));
                } else if (has_text) {
                    add(child, fill_in(tr("{1} holds one <text>; merge them"), where()));
                } else {
                    has_text = true;
                    check_attributes(child, {});
                    const auto text = text_of(child);
                    if (check_text(child, tr_noop("the text"), text)) section.text = text;
                }
            } else if (shape->kind == SectionKind::List) {
                if (name != "item") {
                    add(child,
                        fill_in(tr("{1} is a list; give each entry as <item>, not <{2}>"), where(), name));
                    continue;
                }
                check_attributes(child, {"from"});
                Entry entry;
                read_origin(child, entry);
                entry.text = text_of(child);
                if (check_text(child, tr_noop("the item"), entry.text))
                    section.entries.push_back(std::move(entry));
            } else {
                if (name != "row") {
                    add(child,
                        fill_in(
                            tr("{1} is a table; give each entry as <row> with <cell> elements, not <{2}>"),
                            where(), name));
                    continue;
                }
                if (auto entry = read_row(child, *shape, tool)) section.entries.push_back(std::move(*entry));
            }
        }
        return section;
    }

    // "section 'log' of 'daily-log'", for messages.
    static std::string section_words(const SectionTemplate& shape, const ToolTemplate& tool) {
        return fill_in(tr("section {1} of {2}"), in_quotes(shape.id), in_quotes(tool.id));
    }

    std::optional<Entry> read_row(pugi::xml_node node, const SectionTemplate& shape,
                                  const ToolTemplate& tool) {
        Entry entry;
        const auto where = [&] { return section_words(shape, tool); };
        const auto date = attribute(node, "date");
        read_origin(node, entry);
        if (shape.kind == SectionKind::Dated) {
            check_attributes(node, {"date", "from"});
            const auto form = [&] {
                return shape.year_allowed ? tr("YYYY-MM-DD or a year as YYYY") : std::string("YYYY-MM-DD");
            };
            if (!date || date->empty())
                add(node, fill_in(tr("no date; every row of {1} needs date=\"{2}\""), where(), form()));
            else if (!parse_row_date(*date, shape.year_allowed))
                add(node, fill_in(tr("date {1} is not a date as {2}"), in_quotes(shorten(*date)), form()));
            else
                entry.date = *date;
        } else {
            check_attributes(node, {"date", "from"});
            if (date) add(node, fill_in(tr("rows of {1} are not dated; remove the date"), where()));
        }

        // Rows have a few cells, so a look along a short list beats a set that allocates for each.
        std::vector<const Column*>& columns_seen = columns_seen_;
        columns_seen.clear();
        for (auto child : node.children()) {
            if (full()) break;
            if (child.type() != pugi::node_element) {
                stray_text(child);
                continue;
            }
            if (std::string_view(child.name()) != "cell") {
                add(child, tr("unknown element; <row> holds <cell column=\"...\"> elements"));
                continue;
            }
            check_attributes(child, {"column"});
            const auto column_id = attribute(child, "column");
            if (!column_id || column_id->empty()) {
                add(child, fill_in(tr("no column; name one of the columns of {1}: {2}"), where(),
                                   column_ids(shape)));
                continue;
            }
            const Column* column = shape.column(*column_id);
            if (!column) {
                add(child, fill_in(tr("unknown column {1} in {2}; its columns are {3}"),
                                   in_quotes(shorten(*column_id)), where(), column_ids(shape)));
                continue;
            }
            if (std::find(columns_seen.begin(), columns_seen.end(), column) != columns_seen.end()) {
                add(child,
                    fill_in(tr("column {1} appears twice in one row; keep one"), in_quotes(column->id)));
                continue;
            }
            columns_seen.push_back(column);
            if (auto cell = read_cell(child, *column)) entry.cells.push_back(std::move(*cell));
        }
        return entry;
    }

    // Whose words an <item> or <row> is (from="family"); absent or empty is not said.
    void read_origin(pugi::xml_node node, Entry& entry) {
        const auto from = attribute(node, "from");
        if (!from || from->empty()) return;
        if (is_entry_origin(*from))
            entry.origin = *from;
        else
            // TRANSLATORS: {1} is the value found, {2} the values allowed ("person, family, staff or other").
            add(node, fill_in(tr("from={1} is not whose words an entry can be; use {2}, or leave it out"),
                              in_quotes(shorten(*from)), entry_origin_words()));
    }

    std::optional<Cell> read_cell(pugi::xml_node node, const Column& column) {
        Cell cell;
        cell.column = column.id;
        if (column.type == ColumnType::Attendees) {
            for (auto child : node.children()) {
                if (child.type() != pugi::node_element) {
                    if (!is_blank(child.value()))
                        add(child, fill_in(tr("put each name in <attendee role=\"...\">, with a role of {1}"),
                                           choice_values(column)));
                    continue;
                }
                if (std::string_view(child.name()) != "attendee") {
                    add(child,
                        tr("unknown element; an attendees cell holds <attendee role=\"...\"> elements"));
                    continue;
                }
                check_attributes(child, {"role"});
                Attendee attendee;
                attendee.role = attribute(child, "role").value_or("");
                attendee.name = text_of(child);
                if (attendee.role.empty())
                    add(child, fill_in(tr("no role; use one of {1}"), choice_values(column)));
                else if (!column.allows(attendee.role))
                    add(child, fill_in(tr("role {1} is not allowed; use one of {2}"),
                                       in_quotes(shorten(attendee.role)), choice_values(column)));
                else if (check_text(child, tr_noop("the name"), attendee.name))
                    cell.attendees.push_back(std::move(attendee));
            }
            return cell;
        }

        cell.text = text_of(node);
        if (!check_text(node, tr_noop("the cell"), cell.text)) return std::nullopt;
        if (column.type == ColumnType::Choice && !column.allows(cell.text)) {
            add(node, fill_in(tr("{1} is not allowed in column {2}; use one of {3}"),
                              in_quotes(shorten(cell.text)), in_quotes(column.id), choice_values(column)));
            return std::nullopt;
        }
        if (column.type == ColumnType::Date && !is_blank(cell.text) && !Date::parse(cell.text)) {
            add(node, fill_in(tr("{1} in column {2} is not a date as YYYY-MM-DD"),
                              in_quotes(shorten(cell.text)), in_quotes(column.id)));
            return std::nullopt;
        }
        return cell;
    }

    void read_assessment(pugi::xml_node node) {
        check_attributes(node, {"date", "workbook", "participation"});
        WorkbookAssessment assessment;
        bool usable = true;
        if (const auto said = attribute(node, "participation")) {
            if (const auto participation = participation_from_string(*said); participation && !said->empty())
                assessment.participation = *participation;
            else
                add(node, fill_in(tr("participation {1} is not one of alone, with-manager, with-team, "
                                     "with-other-managers"),
                                  in_quotes(shorten(*said))));
        }
        const auto date = attribute(node, "date");
        if (!date || date->empty()) {
            add(node, tr("no date; give the day of the assessment as date=\"YYYY-MM-DD\""));
            usable = false;
        } else if (const auto day = Date::parse(*date)) {
            assessment.date = *day;
        } else {
            add(node, fill_in(tr("date {1} is not a date as YYYY-MM-DD"), in_quotes(shorten(*date))));
            usable = false;
        }
        const auto workbook = attribute(node, "workbook");
        const Workbook* known = nullptr;
        if (!workbook || is_blank(*workbook)) {
            add(node, tr("no workbook; name the workbook assessed, e.g. "
                         "workbook=\"progress-for-providers-homecare\""));
            usable = false;
        } else if (check_text(node, tr_noop("the workbook"), *workbook)) {
            assessment.workbook = *workbook;
            known = find_workbook(node, *workbook);
        }
        if (usable) {
            const int line = line_of(node);
            const auto [at, added] = assessment_lines_.emplace(std::make_pair(*date, *workbook), line);
            if (!added)
                add(node,
                    fill_in(tr("a second assessment of this workbook on the same day (the first is on line "
                               "{1}); merge them"),
                            at->second));
        }

        std::map<std::string, int> topic_lines, plan_lines;
        for (auto child : node.children()) {
            if (full()) return;
            if (child.type() != pugi::node_element) {
                stray_text(child);
                continue;
            }
            const std::string_view name = child.name();
            if (name == "score") {
                if (auto score = read_score(child, topic_lines, known))
                    assessment.scores.push_back(std::move(*score));
            } else if (name == "action") {
                if (auto action = read_action(child, known)) assessment.actions.push_back(std::move(*action));
            } else if (name == "plan") {
                if (auto plan = read_plan(child, plan_lines, known))
                    assessment.plans.push_back(std::move(*plan));
            } else {
                add(child, tr("unknown element; <assessment> holds <score>, <action> and <plan> elements"));
            }
        }
        if (may_pass_on()) sink_.assessment(assessment);
    }

    // The workbook of that id when the reader was given the workbooks; a problem when they do not include it.
    const Workbook* find_workbook(pugi::xml_node node, const std::string& id) {
        if (!workbooks_) return nullptr;
        std::vector<std::string> ids;
        for (const auto& workbook : workbooks_->workbooks()) {
            if (workbook.id == id) return &workbook;
            ids.push_back(workbook.id);
        }
        add(node, ids.empty() ? fill_in(tr("unknown workbook {1}; this program knows no workbooks"),
                                        in_quotes(shorten(id)))
                              : fill_in(tr("unknown workbook {1}; this program knows {2}"),
                                        in_quotes(shorten(id)), join(ids)));
        return nullptr;
    }

    // A topic attribute: required, of the form 1.3, and one of the workbook's when the workbook is known.
    std::optional<std::string> topic_attribute(pugi::xml_node node, const Workbook* workbook) {
        const auto topic = attribute(node, "topic");
        if (!topic || !is_topic(*topic)) {
            add(node, topic ? fill_in(tr("topic {1} is not a workbook topic number like 1.3"),
                                      in_quotes(shorten(*topic)))
                            : tr("no topic; give the workbook topic number, e.g. topic=\"1.3\""));
            return std::nullopt;
        }
        if (workbook && !workbook->find_topic(*topic)) {
            std::vector<std::string> ranges;
            for (const auto& section : workbook->sections)
                if (!section.topics.empty())
                    ranges.push_back(section.topics.front().number + "-" + section.topics.back().number);
            add(node, fill_in(tr("topic {1} is not in workbook {2}, whose topics are {3}"), *topic,
                              in_quotes(workbook->id), join(ranges)));
            return std::nullopt;
        }
        return topic;
    }

    // A level attribute ("level", "target", "suggested"): absent or empty is none; otherwise 1 to 5.
    bool level_attribute(pugi::xml_node node, const char* name, std::optional<int>& level) {
        const auto text = attribute(node, name);
        if (!text || text->empty()) return true;
        if (text->size() == 1 && (*text)[0] >= '1' && (*text)[0] <= '5') {
            level = (*text)[0] - '0';
            return true;
        }
        // TRANSLATORS: {1} is an attribute's name (level, suggested), {2} its value.
        add(node, fill_in(tr("{1} {2} is not a whole number from 1 to 5"), name, in_quotes(shorten(*text))));
        return false;
    }

    bool date_attribute(pugi::xml_node node, const char* name, std::optional<Date>& day) {
        const auto text = attribute(node, name);
        if (!text || text->empty()) return true;
        if (const auto parsed = Date::parse(*text)) {
            day = parsed;
            return true;
        }
        add(node, fill_in(tr("{1} {2} is not a date as YYYY-MM-DD"), name, in_quotes(shorten(*text))));
        return false;
    }

    // A whole number from `min` to `max` in attribute `name`, which must be there.
    std::optional<long> number_attribute(pugi::xml_node node, const char* name, long min, long max) {
        const auto text = attribute(node, name);
        const bool digits =
            text && !text->empty() && text->size() < 12 &&
            std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits) {
            const long value = std::stol(*text);
            if (value >= min && value <= max) return value;
        }
        add(node, text ? fill_in(tr("{1} {2} is not a whole number from {3} to {4}"), name,
                                 in_quotes(shorten(*text)), min, max)
                       : fill_in(tr("no {1}; give a whole number from {2} to {3}"), name, min, max));
        return std::nullopt;
    }

    std::optional<TopicScore> read_score(pugi::xml_node node, std::map<std::string, int>& topic_lines,
                                         const Workbook* workbook) {
        check_attributes(node, {"topic", "level"});
        TopicScore score;
        const auto topic = topic_attribute(node, workbook);
        if (!topic) return std::nullopt;
        score.topic = *topic;
        const auto [at, added] = topic_lines.emplace(*topic, line_of(node));
        if (!added) {
            add(node, fill_in(tr("topic {1} is scored twice in one assessment (first on line {2}); keep one"),
                              *topic, at->second));
            return std::nullopt;
        }
        if (!level_attribute(node, "level", score.level)) return std::nullopt;
        bool has_note = false, has_evidence = false;
        for (auto child : node.children()) {
            if (child.type() != pugi::node_element) {
                stray_text(child);
                continue;
            }
            const std::string_view name = child.name();
            if (name == "evidence") {
                if (has_evidence)
                    add(child, tr("a second <evidence>; a score keeps the evidence of its day once"));
                else
                    score.evidence = read_evidence(child);
                has_evidence = true;
                continue;
            }
            if (name != "note") {
                add(child, tr("unknown element; <score> holds one <evidence> and one <note>"));
                continue;
            }
            if (has_note) {
                add(child, tr("a second <note>; merge them"));
                continue;
            }
            has_note = true;
            check_attributes(child, {});
            const auto note = text_of(child);
            if (check_text(child, tr_noop("the note"), note)) score.note = note;
        }
        return score;
    }

    std::optional<EvidenceSnapshot> read_evidence(pugi::xml_node node) {
        check_attributes(node, {"measure", "count", "total", "coverage", "suggested"});
        if (!is_blank(text_of(node))) add(node, tr("<evidence> holds no text; its values are attributes"));
        EvidenceSnapshot evidence;
        bool ok = true;
        const auto measure = attribute(node, "measure");
        if (!measure || is_blank(*measure)) {
            add(node, tr("no measure; name what was measured, e.g. measure=\"one-page-profile\""));
            ok = false;
        } else if (check_text(node, tr_noop("the measure"), *measure)) {
            evidence.measure = *measure;
        } else {
            ok = false;
        }
        constexpr long kMost = 999'999'999;
        const auto count = number_attribute(node, "count", 0, kMost);
        const auto total = number_attribute(node, "total", 0, kMost);
        const auto coverage = number_attribute(node, "coverage", 0, 100);
        ok = level_attribute(node, "suggested", evidence.suggested) && ok && count && total && coverage;
        if (!ok) return std::nullopt;
        if (*count > *total) {
            add(node, fill_in(tr("count {1} is more than the total {2}"), *count, *total));
            return std::nullopt;
        }
        evidence.count = *count;
        evidence.total = *total;
        evidence.coverage = static_cast<int>(*coverage);
        return evidence;
    }

    std::optional<TopicAction> read_action(pugi::xml_node node, const Workbook* workbook) {
        check_attributes(node, {"topic", "target", "who", "by-when", "done"});
        TopicAction action;
        const auto topic = topic_attribute(node, workbook);
        bool ok = topic.has_value();
        ok = level_attribute(node, "target", action.target_level) && ok;
        ok = date_attribute(node, "by-when", action.by_when) && ok;
        ok = date_attribute(node, "done", action.done) && ok;
        action.who = attribute(node, "who").value_or("");
        ok = check_named_text(node, "who", action.who) && ok;
        action.action = text_of(node);
        ok = check_text(node, tr_noop("the action"), action.action) && ok;
        if (!ok) return std::nullopt;
        action.topic = *topic;
        return action;
    }

    std::optional<DetailedPlan> read_plan(pugi::xml_node node, std::map<std::string, int>& plan_lines,
                                          const Workbook* workbook) {
        check_attributes(node, {"topic", "who", "by-when", "priority"});
        DetailedPlan plan;
        if (const auto rank = attribute(node, "priority")) {
            if (const auto priority = plan_priority_from_string(*rank); priority && !rank->empty())
                plan.priority = *priority;
            else
                add(node, fill_in(tr("priority {1} is not top or next"), in_quotes(shorten(*rank))));
        }
        const auto topic = topic_attribute(node, workbook);
        if (!topic) return std::nullopt;
        const auto [at, added] = plan_lines.emplace(*topic, line_of(node));
        if (!added) {
            add(node,
                fill_in(tr("a second plan for topic {1} in one assessment (the first is on line {2}); merge "
                           "them"),
                        *topic, at->second));
            return std::nullopt;
        }
        plan.topic = *topic;
        bool ok = date_attribute(node, "by-when", plan.by_when);
        plan.who = attribute(node, "who").value_or("");
        ok = check_named_text(node, "who", plan.who) && ok;
        std::vector<std::pair<std::string_view, std::string*>> fields;
        for (const auto& field : kPlanTextFields) fields.emplace_back(field.element, &(plan.*field.text));
        std::set<std::string_view> seen;
        for (auto child : node.children()) {
            if (child.type() != pugi::node_element) {
                stray_text(child);
                continue;
            }
            const std::string_view name = child.name();
            const auto field =
                std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; });
            if (field == fields.end()) {
                add(child, tr("unknown element; <plan> holds <why>, <first-steps>, <who-else-knows>, "
                              "<how-to-get-help>, <support-inside>, <support-outside>, <success>, "
                              "<will-have-changed>, <will-see>, <will-feel> and <will-hear>"));
                continue;
            }
            if (!seen.insert(field->first).second) {
                add(child, fill_in(tr("a second <{1}>; merge them"), name));
                ok = false;
                continue;
            }
            check_attributes(child, {});
            const auto text = text_of(child);
            if (check_text(child, tr_noop("the text"), text))
                *field->second = text;
            else
                ok = false;
        }
        if (!ok) return std::nullopt;
        return plan;
    }
};

}  // namespace

InterchangeReadResult read_interchange_text(const std::string& xml, const TemplateRegistry& templates,
                                            const WorkbookRegistry* workbooks) {
    InterchangeCollector collected;
    Reader reader(templates, workbooks, collected, false);
    auto result = reader.run([&](const std::function<void(std::string_view)>& take) {
        take(xml);
        return true;
    });
    // Nothing of a document that is not well-formed is used, not even what came before the fault.
    if (!reader.malformed()) result.data = std::move(collected.data);
    return result;
}

namespace {

// Pieces of this size keep memory small and the reads few.
constexpr std::size_t kPieceBytes = 1 << 20;

std::optional<InterchangeProblem> unreadable(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::exists(file, error))
        return InterchangeProblem{0, "", tr("the file does not exist; check its name and folder")};
    if (std::filesystem::is_directory(file, error))
        return InterchangeProblem{0, "", tr("this is a folder; choose an interchange file (.xml) inside it")};
    return std::nullopt;
}

InterchangeReadResult read_file(const std::filesystem::path& file, const TemplateRegistry& templates,
                                const WorkbookRegistry* workbooks, InterchangeSink& sink,
                                bool stop_at_problem, bool* malformed) {
    if (auto problem = unreadable(file)) {
        InterchangeReadResult result;
        result.problems.push_back(std::move(*problem));
        return result;
    }
    Reader reader(templates, workbooks, sink, stop_at_problem);
    auto result = reader.run([&](const std::function<void(std::string_view)>& take) {
        std::ifstream in(file, std::ios::binary);
        if (!in) return false;
        std::string piece(kPieceBytes, '\0');
        while (in) {
            in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
            if (in.gcount() > 0) take(std::string_view(piece.data(), static_cast<std::size_t>(in.gcount())));
        }
        return !in.bad();
    });
    if (malformed) *malformed = reader.malformed();
    return result;
}

}  // namespace

InterchangeReadResult read_interchange(const std::filesystem::path& file, const TemplateRegistry& templates,
                                       const WorkbookRegistry* workbooks) {
    InterchangeCollector collected;
    bool malformed = false;
    auto result = read_file(file, templates, workbooks, collected, false, &malformed);
    if (!malformed) result.data = std::move(collected.data);
    return result;
}

InterchangeReadResult stream_interchange(const std::filesystem::path& file, const TemplateRegistry& templates,
                                         InterchangeSink& sink, const WorkbookRegistry* workbooks) {
    return read_file(file, templates, workbooks, sink, true, nullptr);
}

}  // namespace pcr::model
