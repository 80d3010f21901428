// The context the matcher's rules share to resolve a value: the DCT at a granularity, the tense of the
// clause around a date (which side of the DCT it lies on), local direction words ("until", "since"), and
// the year of a date written without one. Pure reading of the token stream; no rule matches here.
#include <array>
#include <span>

#include "timex_match.hpp"

namespace core::timex {

Point Matcher::Dct(Granularity g) const {
    if (dct_ != kNoDay) return FromDay(dct_, g);
    Point p;
    p.g = g;
    return p;
}

namespace {

// The words ReadTense takes as cues by their spelling (besides the lexicon's tense words and past forms
// in -ed): words of plan and schedule, "set (to)", the present of a scheduled event ("the show opens
// Thursday") and its bare form after a plural subject ("talks resume Tuesday"), and the stems of the verbs
// of postponement ("extended … until").
constexpr std::string_view kFutureWords[] = {"expected", "scheduled", "planned", "slated", "due", "plans", "expects",
                                             "intends", "going", "tomorrow", "upcoming", "plan", "expect", "hopes",
                                             "aims", "planning"};
constexpr std::string_view kScheduledPresent[] = {"opens", "begins", "starts", "ends", "meets", "resumes", "convenes", "arrives"};
constexpr std::string_view kScheduledBare[] = {"meet", "begin", "resume", "convene", "reconvene", "arrive"};
constexpr std::string_view kPostponementStems[] = {"extend", "postpon", "delay", "defer", "adjourn", "reschedul"};

bool InList(std::string_view w, std::span<const std::string_view> list) {
    for (std::string_view k : list)
        if (w == k) return true;
    return false;
}

bool FutureWord(std::string_view w) { return InList(w, kFutureWords); }
bool ScheduledPresent(std::string_view w) { return InList(w, kScheduledPresent); }
bool ScheduledBare(std::string_view w) { return InList(w, kScheduledBare); }
bool PostponementVerb(std::string_view w) {
    for (std::string_view k : kPostponementStems)
        if (w.substr(0, k.size()) == k) return true;
    return false;
}

// For each word length 0..15, the first letters (bit 0 'a' … bit 25 'z') of the words above of that length
// (a stem: of every length from its own). A word in -ed aside, a word whose first letter and length are not
// here is none of them: ReadTense rejects most words of a sentence with this one look-up, without reading
// the word (the walk meets ~15 tokens per date; comparing each with the ~40 words cost ~250 instructions).
constexpr std::array<uint32_t, 16> kCueFirstLetters = [] {
    std::array<uint32_t, 16> m{};
    auto add = [&](std::string_view w, size_t from, size_t to) {
        for (size_t n = from; n <= to && n < m.size(); ++n) m[n] |= 1u << (w[0] - 'a');
    };
    for (std::string_view w : kFutureWords) add(w, w.size(), w.size());
    for (std::string_view w : kScheduledPresent) add(w, w.size(), w.size());
    for (std::string_view w : kScheduledBare) add(w, w.size(), w.size());
    for (std::string_view w : kPostponementStems) add(w, w.size(), m.size() - 1);
    add("set", 3, 3);
    return m;
}();

bool NotPastEd(std::string_view w) {
    static const std::string_view kWords[] = {"need", "speed", "indeed", "hundred", "proceed", "exceed", "succeed",
                                              "breed", "seed", "feed", "bleed", "embed", "steed", "creed", "greed",
                                              "kindred", "shed", "bred", "sacred", "naked", "wicked", "ragged"};
    for (std::string_view k : kWords)
        if (w == k) return true;
    return false;
}

}  // namespace

// Words right before a date that say on which side of the publication date it lies: "payable Dec. 7",
// "effective Jan. 1", "as early as Tuesday" point ahead whatever the tense of the sentence (+1); "since
// June" points back (-1). "until", "through", "by", "expire", "due" lean ahead but yield to a clear tense
// ("it had been due to expire Friday"): deadline words ("until", "due", "expire") return 3, the rest 2.
int Matcher::LocalDirection(size_t i) const {
    size_t k = i;
    for (int hops = 0; hops < 4 && k > 0; ++hops) {
        --k;
        const TxToken& t = tok_[k];
        if (t.sentence != tok_[i].sentence) return 0;
        if (Is(k, "on") || Is(k, "the") || Is(k, "of") || Is(k, "in") || Is(k, "at") || IsPunct(k, ',')) continue;
        if ((Is(k, "after") || Is(k, "shortly") || Is(k, "just")) && k > 0 &&
            (Is(k - 1, "since") || Is(k - 1, "shortly") || Is(k - 1, "just")))
            continue;   // "since shortly after the Oct. 23 slaying"
        if (!t.Is(kTxAlpha)) return 0;
        if (Is(k, "payable") || Is(k, "effective") || Is(k, "starting")) return 1;
        if (Is(k, "as") && k >= 2 && (Is(k - 1, "early") || Is(k - 1, "soon")) && Is(k - 2, "as")) return 1;
        // A deadline word (3) puts an unmarked weekday ahead; "by", "before", "through" (2) only lean.
        if (Is(k, "until") || Is(k, "till") || Is(k, "expire") || Is(k, "expires") || Is(k, "expiring") || Is(k, "due") ||
            Is(k, "deadline"))   // "a deadline of October"
            return 3;
        // "holders of record June 1": the record date of a dividend follows its declaration.
        if (Is(k, "through") || Is(k, "by") || Is(k, "before") || (Is(k, "record") && k > 0 && Is(k - 1, "of"))) return 2;
        if (Is(k, "since")) return -1;
        // "between now and June", "from now until Friday": ahead.
        if ((Is(k, "and") || Is(k, "until") || Is(k, "till") || Is(k, "to")) && k > 0 && Is(k - 1, "now")) return 1;
        return 0;
    }
    return 0;
}

// A clause boundary between tokens a and b (a < b): punctuation that separates clauses, a word that opens
// a subordinate clause ("that", "which", "who", "when", "while", "because", "if"), a participle, or a verb.
bool Matcher::ClauseBreak(size_t a, size_t b) const {
    for (size_t k = a + 1; k < b; ++k) {
        if (IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, ':') || IsPunct(k, '(') || IsPunct(k, '"')) return true;
        if (Is(k, "that") || Is(k, "which") || Is(k, "who") || Is(k, "when") || Is(k, "while") || Is(k, "because") ||
            Is(k, "if"))
            return true;
        // A participle opens a clause of its own ("filed a brief Monday arguing the agency cannot …"); another
        // finite verb means another clause ("in October after India said it could …").
        const TxToken& t = tok_[k];
        if (t.wc == Wc::Tense && t.val != 3) return true;
        if (t.Is(kTxAlpha) && !t.Is(kTxCap) && t.end - t.start >= 5 &&
            ((text_[t.end - 3] == 'i' && text_[t.end - 2] == 'n' && text_[t.end - 1] == 'g') ||
             (text_[t.end - 2] == 'e' && text_[t.end - 1] == 'd')))
            return true;
    }
    return false;
}

// Token k sits in a relative clause opened after a comma (", which …", ", for which …", ", who …") and
// closed by a comma before token b.
bool Matcher::InClosedRelativeClause(size_t k, size_t b) const {
    bool closed = false;
    for (size_t j = k + 1; j < b && !closed; ++j) closed = IsPunct(j, ',');
    if (!closed) return false;
    for (size_t j = k; j > 0 && j + 10 > k; --j) {
        if (!IsPunct(j - 1, ',')) continue;
        const size_t w = IsC(j, Wc::None) && T(j).Is(kTxAlpha) && (Is(j + 1, "which") || Is(j + 1, "whom")) ? j + 1 : j;
        return Is(w, "which") || Is(w, "who") || Is(w, "whom") || Is(w, "whose") || Is(w, "where");
    }
    return false;
}

// After the date at i, "and"/"but" at j followed by an auxiliary opens a clause of its own ("arrived on
// Saturday and will meet him tomorrow", "traded late Friday and are expected to open…"): the cues after it
// do not date the first (ReadTense keeps this as its walk goes further).
bool Matcher::CoordinatesClause(size_t j) const { return (Is(j, "and") || Is(j, "but")) && IsC(j + 1, Wc::Tense); }

// Token k follows a determiner ("the", "a", "its", "their"), possibly across one adverb in -ly ("the
// hastily planned trip"): a participle there is an adjective.
bool Matcher::AfterDeterminer(size_t k) const {
    if (k == 0) return false;
    size_t j = k - 1;
    const TxToken& t = tok_[j];
    if (j > 0 && t.Is(kTxAlpha) && !t.Is(kTxCap) && t.end - t.start >= 5 && text_[t.end - 2] == 'l' && text_[t.end - 1] == 'y') --j;
    return IsC(j, Wc::Article) || Is(j, "its") || Is(j, "his") || Is(j, "her") || Is(j, "their") || Is(j, "our") ||
           Is(j, "my") || Is(j, "your");
}

namespace {

// Heads that take an infinitive of intention, obligation or plan (verbs in any form, and their nouns):
// "agreed/agreement to", "ordered … to", "a plan/deal/bid to".
bool IntentionHead(std::string_view w) {
    static const std::string_view kStems[] = {
        "agree", "decid", "decision", "plan", "promis", "vow", "pledg", "offer", "threat", "sought", "seek", "refus",
        "propos", "prepar", "arrang", "vote", "order", "subpoena", "urge", "force", "requir", "invit", "authori",
        "allow", "ask", "deal", "bid", "intend", "intention", "schedul", "expect", "hope", "want", "aim", "commit",
        "contract", "undert", "permi", "move"};
    for (std::string_view k : kStems)
        if (w.substr(0, k.size()) == k) return true;
    return false;
}

}  // namespace

// A bare verb after "to" ("to testify", "to acquire"), not a noun phrase ("to the bank", "to Cuba", "to
// investors", "to work"s of the -tion/-ment kind) — by shape, there being no part-of-speech tagger here.
bool Matcher::VerbAfterTo(size_t k) const {
    if (!Has(k)) return false;
    const TxToken& t = tok_[k];
    if (!t.Is(kTxAlpha) || t.Is(kTxCap) || t.wc != Wc::None) return false;
    const std::string_view w = text_.substr(t.start, t.end - t.start);
    auto ends = [&](std::string_view e) { return w.size() > e.size() + 1 && w.substr(w.size() - e.size()) == e; };
    if (ends("ing") || ends("ed") || ends("ly") || ends("tion") || ends("sion") || ends("ment") || ends("ness") ||
        ends("ity") || (ends("s") && !ends("ss")))
        return false;
    return !(w == "its" || w == "his" || w == "her" || w == "their" || w == "our" || w == "my" || w == "your" ||
             w == "this" || w == "that" || w == "these" || w == "those" || w == "date" || w == "about" || w == "work");
}

// Between a past verb at k and a date at i, an infinitive whose head expresses an intention: "agreed to pay
// … Friday", "ordered the troops to leave by March". The head is within eight tokens before "to" in the same
// clause ("subpoenaed the 6-year-old boy to testify").
bool Matcher::IntentionInfinitive(size_t k, size_t i) const {
    for (size_t j = k + 1; j < i; ++j) {
        if (!Is(j, "to") || !VerbAfterTo(j + 1)) continue;
        for (size_t h = j; h > k && h + 9 > j; --h) {
            const TxToken& t = tok_[h - 1];
            if (IsPunct(h - 1, ',') || IsPunct(h - 1, ';') || Is(h - 1, "that")) break;   // another clause
            if (!t.Is(kTxAlpha) || t.end - t.start > 15) continue;
            char buf[16];
            const size_t len = t.end - t.start;
            for (size_t c = 0; c < len; ++c) buf[c] = static_cast<char>(text_[t.start + c] | 32);
            if (IntentionHead(std::string_view(buf, len))) return true;
        }
    }
    return false;
}

// "Neither he nor his aides could …", "nobody could …": a negative word opens the clause of token k.
bool Matcher::NegatedBefore(size_t k) const {
    for (size_t j = k; j > 0 && j + 8 > k; --j) {
        if (tok_[j - 1].sentence != tok_[k].sentence || IsPunct(j - 1, ',') || IsPunct(j - 1, ';')) return false;
        if (Is(j - 1, "neither") || Is(j - 1, "nor") || Is(j - 1, "nobody")) return true;
    }
    return false;
}

Matcher::TenseCue Matcher::TenseOf(size_t i) const {
    if (i != tense_token_) tense_ = ReadTense(i), tense_token_ = i;
    return tense_;
}

Matcher::TenseCue Matcher::ReadTense(size_t i) const {
    TenseCue out;
    const int local = LocalDirection(i);
    if (local == 1 || local == -1) { out.dir = local; return out; }
    // The cheapest tense cue of the sentence, both ways: cost is the distance in tokens, plus a penalty for
    // weak cues — a reporting verb ("said") dates the saying, not the clause it introduces, unless the date
    // sits right by it ("said Friday that…"); a word in -ed may be an adjective or a participle; cues after
    // the date count a bit less. Present tense ("is", "says") is a cue too: it means "near the DCT" (0).
    const uint16_t s = tok_[i].sentence;
    bool present_after = false;
    auto cue_word = [&](size_t k, size_t distance, int& dir, int& penalty) -> bool {
        present_after = false;
        const bool close = k < i ? distance <= 4 : distance <= 2;   // "said on Friday that", "Friday said"
        const TxToken& t = tok_[k];
        if (!t.Is(kTxAlpha)) return false;
        if (t.wc == Wc::Tense) {
            // "will be paid", "was made": a participle after an auxiliary; the auxiliary is the cue.
            if (t.val == -1 && k > 0 && (Is(k - 1, "be") || Is(k - 1, "been") || Is(k - 1, "being") || Is(k - 1, "is") ||
                                         Is(k - 1, "are") || Is(k - 1, "was") || Is(k - 1, "were")))
                return false;
            // "could", "might", "should", "must", "can" before the date, or after it in the same clause ("the
            // second half should be better"), put it ahead ("traffic could be restored by Saturday"); past a
            // clause break they belong to another clause ("said Friday that strikes could harm talks", "on
            // Friday, for which he could give no reason") and say nothing of the date.
            if (t.val == 3) {
                if (t.Is(kTxCap) && Is(k, "can")) return false;   // "American Can", a name
                // "could not be reached Friday", "neither he nor his aides could be located": a negated "could"
                // reports an attempt that failed (the past of "can"), not a possibility ahead.
                if (Is(k, "could") && (Is(k + 1, "not") || Is(k + 1, "n't") || Is(k + 1, "never") ||
                                       (k > 0 && (Is(k - 1, "not") || Is(k - 1, "never"))) || NegatedBefore(k)))
                    return false;
                if (k > i && ClauseBreak(i, k)) return false;
                // Before the date, a modal inside a relative clause closed before it says nothing of the date
                // ("ranged from $500 on Friday, for which he could give no reason, to $900 on Wednesday").
                if (k < i && InClosedRelativeClause(k, i)) return false;
                dir = 1, penalty = 0;
                return true;
            }
            // "sought to defer payments until June", "was to resume": see IntentionInfinitive.
            if (t.val == -1 && Is(k + 1, "to") && (Is(k, "sought") || Is(k, "was") || Is(k, "were")) && Has(k + 2) &&
                T(k + 2).Is(kTxAlpha) && !T(k + 2).Is(kTxCap) && T(k + 2).wc != Wc::Article)
                return false;
            // Present tense after the date may be another clause's ("criticized them Monday, charging that
            // they are slow"): it still says "near the DCT" for a month, but does not pull a weekday ahead.
            present_after = t.val == 0 && k > i;
            dir = t.val > 0 ? 1 : t.val < 0 ? -1 : 0;
            // "were planning to drive on Saturday", "was going to": a plan made in the past for later.
            if (t.val == -1 && (Is(k + 1, "planning") || Is(k + 1, "going") || Is(k + 1, "preparing")) && Is(k + 2, "to"))
                dir = 1;
            if (t.val == 0 && Is(k + 1, "to")) dir = 1;   // "is to resume trading Tuesday"
            penalty = t.val == -2 && !close ? 8 : 0;
            return true;
        }
        if (t.wc == Wc::Shift && t.val == -1) { dir = -1, penalty = 0; return true; }   // "ago"
        const size_t len = t.end - t.start;
        if (t.wc == Wc::Month && len == 3 && !t.Is(kTxCap)) { dir = 1, penalty = 0; return true; }   // the modal "may"
        if ((len < 4 && !(len == 3 && Is(k, "set"))) || len > 15 || t.Is(kTxCap)) return false;
        char buf[16];
        for (size_t c = 0; c < len; ++c) buf[c] = static_cast<char>(text_[t.start + c] | 32);
        const std::string_view w(buf, len);
        if (FutureWord(w)) {
            // "plans to", "expects to" are verbs; "the plan", "plans for" are nouns.
            if ((w == "plan" || w == "plans" || w == "expect" || w == "aims" || w == "hopes" || w == "intends") && !Is(k + 1, "to"))
                return false;
            // "had been scheduled to expire Friday": the past perfect is the cue, not the schedule.
            if (k > 0 && w.back() == 'd' && (Is(k - 1, "been") || Is(k - 1, "had"))) return false;
            // "the hastily planned trip", "a scheduled stop", "its expected ruling": a participle after a
            // determiner is an adjective of the noun; it says nothing of when the clause happens.
            if (w.back() == 'd' && AfterDeterminer(k)) return false;
            // "began as planned Saturday", "opened as (originally) scheduled": "as" + the participle says the
            // event kept to its plan; the clause's own verb dates it.
            if (w.back() == 'd' && k > 0 &&
                (Is(k - 1, "as") || (k > 1 && Is(k - 2, "as") && T(k - 1).Is(kTxAlpha) && T(k - 1).end - T(k - 1).start > 3 &&
                                     text_[T(k - 1).end - 2] == 'l' && text_[T(k - 1).end - 1] == 'y')))
                return false;
            dir = 1, penalty = 1;
            return true;
        }
        // "set to resume Monday", "is set to": a schedule.
        if (w == "set" && Is(k + 1, "to")) { dir = 1, penalty = 1; return true; }
        // "the show, which opens on Thursday", "the conference begins Monday": the present tense of a scheduled
        // event, like "is", places it near the DCT (a weekday: the nearest one).
        if (ScheduledPresent(w)) {
            dir = 0, penalty = 0, present_after = k > i;
            return true;
        }
        // With a plural subject ("Arafat and Netanyahu meet Monday", "talks resume Tuesday", "payments begin
        // Dec 29") the present of a scheduled event points ahead. Not the bare verb after an auxiliary, a modal
        // or "to" ("will meet", "did not meet", "is to resume"): those words date it.
        auto verb_group = [&](size_t b) {
            return IsC(b, Wc::Tense) || Is(b, "to") || Is(b, "not") || Is(b, "n't") || Is(b, "never");
        };
        // The subject right before: a plural noun ("talks", "ministers"), "they"/"we", or names joined by "and"
        // ("He and … Arafat meet"); not "let the offensive begin" (a bare infinitive after a verb).
        auto plural_subject = [&](size_t b) {
            if (!T(b).Is(kTxAlpha)) return false;
            if (Is(b, "they") || Is(b, "we")) return true;
            const size_t n = T(b).end - T(b).start;
            const char last = static_cast<char>(text_[T(b).end - 1] | 32), before = static_cast<char>(text_[T(b).end - 2] | 32);
            const bool first = b == 0 || T(b - 1).sentence != T(b).sentence;
            if (n > 3 && last == 's' && before != 's' && before != 'u' && before != 'i' && (!T(b).Is(kTxCap) || first)) return true;
            if (T(b).Is(kTxCap))
                for (size_t a = b; a + 6 > b && a > 0; --a)
                    if (Is(a - 1, "and")) return true;
            return false;
        };
        if (ScheduledBare(w) && k > 0 && plural_subject(k - 1) && !(k > 1 && verb_group(k - 2))) {
            dir = 1, penalty = 1;
            return true;
        }
        // "extended its offer until Nov. 26", "postponed the vote until May": a verb of postponement moves its
        // complement later than itself; before a deadline word the date lies ahead.
        if (k < i && local >= 2 && PostponementVerb(w)) {
            dir = 1, penalty = 1;
            return true;
        }
        if (len >= 5 && w.substr(len - 2) == "ed" && !NotPastEd(w)) {
            // "will be named", "is being sued": the auxiliary before the participle carries the tense;
            // "a still unspecified date", "the proposed merger": an adjective after a determiner.
            if (k > 0 && (Is(k - 1, "be") || Is(k - 1, "been") || Is(k - 1, "being") || AfterDeterminer(k) ||
                          Is(k - 1, "still")))
                return false;
            // "agreed to pay in March": the infinitive's date, see IntentionInfinitive.
            dir = -1, penalty = 3;
            return true;
        }
        return false;
    };
    // "agreed to buy it in January", "subpoenaed him to testify on Feb. 10", "an agreement to acquire the bank
    // in January": a date inside an infinitive of intention lies ahead of the past verb that governs it, not
    // necessarily before the DCT; the past tense no longer decides, the date is read nearest the DCT.
    // Where cue_word can answer yes, by the token alone: an alphabetic token that is a tense word, "ago",
    // the modal "may", or a lower-case word of 3 to 15 letters that ends in -ed or whose first letter and
    // length are those of one of cue_word's words (kCueFirstLetters), without reading it. Most tokens of a
    // sentence fail this, and the walk then skips cue_word (~80 instructions a token) for them.
    auto may_cue = [&](size_t k) {
        const TxToken& t = tok_[k];
        if (!t.Is(kTxAlpha)) return false;
        if (t.wc == Wc::Tense || (t.wc == Wc::Shift && t.val == -1)) return true;
        const size_t len = t.end - t.start;
        if (t.wc == Wc::Month && len == 3 && !t.Is(kTxCap)) return true;
        if ((len < 4 && !(len == 3 && Is(k, "set"))) || len > 15 || t.Is(kTxCap)) return false;
        if (len >= 5 && (text_[t.end - 2] | 32) == 'e' && (text_[t.end - 1] | 32) == 'd') return true;
        const unsigned first = static_cast<unsigned char>(text_[t.start] | 32) - 'a';
        return first < 26 && ((kCueFirstLetters[len] >> first) & 1) != 0;
    };
    bool coordinated = false;   // a CoordinatesClause between i and the token after it asked last
    auto cue = [&](size_t k, size_t distance, int& dir, int& penalty) -> bool {
        if (k > i && coordinated) return false;
        if (!may_cue(k) || !cue_word(k, distance, dir, penalty)) return false;
        if (dir < 0 && k < i && IntentionInfinitive(k, i)) dir = 0;
        return true;
    };
    int best_dir = 0, best_cost = 1 << 20, best_penalty = 0;
    bool found = false, best_present = false;
    for (size_t d = 1; d <= 40; ++d) {
        const bool before_ok = i >= d && tok_[i - d].sentence == s;
        const bool after_ok = i + d < tok_.size() && tok_[i + d].sentence == s;
        if (!before_ok && !after_ok) break;
        if (static_cast<int>(d) >= best_cost) break;
        if (d >= 2 && CoordinatesClause(i + d - 1)) coordinated = true;   // now over (i, i + d)
        int dir, penalty;
        if (before_ok && cue(i - d, d, dir, penalty) && static_cast<int>(d) + penalty < best_cost)
            best_cost = static_cast<int>(d) + penalty, best_dir = dir, best_penalty = penalty, found = true,
            best_present = dir == 0;
        if (after_ok && cue(i + d, d, dir, penalty) && static_cast<int>(d) + penalty + 2 < best_cost)
            best_cost = static_cast<int>(d) + penalty + 2, best_dir = dir, best_penalty = penalty, found = true,
            best_present = dir == 0 && !present_after;
    }
    // A leaning local cue ("until Friday") gives way to an auxiliary or a modal, not to weaker hints: then
    // a month is read nearest the DCT, a weekday ahead of it (a deadline).
    if (local >= 2) {
        if (found && best_penalty == 0) out.dir = best_dir, out.present = best_present;
        else out.leaning_ahead = local == 3, out.past_verb = found && best_dir < 0 && best_penalty < 8;
        out.deadline = local == 3;
        return out;
    }
    out.dir = best_dir, out.present = found && best_present;
    return out;
}

int Matcher::YearFor(const Point& p, size_t i) const {
    if (dct_ == kNoDay) return kUnknownYear;
    const int base = CivilFromDay(dct_).year;
    // A deadline word ("until October", "a deadline of October", "expires in June") with no tense to decide
    // points ahead, like an unmarked weekday after it — unless a past verb is near ("lasted until October").
    // Reading the tense is the costly part (a walk over the sentence), so it is read only when the answer
    // depends on it: most dates of a news story are near the DCT, where every tense gives the same year.
    auto tense_of = [&] {
        const TenseCue tc = TenseOf(i);
        return tc.dir != 0 || !tc.deadline || tc.past_verb ? tc.dir : 1;
    };
    Point q = p;
    q.year = base;
    if (p.g == Granularity::Day && !IsValidCivil(base, p.month, p.day)) {
        // Feb 29 outside a leap year: the nearest leap year in the tense's direction.
        const int tense = tense_of();
        for (int d = 1; d <= 4; ++d) {
            const int y = tense > 0 ? base + d : base - d;
            if (IsValidCivil(y, p.month, p.day)) return y;
        }
        return base;
    }
    Day e, l;
    if (!IntervalOf(q, e, l)) return base;
    // Slack: the tense of a news sentence is often the reporting verb's, not the date's ("the company
    // said it will pay the dividend Dec. 7", "was extended to Nov. 16"): a past sentence may name a date up
    // to a month after the DCT, a future one a date up to a month before it. Quarters are reported
    // after they end, so they get no forward slack.
    const Day past_slack = p.g == Granularity::Quarter || p.g == Granularity::Season ? 0 : 31;
    // Results for a quarter come out in the quarter after it: "will report third-quarter results" in
    // October is this year's third quarter.
    const Day future_slack = p.g == Granularity::Quarter ? 92 : 31;
    const int past = e > dct_ + (LocalDirection(i) == -1 ? 0 : past_slack) ? base - 1 : base;   // "since": no slack
    const int future = l < dct_ - future_slack ? base + 1 : base;
    // No cue: the occurrence nearest the DCT (a January article's "Dec. 28" is last year's).
    const Day dist = e > dct_ ? e - dct_ : l < dct_ ? dct_ - l : 0;
    const int nearest = dist <= 183 ? base : e > dct_ ? base - 1 : base + 1;
    if (past == future && future == nearest) return nearest;
    const int tense = tense_of();
    return tense < 0 ? past : tense > 0 ? future : nearest;
}

}  // namespace core::timex
