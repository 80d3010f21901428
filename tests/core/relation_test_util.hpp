// Shared by the relation tests (test_relations_actors.cpp, test_relations_quality.cpp): a story of short
// articles extracted with their one date given, and what to count or pick among its relations.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>

#include "claim_test_util.hpp"
#include "extract.hpp"

namespace test_util {

// Each text is one article published on `published`; every `when` in it is dated 2024-11-11 (a Monday).
inline core::Corpus Extract(std::initializer_list<std::string> texts, const char* when = "on Monday",
                            const char* published = "2024-11-12") {
    core::Corpus c;
    for (const std::string& t : texts) {
        const core::Index a = AddText(c, t, published);
        if (t.find(when) != std::string::npos)
            AddTimex(c, a, when, "2024-11-11", "2024-11-11", "2024-11-11", core::Granularity::Day);
    }
    core::ExtractOptions o;
    o.tag_timexes = false;
    core::ExtractAll(c, o);
    if (std::getenv("DUMP")) {  // DUMP=1 core_tests -sf="*relations*": what was found, to read
        for (const core::Event& e : c.events) printf("EV %s (%zu)\n", e.label.c_str(), e.claims.size());
        for (const core::Relation& r : c.relations) printf("REL %s %s\n", core::ToString(r.type), r.explanation.c_str());
        for (const core::Entity& e : c.entities) printf("ENT %s %s\n", core::ToString(e.kind), e.name.c_str());
    }
    return c;
}

inline int Count(const core::Corpus& c, core::RelationType t) {
    int n = 0;
    for (const core::Relation& r : c.relations) n += r.type == t;
    return n;
}

inline const core::Relation* First(const core::Corpus& c, core::RelationType t) {
    for (const core::Relation& r : c.relations)
        if (r.type == t) return &r;
    return nullptr;
}

}  // namespace test_util
