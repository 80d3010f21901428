// actors.hpp — who did an act, as two reports name it: the same doer, a part of it, more doers, or a rival.
//
// Usage:
//   core::ActorHomes homes = core::CollectActorHomes(per_article_mentions);   // after ResolveEntities
//   core::ActorMatch m = core::CompareAgents(corpus, homes, trigger_a.agents, trigger_b.agents);
//   if (m.kind == core::ActorMatch::Rival && core::OneDoerAct(family, object)) { … a contradiction … }
//
// Two names of doers are compatible when they are one entity (coreference already made "Kim Jong Un",
// "Kim" and "the North Korean leader" one), or one is part of the other: a person or body and the state
// it belongs to ("Russian President Vladimir Putin" → Russia, "Russian State Duma" → Russia; roles and
// demonym/country prefixes say so, and the gazetteer already made "Moscow" the government of Russia), a
// company and its unit named after it ("Texaco Canada" → Texaco), an acronym of the full name. Reports
// that name more doers than another ("Putin and Kim signed" / "Putin signed") agree with it (Joint).
// Doers are rivals only when each is known as something else: two states, two people, two bodies, or a
// person/body and a state or body of another — an unknown person beside a company is left Unknown, since
// it may be its chairman. Whether rivals contradict depends on the act: one doer signs a law, launches
// a missile or buys a company; every party signs or ratifies a treaty (OneDoerAct).
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities.hpp"
#include "model.hpp"

namespace core {

// entity → the lower-case name of the state its roles tie it to ("head:north korea" → "north korea").
struct ActorHomes {
    std::unordered_map<Index, std::string> of;
};

ActorHomes CollectActorHomes(const std::vector<std::vector<EntityMention>>& per_article);

struct ActorMatch {
    enum Kind : uint8_t {
        Same,        // the same doers
        PartWhole,   // the same doers, one report naming them more precisely ("North Korea" / "Kim Jong Un")
        Joint,       // one report names more doers, the other some of them ("Putin and Kim" / "Putin")
        Rival,       // no doer of one report is compatible with a doer of the other
        Unknown,     // nothing known either way (a person of no known state beside a company…)
    } kind = Unknown;
    bool b_finer = false;               // PartWhole/Joint: b names the doers more precisely (or more of them)
};

// agents: TriggerMention::agents of two reports of one act (kNone = absent; at least one each).
ActorMatch CompareAgents(const Corpus& c, const ActorHomes& homes, const Index (&a)[2], const Index (&b)[2]);

// Whether a sentence's entities name `agent` or the state it belongs to: "Kim signed the treaty with
// Russia" involves Putin's side of the act.
bool NamesParty(const Corpus& c, const ActorHomes& homes, const std::vector<Index>& entities, Index agent);

// Whether a claim names place `e` only as where something happens ("met in New York", "signed at Geneva"):
// then it is no party of the claim's act. False for anything that is not a place.
bool WhereOnly(const Corpus& c, const Claim& claim, Index e);

// An act only one doer can have done: signing or ratifying a law or decree (not a treaty, which every
// party signs; not an approval, a step many take), attacking, invading, launching, testing, acquiring.
bool OneDoerAct(std::string_view family, std::string_view object);

// "signed", "ratified"… for explanations ("Who signed the law"); the family itself when unknown.
std::string_view PastTense(std::string_view family);

// "Vladimir Putin" or "Vladimir Putin and Kim Jong Un".
std::string AgentNames(const Corpus& c, const Index (&agents)[2]);

}  // namespace core
