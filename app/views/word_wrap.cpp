// Word wrapping by measured text widths, so what is shown is never cut at a window's edge.
#include "app/views/word_wrap.h"

#include <wx/tokenzr.h>

namespace pcr::app {

wxString wrap_words(const wxWindow& window, const wxString& text, int width, const wxFont& font) {
    const auto measure = [&](const wxString& s) {
        int w = 0, h = 0;
        window.GetTextExtent(s, &w, &h, nullptr, nullptr, &font);
        return w;
    };
    const int space = measure(" ");
    wxString out;
    wxStringTokenizer paragraphs(text, "\n", wxTOKEN_RET_EMPTY_ALL);
    bool first_paragraph = true;
    while (paragraphs.HasMoreTokens()) {
        if (!first_paragraph) out += "\n";
        first_paragraph = false;
        int x = 0;
        wxStringTokenizer words(paragraphs.GetNextToken(), " ", wxTOKEN_STRTOK);
        while (words.HasMoreTokens()) {
            wxString word = words.GetNextToken();
            int w = measure(word);
            if (x > 0 && x + space + w > width) {
                out += "\n";
                x = 0;
            } else if (x > 0) {
                out += " ";
                x += space;
            }
            // A word longer than the line: as much as fits on each line.
            while (w > width && word.length() > 1) {
                size_t fits = 1;
                while (fits < word.length() && measure(word.Left(fits + 1)) <= width - x) ++fits;
                out += word.Left(fits) + "\n";
                word = word.Mid(fits);
                w = measure(word);
                x = 0;
            }
            out += word;
            x += w;
        }
    }
    return out;
}

}  // namespace pcr::app
