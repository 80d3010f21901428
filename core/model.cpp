#include "model.hpp"

#include <array>

namespace core {

namespace {
// One table per enum keeps ToString and Parse in step.
template <typename E, size_t N>
struct Names {
    std::array<const char*, N> names;
    const char* Get(E e) const { return names[static_cast<size_t>(e)]; }
    bool Find(std::string_view s, E& out) const {
        for (size_t i = 0; i < N; ++i)
            if (s == names[i]) { out = static_cast<E>(i); return true; }
        return false;
    }
};
constexpr Names<Provenance, 2> kProvenance{{"extracted", "curated"}};
constexpr Names<DateCertainty, 3> kCertainty{{"stated", "inferred", "unknown"}};
constexpr Names<TimexType, 4> kTimexType{{"DATE", "TIME", "DURATION", "SET"}};
constexpr Names<Granularity, 10> kGranularity{
    {"unknown", "day", "week", "month", "quarter", "season", "year", "decade", "century", "time"}};
constexpr Names<EntityKind, 5> kEntityKind{{"person", "organization", "place", "document", "other"}};
constexpr Names<ClaimKind, 4> kClaimKind{{"event", "quantity", "quote", "assessment"}};
constexpr Names<RelationType, 4> kRelationType{{"corroborates", "contradicts", "refines", "evolves"}};

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

const char* ToString(Provenance p) { return kProvenance.Get(p); }
const char* ToString(DateCertainty c) { return kCertainty.Get(c); }
const char* ToString(TimexType t) { return kTimexType.Get(t); }
const char* ToString(Granularity g) { return kGranularity.Get(g); }
const char* ToString(EntityKind k) { return kEntityKind.Get(k); }
const char* ToString(ClaimKind k) { return kClaimKind.Get(k); }
const char* ToString(RelationType t) { return kRelationType.Get(t); }
bool Parse(std::string_view s, Provenance& out) { return kProvenance.Find(s, out); }
bool Parse(std::string_view s, DateCertainty& out) { return kCertainty.Find(s, out); }
bool Parse(std::string_view s, TimexType& out) { return kTimexType.Find(s, out); }
bool Parse(std::string_view s, Granularity& out) { return kGranularity.Find(s, out); }
bool Parse(std::string_view s, EntityKind& out) { return kEntityKind.Find(s, out); }
bool Parse(std::string_view s, ClaimKind& out) { return kClaimKind.Find(s, out); }
bool Parse(std::string_view s, RelationType& out) { return kRelationType.Find(s, out); }

TextQuote QuoteOf(const Article& a, uint32_t start, uint32_t end) {
    constexpr uint32_t kContext = 32;  // Hypothesis and Apache Annotator use ~32 characters of context
    const std::string& t = a.text;
    TextQuote q;
    q.exact = t.substr(start, end - start);
    uint32_t p = start > kContext ? start - kContext : 0;
    while (p < start && IsContinuation(static_cast<unsigned char>(t[p]))) ++p;
    q.prefix = t.substr(p, start - p);
    uint32_t s = end + kContext < t.size() ? end + kContext : static_cast<uint32_t>(t.size());
    while (s > end && s < t.size() && IsContinuation(static_cast<unsigned char>(t[s]))) --s;
    q.suffix = t.substr(end, s - end);
    return q;
}

}  // namespace core
