#include "timeml.hpp"

#include "utf8_encode.hpp"

#include <algorithm>
#include <cstdio>

namespace core {

namespace {

bool IsNameStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

struct Attribute {
    std::string name;
    std::string value;                  // decoded
};

struct Tag {
    std::string name;
    std::vector<Attribute> attributes;
    bool closing = false;               // </name>
    bool empty = false;                 // <name … />
    size_t start = 0, end = 0;          // raw offsets of '<' and one past '>'
    const std::string* Get(std::string_view n) const {
        for (const Attribute& a : attributes)
            if (a.name == n) return &a.value;
        return nullptr;
    }
    std::string Value(std::string_view n) const {
        const std::string* v = Get(n);
        return v ? *v : std::string();
    }
};

struct OpenElement {
    std::string name;
    size_t start;                       // raw offset of its start tag
};

// One pass over the file: a small, strict XML reader (no DTD, no namespaces beyond names with ':') that
// builds the TimemlDocument as it goes. Every failure records the first problem and stops.
class Parser {
public:
    Parser(std::string_view bytes, std::string_view file, TimemlDocument& doc, LoadError& error)
        : s_(bytes), file_(file), doc_(doc), error_(error) {}

    bool Run();

private:
    bool Fail(size_t offset, std::string message) {
        error_ = LoadError{};
        error_.file = std::string(file_);
        LineColumnOf(s_, offset, error_.line, error_.column);
        error_.pointer = Path();
        error_.message = std::move(message);
        return false;
    }
    std::string Path() const {
        std::string p;
        for (const OpenElement& e : stack_) p += "/" + e.name;
        return p;
    }
    std::string Where(size_t offset) const {
        int line, column;
        LineColumnOf(s_, offset, line, column);
        return std::to_string(line) + ":" + std::to_string(column);
    }
    bool InText() const { return text_depth_ != 0; }

    bool DecodeEntity(size_t& i, std::string& out);
    bool ReadText(size_t end);
    bool ReadTag(size_t& i, Tag& tag);
    bool OnStartTag(const Tag& tag);
    bool OnEndTag(const Tag& tag);
    void AddPiece(TimemlPiece::Kind kind, size_t raw_start, size_t raw_end, size_t text_start) {
        doc_.pieces.push_back({kind, static_cast<uint32_t>(text_start), static_cast<uint32_t>(doc_.text.size()),
                               static_cast<uint32_t>(raw_start), static_cast<uint32_t>(raw_end)});
    }
    void DropLine(size_t start, size_t end);

    std::string_view s_;
    std::string_view file_;
    TimemlDocument& doc_;
    LoadError& error_;
    std::vector<OpenElement> stack_;
    size_t pos_ = 0;                    // next raw offset to read
    size_t text_depth_ = 0;             // stack depth of the open TEXT element; 0 = not inside TEXT
    bool seen_text_ = false;
    bool seen_root_ = false;
    size_t text_tag_ = 0;               // raw offset of <TEXT>, for a missing-DCT message
    int gold_open_ = -1;                // index into doc_.timexes of the open gold TIMEX3
    size_t gold_depth_ = 0;
    std::string* capture_ = nullptr;    // DOCID / TITLE content being read
    size_t capture_depth_ = 0;
};

// &name; or &#N; or &#xH; at s_[i] (which is '&'); appends the decoded bytes and moves i past ';'.
bool Parser::DecodeEntity(size_t& i, std::string& out) {
    const size_t semi = s_.find(';', i);
    if (semi == std::string_view::npos || semi - i > 12)
        return Fail(i, "'&' does not start an entity (a literal ampersand is written &amp;)");
    const std::string_view name = s_.substr(i + 1, semi - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        uint32_t cp = 0;
        bool ok = !digits.empty();
        for (char c : digits) {
            int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0 || cp > 0x10FFFF) { ok = false; break; }
            cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
        }
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return Fail(i, std::string(1, '&').append(name).append("; is not a valid character reference"));
        AppendUtf8(out, cp);
    } else {
        return Fail(i, "unknown entity &" + std::string(name) + "; (XML knows &amp; &lt; &gt; &quot; &apos; and &#…;)");
    }
    i = semi + 1;
    return true;
}

// Character data s_[pos_, end): decoded into TEXT (as pieces) or into a captured DOCID/TITLE; elsewhere
// only checked (non-space text outside the root element is an error).
bool Parser::ReadText(size_t end) {
    size_t i = pos_;
    while (i < end) {
        if (s_[i] == '&') {
            const size_t text_start = doc_.text.size();
            std::string decoded;
            const size_t raw_start = i;
            if (!DecodeEntity(i, decoded)) return false;
            if (InText()) {
                doc_.text += decoded;
                AddPiece(TimemlPiece::Kind::Atomic, raw_start, i, text_start);
            } else if (capture_) {
                *capture_ += decoded;
            }
            continue;
        }
        size_t run = i;
        while (run < end && s_[run] != '&') ++run;
        const std::string_view chars = s_.substr(i, run - i);
        if (stack_.empty()) {
            const size_t bad = chars.find_first_not_of(" \t\r\n");
            if (bad != std::string_view::npos)
                return Fail(i + bad, seen_root_ ? "text after the end of the root element" : "text before the root element");
        }
        if (InText()) {
            const size_t text_start = doc_.text.size();
            doc_.text += chars;
            AddPiece(TimemlPiece::Kind::Verbatim, i, run, text_start);
        } else if (capture_) {
            *capture_ += chars;
        }
        i = run;
    }
    pos_ = end;
    return true;
}

// A start or end tag at s_[i] ('<' followed by a name or '/'); moves i past '>'.
bool Parser::ReadTag(size_t& i, Tag& tag) {
    tag = Tag{};
    tag.start = i;
    size_t p = i + 1;
    if (p < s_.size() && s_[p] == '/') { tag.closing = true; ++p; }
    if (p >= s_.size() || !IsNameStart(s_[p])) return Fail(i, "'<' does not start a tag (a literal '<' is written &lt;)");
    const size_t name_start = p;
    while (p < s_.size() && IsNameChar(s_[p])) ++p;
    tag.name = std::string(s_.substr(name_start, p - name_start));
    for (;;) {
        const size_t before_space = p;
        while (p < s_.size() && IsSpace(s_[p])) ++p;
        if (p >= s_.size()) return Fail(i, "the tag <" + std::string(tag.closing ? "/" : "") + tag.name + " is never closed with '>'");
        if (s_[p] == '>') { ++p; break; }
        if (s_[p] == '/' && !tag.closing && p + 1 < s_.size() && s_[p + 1] == '>') { tag.empty = true; p += 2; break; }
        if (tag.closing) return Fail(p, "unexpected character in the end tag </" + tag.name + ">");
        if (!IsNameStart(s_[p])) return Fail(p, "unexpected character in the tag <" + tag.name + ">: expected an attribute name, '>' or '/>'");
        if (p == before_space) return Fail(p, "attributes must be separated by spaces");
        Attribute a;
        const size_t an = p;
        while (p < s_.size() && IsNameChar(s_[p])) ++p;
        a.name = std::string(s_.substr(an, p - an));
        while (p < s_.size() && IsSpace(s_[p])) ++p;
        if (p >= s_.size() || s_[p] != '=') return Fail(p, "attribute " + a.name + " needs a value: " + a.name + "=\"…\"");
        ++p;
        while (p < s_.size() && IsSpace(s_[p])) ++p;
        if (p >= s_.size() || (s_[p] != '"' && s_[p] != '\'')) return Fail(p, "the value of " + a.name + " must be quoted");
        const char quote = s_[p++];
        for (;;) {
            if (p >= s_.size()) return Fail(an, "the value of " + a.name + " is never closed");
            if (s_[p] == quote) { ++p; break; }
            if (s_[p] == '<') return Fail(p, "'<' inside the value of " + a.name);
            if (s_[p] == '&') {
                if (!DecodeEntity(p, a.value)) return false;
                continue;
            }
            a.value += s_[p++];
        }
        if (tag.Get(a.name)) return Fail(an, "attribute " + a.name + " is given twice");
        tag.attributes.push_back(std::move(a));
    }
    tag.end = p;
    i = p;
    return true;
}

// Drops a link element; when it stands alone on its line, the whole line goes with it.
void Parser::DropLine(size_t start, size_t end) {
    size_t a = start;
    while (a > 0 && (s_[a - 1] == ' ' || s_[a - 1] == '\t')) --a;
    if (a == 0 || s_[a - 1] == '\n') {
        size_t b = end;
        while (b < s_.size() && (s_[b] == ' ' || s_[b] == '\t' || s_[b] == '\r')) ++b;
        if (b < s_.size() && s_[b] == '\n') { start = a; end = b + 1; }
    }
    doc_.dropped.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
}

bool IsAnnotation(std::string_view name) { return name == "TIMEX3" || name == "EVENT" || name == "SIGNAL"; }
bool IsLink(std::string_view name) {
    return name == "TLINK" || name == "SLINK" || name == "ALINK" || name == "MAKEINSTANCE";
}

bool Parser::OnStartTag(const Tag& tag) {
    if (stack_.empty()) {
        if (seen_root_) return Fail(tag.start, "a second root element <" + tag.name + ">: a document has one");
        seen_root_ = true;
    }
    const bool creation_time = tag.name == "TIMEX3" && tag.Value("functionInDocument") == "CREATION_TIME";
    if (creation_time && doc_.dct_value.empty()) {
        doc_.dct_value = tag.Value("value");
        if (const std::string* tid = tag.Get("tid")) doc_.dct_tid = *tid;
        if (!ParseIsoDate(doc_.dct_value, doc_.dct))
            return Fail(tag.start, "the creation time value \"" + doc_.dct_value + "\" is not a date (expected YYYY-MM-DD or YYYY-MM-DDThh:mm)");
    }
    if (InText()) {
        if (tag.name == "TEXT") return Fail(tag.start, "<TEXT> inside <TEXT>");
        if (IsAnnotation(tag.name)) {
            if (tag.name == "EVENT") ++doc_.events;
            if (tag.name == "SIGNAL") ++doc_.signals;
            if (tag.name == "TIMEX3" && !creation_time) {
                if (gold_open_ >= 0)
                    return Fail(tag.start, "TIMEX3 inside the TIMEX3 opened at " + Where(doc_.timexes[gold_open_].raw_offset));
                TimemlTimex t;
                t.tid = tag.Value("tid");
                t.raw_offset = static_cast<uint32_t>(tag.start);
                const std::string type = tag.Value("type");
                if (!Parse(type, t.timex.type))
                    return Fail(tag.start, "TIMEX3 type \"" + type + "\" is not DATE, TIME, DURATION or SET");
                t.timex.value = tag.Value("value");
                t.timex.mod = tag.Value("mod");
                t.timex.quant = tag.Value("quant");
                t.timex.freq = tag.Value("freq");
                t.timex.span.start = t.timex.span.end = static_cast<uint32_t>(doc_.text.size());
                if (!tag.empty) {
                    gold_open_ = static_cast<int>(doc_.timexes.size());
                    gold_depth_ = stack_.size() + 1;
                }
                doc_.timexes.push_back(std::move(t));
            }
        } else {
            AddPiece(TimemlPiece::Kind::Markup, tag.start, tag.end, doc_.text.size());
        }
    } else if (IsLink(tag.name) && tag.empty) {
        DropLine(tag.start, tag.end);
    } else if (tag.name == "TEXT") {
        if (seen_text_) return Fail(tag.start, "a second <TEXT>: a TimeML document has one");
        seen_text_ = true;
        text_tag_ = tag.start;
        doc_.content_start = doc_.content_end = static_cast<uint32_t>(tag.end);
        if (!tag.empty) text_depth_ = stack_.size() + 1;
    } else if ((tag.name == "DOCID" || tag.name == "TITLE") && !tag.empty && !capture_) {
        capture_ = tag.name == "DOCID" ? &doc_.doc_id : &doc_.title;
        capture_->clear();
        capture_depth_ = stack_.size() + 1;
    }
    if (!tag.empty) stack_.push_back({tag.name, tag.start});
    return true;
}

bool Parser::OnEndTag(const Tag& tag) {
    if (stack_.empty()) return Fail(tag.start, "</" + tag.name + "> closes nothing");
    if (stack_.back().name != tag.name)
        return Fail(tag.start, "</" + tag.name + "> does not close <" + stack_.back().name + "> opened at " + Where(stack_.back().start));
    const size_t depth = stack_.size();
    if (depth == text_depth_) {
        doc_.content_end = static_cast<uint32_t>(tag.start);
        text_depth_ = 0;
    } else if (InText()) {
        if (gold_open_ >= 0 && depth == gold_depth_) {
            doc_.timexes[gold_open_].timex.span.end = static_cast<uint32_t>(doc_.text.size());
            gold_open_ = -1;
        }
        if (!IsAnnotation(tag.name)) AddPiece(TimemlPiece::Kind::Markup, tag.start, tag.end, doc_.text.size());
    } else if (IsLink(tag.name)) {
        // <TLINK …></TLINK>: drop from its start tag to here.
        DropLine(stack_.back().start, tag.end);
    }
    if (capture_ && depth == capture_depth_) capture_ = nullptr;
    stack_.pop_back();
    return true;
}

bool Parser::Run() {
    if (s_.size() > UINT32_MAX) return Fail(0, "file longer than 4 GiB");
    if (s_.find_first_not_of(" \t\r\n") == std::string_view::npos) return Fail(0, "empty file: expected a TimeML document");
    if (const size_t nul = s_.find('\0'); nul != std::string_view::npos)
        return Fail(nul, "binary data (NUL byte): expected a TimeML (XML) document");
    size_t bad = 0;
    if (!IsValidUtf8(s_, &bad)) return Fail(bad, "invalid UTF-8: save the file as UTF-8");
    doc_.raw = std::string(s_);
    pos_ = s_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // a byte order mark is not content
    while (pos_ < s_.size()) {
        const size_t lt = s_.find('<', pos_);
        if (!ReadText(lt == std::string_view::npos ? s_.size() : lt)) return false;
        if (lt == std::string_view::npos) break;
        const std::string_view rest = s_.substr(lt);
        auto skip_to = [&](std::string_view close, const char* what) {
            const size_t e = s_.find(close, lt + 2);
            if (e == std::string_view::npos) return Fail(lt, std::string(what) + " is never closed");
            pos_ = e + close.size();
            return true;
        };
        if (rest.compare(0, 4, "<!--") == 0) {
            if (!skip_to("-->", "the comment")) return false;
            if (InText()) AddPiece(TimemlPiece::Kind::Markup, lt, pos_, doc_.text.size());
        } else if (rest.compare(0, 9, "<![CDATA[") == 0) {
            if (!skip_to("]]>", "the CDATA section")) return false;
            if (stack_.empty()) return Fail(lt, "CDATA outside the root element");
            const std::string_view data = s_.substr(lt + 9, pos_ - 3 - (lt + 9));
            const size_t text_start = doc_.text.size();
            if (InText()) {
                doc_.text += data;
                AddPiece(TimemlPiece::Kind::Atomic, lt, pos_, text_start);
            } else if (capture_) {
                *capture_ += data;
            }
        } else if (rest.compare(0, 2, "<?") == 0) {
            if (!skip_to("?>", "the processing instruction")) return false;
        } else if (rest.compare(0, 2, "<!") == 0) {
            if (seen_root_) return Fail(lt, "a declaration (<!…>) after the root element started");
            // <!DOCTYPE …> possibly with an internal subset in brackets.
            const size_t bracket = s_.find('[', lt), gt = s_.find('>', lt);
            if (gt == std::string_view::npos) return Fail(lt, "the declaration is never closed");
            if (bracket != std::string_view::npos && bracket < gt) {
                if (!skip_to("]>", "the DOCTYPE declaration")) return false;
            } else {
                pos_ = gt + 1;
            }
        } else {
            Tag tag;
            size_t p = lt;
            if (!ReadTag(p, tag)) return false;
            pos_ = p;
            if (!(tag.closing ? OnEndTag(tag) : OnStartTag(tag))) return false;
        }
    }
    if (!stack_.empty())
        return Fail(stack_.back().start, "<" + stack_.back().name + "> is never closed (the file ends first)");
    if (!seen_root_) return Fail(0, "no XML element: expected a TimeML document");
    if (!seen_text_) return Fail(s_.size(), "no <TEXT> element: a TimeML document keeps its text in <TEXT>…</TEXT>");
    if (doc_.dct_value.empty())
        return Fail(text_tag_, "no document creation time: expected <DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" "
                               "value=\"YYYY-MM-DD\" …>…</TIMEX3></DCT> before <TEXT>");
    // Empty gold timexes (<TIMEX3 … />, implicit anchors) have no extent to find or score.
    doc_.timexes.erase(std::remove_if(doc_.timexes.begin(), doc_.timexes.end(),
                                      [](const TimemlTimex& t) { return t.timex.span.start == t.timex.span.end; }),
                       doc_.timexes.end());
    return true;
}

void AppendEscaped(std::string& out, std::string_view s) {
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
}

// Copies raw[from, to) leaving out the dropped ranges.
void AppendKept(std::string& out, const TimemlDocument& doc, size_t from, size_t to) {
    for (const ByteRange& d : doc.dropped) {
        if (d.end <= from || d.start >= to) continue;
        if (d.start > from) out.append(doc.raw, from, d.start - from);
        from = std::max<size_t>(from, d.end);
    }
    if (from < to) out.append(doc.raw, from, to - from);
}

}  // namespace

bool ParseTimeml(std::string_view bytes, std::string_view file_name, TimemlDocument& out, LoadError& error) {
    TimemlDocument doc;
    doc.file = std::string(file_name);
    Parser parser(bytes, file_name, doc, error);
    if (!parser.Run()) return false;
    out = std::move(doc);
    return true;
}

std::vector<Timex> GoldTimexes(const TimemlDocument& doc, Index article) {
    std::vector<Timex> out;
    out.reserve(doc.timexes.size());
    for (const TimemlTimex& t : doc.timexes) {
        out.push_back(t.timex);
        out.back().span.article = article;
    }
    return out;
}

std::string WriteTimeml(const TimemlDocument& doc, const std::vector<Timex>& timexes, TimemlWriteStats* stats) {
    TimemlWriteStats local;
    TimemlWriteStats& st = stats ? *stats : local;
    st = {};
    // Keep a well-formed, non-overlapping set: sorted, inside the text, not crossing kept markup.
    std::vector<const Timex*> order;
    for (const Timex& t : timexes) order.push_back(&t);
    std::stable_sort(order.begin(), order.end(), [](const Timex* a, const Timex* b) {
        return a->span.start != b->span.start ? a->span.start < b->span.start : a->span.end > b->span.end;
    });
    std::vector<const Timex*> keep;
    for (const Timex* t : order) {
        bool ok = t->span.start < t->span.end && t->span.end <= doc.text.size() &&
                  (keep.empty() || keep.back()->span.end <= t->span.start);
        for (size_t i = 0; ok && i < doc.pieces.size(); ++i) {
            const TimemlPiece& p = doc.pieces[i];
            if (p.kind == TimemlPiece::Kind::Markup && p.text_start > t->span.start && p.text_start < t->span.end) ok = false;
        }
        if (ok) keep.push_back(t);
        else ++st.skipped;
    }

    std::string out;
    out.reserve(doc.raw.size() + keep.size() * 64);
    AppendKept(out, doc, 0, doc.content_start);
    int next_id = 1;
    auto open_tag = [&](const Timex& t) {
        std::string tid;
        do tid = std::string(1, 't').append(std::to_string(next_id++));
        while (tid == doc.dct_tid);
        out += "<TIMEX3 tid=\"" + tid + "\" type=\"";
        out += ToString(t.type);
        out += "\" value=\"";
        AppendEscaped(out, t.value);
        out += '"';
        auto attr = [&](const char* name, const std::string& v) {
            if (v.empty()) return;
            out += ' ';
            out += name;
            out += "=\"";
            AppendEscaped(out, v);
            out += '"';
        };
        attr("mod", t.mod);
        attr("quant", t.quant);
        attr("freq", t.freq);
        out += '>';
        ++st.written;
    };
    size_t cur = 0;
    bool open = false;
    // Closes the open timex when it ends at or before `pos`; opens the next one when it starts at or
    // before `pos` (a start inside an entity snapped back to the entity's start).
    auto settle = [&](uint32_t pos, bool may_open) {
        if (open && keep[cur]->span.end <= pos) { out += "</TIMEX3>"; open = false; ++cur; }
        if (!open && may_open && cur < keep.size() && keep[cur]->span.start <= pos) { open_tag(*keep[cur]); open = true; }
    };
    for (const TimemlPiece& p : doc.pieces) {
        if (p.kind == TimemlPiece::Kind::Markup) {
            settle(p.text_start, false);
            out.append(doc.raw, p.raw_start, p.raw_end - p.raw_start);
            continue;
        }
        if (p.kind == TimemlPiece::Kind::Atomic) {
            settle(p.text_start, true);
            // A timex starting inside the entity opens before it.
            if (!open && cur < keep.size() && keep[cur]->span.start < p.text_end) { open_tag(*keep[cur]); open = true; }
            out.append(doc.raw, p.raw_start, p.raw_end - p.raw_start);
            continue;
        }
        uint32_t pos = p.text_start;
        while (pos < p.text_end) {
            settle(pos, true);
            uint32_t next = p.text_end;
            if (open) next = std::min(next, keep[cur]->span.end);
            else if (cur < keep.size()) next = std::min(next, std::max(pos + 1, keep[cur]->span.start));
            out.append(doc.raw, p.raw_start + (pos - p.text_start), next - pos);
            pos = next;
        }
    }
    settle(static_cast<uint32_t>(doc.text.size()), false);
    if (open) out += "</TIMEX3>";
    AppendKept(out, doc, doc.content_end, doc.raw.size());
    return out;
}

std::string RawTextWithoutTags(std::string_view tml) {
    const size_t open = tml.find("<TEXT>");
    if (open == std::string_view::npos) return {};
    const size_t start = open + 6;
    const size_t end = std::min(tml.find("</TEXT>", start), tml.size());
    std::string out;
    for (size_t i = start; i < end;) {
        if (tml[i] == '<') {
            // Skip the tag; a '>' inside a quoted attribute value does not end it.
            char quote = 0;
            for (++i; i < end && (quote || tml[i] != '>'); ++i)
                if (quote ? tml[i] == quote : (tml[i] == '"' || tml[i] == '\'')) quote = quote ? 0 : tml[i];
            if (i < end) ++i;
        } else {
            out += tml[i++];
        }
    }
    return out;
}

}  // namespace core
