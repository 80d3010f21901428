// The claims panel and the relation view, in the real app, headless, with simulated input.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "claims_window.hpp"
#include "corpus.hpp"
#include "ui_harness.hpp"

namespace {

const ui::ClaimsState::DrawnRow* Row(const test::Harness& h, core::Index claim) {
    for (const auto& r : h.app.claims.drawn)
        if (r.claim == claim) return &r;
    return nullptr;
}

const ui::ClaimRow* CachedRow(const test::Harness& h, core::Index claim) {
    for (const auto& r : h.app.claims.rows)
        if (r.claim == claim) return &r;
    return nullptr;
}

void SelectClaim(test::Harness& h, core::Index claim) {
    ui::Selection s = h.app.selection;
    s.claim = claim;
    ui::Select(h.app, s);
    h.Frames(3);
}

// What the badges must say, counted straight from the corpus relations (not through the panel's index).
std::string ExpectedBadges(const core::Corpus& c, core::Index claim) {
    std::set<core::Index> corroborating;
    int contradicted = 0, refined = 0, evolved = 0;
    for (const core::Relation& r : c.relations) {
        if (std::find(r.claims.begin(), r.claims.end(), claim) == r.claims.end()) continue;
        switch (r.type) {
            case core::RelationType::Corroborates:
                for (core::Index o : r.claims)
                    if (o != claim && c.claims[o].span.article != c.claims[claim].span.article)
                        corroborating.insert(c.claims[o].span.article);
                break;
            case core::RelationType::Contradicts: ++contradicted; break;
            case core::RelationType::Refines: ++refined; break;
            case core::RelationType::Evolves: ++evolved; break;
        }
    }
    std::string out;
    auto add = [&](const std::string& s) { out += (out.empty() ? "" : " \xC2\xB7 ") + s; };
    auto times = [](const char* v, int n) { return n > 1 ? std::string(v) + " \xC3\x97" + std::to_string(n) : std::string(v); };
    if (!corroborating.empty()) add("corroborated by " + std::to_string(corroborating.size()));
    if (contradicted) add(times("contradicted", contradicted));
    if (refined) add(times("refined", refined));
    if (evolved) add(times("evolved", evolved));
    return out;
}

}  // namespace

TEST_CASE("claims panel: lists the reader's article's claims and a click selects one") {
    test::Harness h;
    const std::vector<core::Index> expected = core::ClaimsOfArticle(h.app.corpus, 0);
    REQUIRE(h.app.claims.rows.size() == expected.size());
    REQUIRE(h.app.claims.drawn.size() >= 3);
    const core::Index target = h.app.claims.drawn[2].claim;
    CHECK(target == expected[2]);
    const auto* row = Row(h, target);
    REQUIRE(row != nullptr);
    h.Click((row->min.x + row->max.x) * 0.5f, (row->min.y + row->max.y) * 0.5f);
    CHECK(h.app.selection.claim == target);
    CHECK(h.app.selection.article == 0);
    // The reader highlights it: its span is laid out and visible.
    ImVec2 mn, mx;
    const core::Span& s = h.app.corpus.claims[target].span;
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, s.start, s.end, mn, mx));
    h.Frames(60);
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, s.start, s.end, mn, mx));
    CHECK(mn.y >= h.app.reader.y);
    CHECK(mx.y <= h.app.reader.y + h.app.reader.h);
}

TEST_CASE("claims panel: every row's badges match the corpus relations") {
    test::Harness h;
    h.app.claims.all_articles = true;
    h.Frames(2);
    REQUIRE(h.app.claims.rows.size() == h.app.corpus.claims.size());
    int with_badges = 0;
    for (const ui::ClaimRow& row : h.app.claims.rows) {
        CAPTURE(row.claim);
        CHECK(row.badges == ExpectedBadges(h.app.corpus, row.claim));
        with_badges += !row.badges.empty();
    }
    CHECK(with_badges >= 4);  // the bundled story has corroborations, a contradiction, a refinement, updates
    // A claim corroborated by four other articles says so.
    bool four = false;
    for (const ui::ClaimRow& row : h.app.claims.rows) four |= row.badges.find("corroborated by 4") != std::string::npos;
    CHECK(four);
}

TEST_CASE("claims panel: the scope toggle and the entity filter choose the rows") {
    test::Harness h;
    const size_t article_rows = h.app.claims.rows.size();
    h.app.claims.all_articles = true;
    h.Frames(2);
    CHECK(h.app.claims.rows.size() == h.app.corpus.claims.size());
    CHECK(h.app.claims.rows.size() > article_rows);
    // Filter by the entity named in most claims.
    core::Index best = core::kNone;
    size_t best_n = 0;
    for (core::Index e = 0; e < static_cast<core::Index>(h.app.corpus.entities.size()); ++e) {
        size_t n = 0;
        for (const core::Claim& c : h.app.corpus.claims)
            n += std::find(c.entities.begin(), c.entities.end(), e) != c.entities.end();
        if (n > best_n) { best_n = n; best = e; }
    }
    REQUIRE(best != core::kNone);
    ui::Selection s = h.app.selection;
    s.entity = best;
    ui::Select(h.app, s);
    h.Frames(2);
    CHECK(h.app.claims.rows.size() >= best_n);
    CHECK(h.app.claims.rows.size() < h.app.corpus.claims.size());
    for (const ui::ClaimRow& row : h.app.claims.rows) {
        const core::Claim& c = h.app.corpus.claims[row.claim];
        bool names = std::find(c.entities.begin(), c.entities.end(), best) != c.entities.end();
        for (const core::Span& m : h.app.corpus.entities[best].mentions)
            names |= m.article == c.span.article && m.start >= c.span.start && m.end <= c.span.end;
        CHECK(names);
    }
    const int builds = h.app.claims.rows_builds;
    h.Frames(5);
    CHECK(h.app.claims.rows_builds == builds);  // frames reuse the rows
}

TEST_CASE("relation view: both sides' evidence, the type and explanation; the other side opens its article") {
    test::Harness h;
    // The curated contradiction: 001's "about 10,000 soldiers" against 004's "tens of thousands".
    core::Index rel = core::kNone;
    for (core::Index r = 0; r < static_cast<core::Index>(h.app.corpus.relations.size()); ++r)
        if (h.app.corpus.relations[r].type == core::RelationType::Contradicts) rel = r;
    REQUIRE(rel != core::kNone);
    const core::Relation& relation = h.app.corpus.relations[rel];
    REQUIRE(relation.claims.size() == 2);
    const core::Index mine = relation.claims[0], other = relation.claims[1];
    SelectClaim(h, mine);
    CHECK(h.app.selection.article == h.app.corpus.claims[mine].span.article);
    const auto& sides = h.app.claims.relation.sides;
    const ui::RelationSide* left = nullptr;
    const ui::RelationSide* right = nullptr;
    for (const ui::RelationSide& side : sides)
        if (side.relation == rel) (side.selected_side ? left : right) = &side;
    REQUIRE(left != nullptr);
    REQUIRE(right != nullptr);
    CHECK(left->claim == mine);
    CHECK(right->claim == other);
    // Each side quotes its evidence: every evidence span of the relation is on one side and inside the quote.
    size_t shown = 0;
    for (const ui::RelationSide* side : {left, right}) {
        CHECK(side->article == h.app.corpus.claims[side->claim].span.article);
        for (const core::Span& e : side->evidence) {
            CHECK(e.article == side->article);
            CHECK(e.start >= side->quote.begin);
            CHECK(e.end <= side->quote.end);
            ++shown;
        }
        CHECK(!side->evidence.empty());
        CHECK(side->max.x > side->min.x);
    }
    CHECK(shown == relation.evidence.size());
    CHECK(left->max.x <= right->min.x);  // side by side
    CHECK(left->min.y == right->min.y);
    // A click on the other side selects that claim; the reader switches article.
    // Its header (outlet and date) is the part surely in view when the panel is short.
    REQUIRE(right->min.y + 12 < h.app.claims.y + h.app.claims.h);
    h.Click((right->min.x + right->max.x) * 0.5f, right->min.y + 12);
    h.Frames(2);
    CHECK(h.app.selection.claim == other);
    CHECK(h.app.selection.article == h.app.corpus.claims[other].span.article);
    CHECK(h.app.reader.shown_article == h.app.selection.article);
}

TEST_CASE("claims panel: a claim without relations says so, and the speaker reads naturally") {
    test::Harness h;
    core::Index lonely = core::kNone;
    for (const ui::ClaimRow& row : h.app.claims.rows)
        if (row.badges.empty()) { lonely = row.claim; break; }
    REQUIRE(lonely != core::kNone);
    SelectClaim(h, lonely);
    CHECK(h.app.claims.relation.sides.empty());
    // Attributed claims name their speaker; the outlet's own assertions say "unattributed".
    for (const ui::ClaimRow& row : h.app.claims.rows) {
        const core::Attribution& a = h.app.corpus.claims[row.claim].attribution;
        if (a.outlet_voice) CHECK(row.speaker == "unattributed");
        else CHECK(row.speaker.find(a.speaker_name) != std::string::npos);
    }
    CHECK(CachedRow(h, lonely) != nullptr);
}

TEST_CASE("claims panel: Down selects the next claim; clicking a selected claim again brings the reader back") {
    test::Harness h;
    REQUIRE(h.app.claims.drawn.size() >= 2);
    const auto first = h.app.claims.drawn[0];
    h.Click((first.min.x + first.max.x) * 0.5f, (first.min.y + first.max.y) * 0.5f);
    REQUIRE(h.app.selection.claim == first.claim);
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_DownArrow, true);
    h.Frames(1);
    io.AddKeyEvent(ImGuiKey_DownArrow, false);
    h.Frames(1);
    CHECK(h.app.selection.claim == h.app.claims.rows[1].claim);
    // Scroll the reader far away from the claim, then click its row again.
    const core::Index claim = h.app.selection.claim;
    const core::Span& s = h.app.corpus.claims[claim].span;
    for (int i = 0; i < 6; ++i) h.Wheel(h.app.reader.x + h.app.reader.w * 0.5f, h.app.reader.y + 200, -10);
    ImVec2 mn, mx;
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, s.start, s.end, mn, mx));
    REQUIRE(mx.y < h.app.reader.y);         // out of view, above
    const auto* row = Row(h, claim);
    REQUIRE(row != nullptr);
    h.Click((row->min.x + row->max.x) * 0.5f, (row->min.y + row->max.y) * 0.5f);
    h.Frames(90);
    REQUIRE(ui::ReaderRangeRect(h.app, h.app.reader, s.start, s.end, mn, mx));
    CHECK(mn.y >= h.app.reader.y);
    CHECK(mx.y <= h.app.reader.y + h.app.reader.h);
}

TEST_CASE("relation view: its title clears the show/hide toggle and the provenance note ends in '…', at any width") {
    // A claim with a relation (the first claim of a relation whose article is open).
    const ImVec2 sizes[] = {{1400, 900}, {800, 600}, {390, 844}};
    for (const ImVec2& size : sizes) {
        INFO(size.x << "x" << size.y);
        test::Harness h(size.x, size.y);
        h.app.layout.tab = ui::Tab::Claims;   // the phone shows one pane: the claims
        REQUIRE_FALSE(h.app.corpus.relations.empty());
        const core::Index claim = h.app.corpus.relations[0].claims[0];
        ui::Selection s;
        s.article = h.app.corpus.claims[static_cast<size_t>(claim)].span.article;
        s.claim = claim;
        ui::Select(h.app, s);
        h.Frames(3);
        const ui::RelationViewState& rv = h.app.claims.relation;
        REQUIRE_FALSE(rv.sides.empty());
        REQUIRE(rv.right > 0);
        CHECK(rv.title_x1 > rv.right - (rv.right - rv.toggle_x0) - 400);  // drawn
        CHECK(rv.title_x1 + 4 <= rv.toggle_x0);       // never under "hide"
        CHECK(rv.toggle_x0 < rv.right);                // the toggle is there (the claim has relations)
        CHECK(rv.provenance_x1 > 0);
        CHECK(rv.provenance_x1 <= rv.right + 0.5f);    // "found by extraction" within the view
    }
}
