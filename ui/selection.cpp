#include "selection.hpp"

#include <charconv>

namespace ui {

namespace {
struct Slot { char key; core::Index Selection::*field; };
constexpr Slot kSlots[] = {{'a', &Selection::article}, {'c', &Selection::claim}, {'e', &Selection::event},
                           {'n', &Selection::entity},  {'t', &Selection::timex}};
}  // namespace

std::string ToString(const Selection& s) {
    std::string out;
    for (const Slot& slot : kSlots) {
        const core::Index v = s.*slot.field;
        if (v == core::kNone) continue;
        if (!out.empty()) out += '&';
        out += slot.key;
        out += '=';
        out += std::to_string(v);
    }
    return out;
}

bool Parse(std::string_view text, Selection& out) {
    Selection s;
    while (!text.empty()) {
        const size_t amp = text.find('&');
        std::string_view part = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        if (part.size() < 3 || part[1] != '=') return false;
        const Slot* slot = nullptr;
        for (const Slot& candidate : kSlots)
            if (candidate.key == part[0]) slot = &candidate;
        if (!slot) return false;
        core::Index v = 0;
        auto [end, ec] = std::from_chars(part.data() + 2, part.data() + part.size(), v);
        if (ec != std::errc() || end != part.data() + part.size() || v < 0) return false;
        s.*slot->field = v;
    }
    out = s;
    return true;
}

}  // namespace ui
