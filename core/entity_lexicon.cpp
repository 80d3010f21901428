#include "entity_lexicon.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "flat_hash.hpp"
#include "word_lexicon.hpp"

namespace core {

namespace {

using G = GazetteerType;

// Countries with their usual alternative names; capitals and demonyms point at the country because news
// copy uses them for its government ("Pyongyang said", "Moscow's war", "the Kremlin").
constexpr GazetteerEntry kGazetteer[] = {
    {"north korea", "North Korea", G::Country, ""}, {"dprk", "North Korea", G::Country, ""},
    {"democratic people's republic of korea", "North Korea", G::Country, ""},
    {"pyongyang", "North Korea", G::Capital, "Pyongyang"}, {"north korean", "North Korea", G::Demonym, ""},
    {"south korea", "South Korea", G::Country, ""}, {"republic of korea", "South Korea", G::Country, ""},
    {"seoul", "South Korea", G::Capital, "Seoul"}, {"south korean", "South Korea", G::Demonym, ""},
    {"korea", "Korea", G::Region, ""}, {"korean peninsula", "Korean Peninsula", G::Region, ""},
    {"russia", "Russia", G::Country, ""}, {"russian federation", "Russia", G::Country, ""},
    {"moscow", "Russia", G::Capital, "Moscow"}, {"kremlin", "Russia", G::Capital, "Kremlin"},
    {"russian", "Russia", G::Demonym, ""}, {"soviet union", "Soviet Union", G::Country, ""},
    {"ussr", "Soviet Union", G::Country, ""}, {"soviet", "Soviet Union", G::Demonym, ""},
    {"ukraine", "Ukraine", G::Country, ""}, {"kyiv", "Ukraine", G::Capital, "Kyiv"}, {"kiev", "Ukraine", G::Capital, "Kyiv"},
    {"ukrainian", "Ukraine", G::Demonym, ""},
    {"china", "China", G::Country, ""}, {"people's republic of china", "China", G::Country, ""},
    {"beijing", "China", G::Capital, "Beijing"}, {"chinese", "China", G::Demonym, ""},
    {"japan", "Japan", G::Country, ""}, {"tokyo", "Japan", G::Capital, "Tokyo"}, {"japanese", "Japan", G::Demonym, ""},
    {"united states", "United States", G::Country, ""}, {"us", "United States", G::Country, ""},
    {"u.s.", "United States", G::Country, ""}, {"usa", "United States", G::Country, ""},
    {"united states of america", "United States", G::Country, ""}, {"america", "United States", G::Country, ""},
    {"washington", "United States", G::Capital, "Washington"}, {"american", "United States", G::Demonym, ""},
    {"white house", "United States", G::Capital, "White House"},
    {"united kingdom", "United Kingdom", G::Country, ""}, {"britain", "United Kingdom", G::Country, ""},
    {"great britain", "United Kingdom", G::Country, ""}, {"uk", "United Kingdom", G::Country, ""},
    {"u.k.", "United Kingdom", G::Country, ""}, {"london", "United Kingdom", G::Capital, "London"},
    {"british", "United Kingdom", G::Demonym, ""},
    {"france", "France", G::Country, ""}, {"paris", "France", G::Capital, "Paris"}, {"french", "France", G::Demonym, ""},
    {"germany", "Germany", G::Country, ""}, {"west germany", "West Germany", G::Country, ""},
    {"bonn", "West Germany", G::Capital, "Bonn"}, {"berlin", "Germany", G::Capital, "Berlin"},
    {"german", "Germany", G::Demonym, ""}, {"west german", "West Germany", G::Demonym, ""},
    {"italy", "Italy", G::Country, ""}, {"rome", "Italy", G::Capital, "Rome"}, {"italian", "Italy", G::Demonym, ""},
    {"spain", "Spain", G::Country, ""}, {"madrid", "Spain", G::Capital, "Madrid"}, {"spanish", "Spain", G::Demonym, ""},
    {"canada", "Canada", G::Country, ""}, {"ottawa", "Canada", G::Capital, "Ottawa"}, {"canadian", "Canada", G::Demonym, ""},
    {"mexico", "Mexico", G::Country, ""}, {"mexican", "Mexico", G::Demonym, ""},
    {"brazil", "Brazil", G::Country, ""}, {"brasilia", "Brazil", G::Capital, "Brasilia"}, {"brazilian", "Brazil", G::Demonym, ""},
    {"argentina", "Argentina", G::Country, ""}, {"buenos aires", "Argentina", G::Capital, "Buenos Aires"},
    {"argentine", "Argentina", G::Demonym, ""},
    {"india", "India", G::Country, ""}, {"new delhi", "India", G::Capital, "New Delhi"}, {"indian", "India", G::Demonym, ""},
    {"pakistan", "Pakistan", G::Country, ""}, {"pakistani", "Pakistan", G::Demonym, ""},
    {"iran", "Iran", G::Country, ""}, {"tehran", "Iran", G::Capital, "Tehran"}, {"iranian", "Iran", G::Demonym, ""},
    {"iraq", "Iraq", G::Country, ""}, {"baghdad", "Iraq", G::Capital, "Baghdad"}, {"iraqi", "Iraq", G::Demonym, ""},
    {"israel", "Israel", G::Country, ""}, {"israeli", "Israel", G::Demonym, ""},
    {"syria", "Syria", G::Country, ""}, {"damascus", "Syria", G::Capital, "Damascus"}, {"syrian", "Syria", G::Demonym, ""},
    {"saudi arabia", "Saudi Arabia", G::Country, ""}, {"riyadh", "Saudi Arabia", G::Capital, "Riyadh"},
    {"saudi", "Saudi Arabia", G::Demonym, ""}, {"egypt", "Egypt", G::Country, ""}, {"cairo", "Egypt", G::Capital, "Cairo"},
    {"egyptian", "Egypt", G::Demonym, ""}, {"turkey", "Turkey", G::Country, ""}, {"ankara", "Turkey", G::Capital, "Ankara"},
    {"turkish", "Turkey", G::Demonym, ""}, {"poland", "Poland", G::Country, ""}, {"warsaw", "Poland", G::Capital, "Warsaw"},
    {"polish", "Poland", G::Demonym, ""}, {"belarus", "Belarus", G::Country, ""}, {"minsk", "Belarus", G::Capital, "Minsk"},
    {"taiwan", "Taiwan", G::Country, ""}, {"taipei", "Taiwan", G::Capital, "Taipei"}, {"taiwanese", "Taiwan", G::Demonym, ""},
    {"vietnam", "Vietnam", G::Country, ""}, {"hanoi", "Vietnam", G::Capital, "Hanoi"}, {"vietnamese", "Vietnam", G::Demonym, ""},
    {"indonesia", "Indonesia", G::Country, ""}, {"jakarta", "Indonesia", G::Capital, "Jakarta"},
    {"indonesian", "Indonesia", G::Demonym, ""}, {"philippines", "Philippines", G::Country, ""},
    {"manila", "Philippines", G::Capital, "Manila"}, {"australia", "Australia", G::Country, ""},
    {"canberra", "Australia", G::Capital, "Canberra"}, {"australian", "Australia", G::Demonym, ""},
    {"south africa", "South Africa", G::Country, ""}, {"nigeria", "Nigeria", G::Country, ""},
    {"kenya", "Kenya", G::Country, ""}, {"ethiopia", "Ethiopia", G::Country, ""},
    {"netherlands", "Netherlands", G::Country, ""}, {"dutch", "Netherlands", G::Demonym, ""},
    {"belgium", "Belgium", G::Country, ""}, {"brussels", "Belgium", G::Capital, "Brussels"},
    {"switzerland", "Switzerland", G::Country, ""}, {"swiss", "Switzerland", G::Demonym, ""},
    {"sweden", "Sweden", G::Country, ""}, {"swedish", "Sweden", G::Demonym, ""}, {"norway", "Norway", G::Country, ""},
    {"finland", "Finland", G::Country, ""}, {"denmark", "Denmark", G::Country, ""}, {"greece", "Greece", G::Country, ""},
    {"portugal", "Portugal", G::Country, ""}, {"austria", "Austria", G::Country, ""}, {"ireland", "Ireland", G::Country, ""},
    {"venezuela", "Venezuela", G::Country, ""}, {"colombia", "Colombia", G::Country, ""}, {"chile", "Chile", G::Country, ""},
    {"peru", "Peru", G::Country, ""}, {"cuba", "Cuba", G::Country, ""}, {"kuwait", "Kuwait", G::Country, ""},
    {"qatar", "Qatar", G::Country, ""}, {"afghanistan", "Afghanistan", G::Country, ""}, {"mongolia", "Mongolia", G::Country, ""},
    {"thailand", "Thailand", G::Country, ""}, {"malaysia", "Malaysia", G::Country, ""}, {"singapore", "Singapore", G::Country, ""},
    {"hong kong", "Hong Kong", G::Region, ""}, {"new zealand", "New Zealand", G::Country, ""},
    {"asia", "Asia", G::Region, ""}, {"east asia", "East Asia", G::Region, ""}, {"northeast asia", "Northeast Asia", G::Region, ""},
    {"europe", "Europe", G::Region, ""}, {"africa", "Africa", G::Region, ""}, {"middle east", "Middle East", G::Region, ""},
    {"asia-pacific", "Asia-Pacific", G::Region, ""}, {"asia pacific", "Asia-Pacific", G::Region, ""},
    {"latin america", "Latin America", G::Region, ""}, {"west", "the West", G::Region, ""},
    {"kursk", "Kursk", G::Region, ""}, {"crimea", "Crimea", G::Region, ""}, {"new york", "New York", G::Region, ""},
    {"tokyo stock exchange", "Tokyo Stock Exchange", G::Organization, ""},
    {"united nations", "United Nations", G::Organization, ""}, {"un", "United Nations", G::Organization, ""},
    {"u.n.", "United Nations", G::Organization, ""}, {"un security council", "UN Security Council", G::Organization, ""},
    {"united nations security council", "UN Security Council", G::Organization, ""},
    {"security council", "UN Security Council", G::Organization, ""},
    {"nato", "NATO", G::Organization, ""}, {"european union", "European Union", G::Organization, ""},
    {"eu", "European Union", G::Organization, ""}, {"imf", "IMF", G::Organization, ""},
    {"international monetary fund", "IMF", G::Organization, ""}, {"world bank", "World Bank", G::Organization, ""},
    {"opec", "OPEC", G::Organization, ""}, {"gatt", "GATT", G::Organization, ""},
    {"state duma", "State Duma", G::Organization, ""}, {"federation council", "Federation Council", G::Organization, ""},
    {"federal reserve", "Federal Reserve", G::Organization, ""}, {"fed", "Federal Reserve", G::Organization, ""},
    {"kcna", "KCNA", G::Media, ""}, {"korean central news agency", "KCNA", G::Media, ""},
    {"voice of korea", "Voice of Korea", G::Media, ""}, {"yonhap", "Yonhap", G::Media, ""},
    {"xinhua", "Xinhua", G::Media, ""}, {"tass", "TASS", G::Media, ""}, {"ria novosti", "RIA Novosti", G::Media, ""},
    {"reuters", "Reuters", G::Media, ""}, {"associated press", "Associated Press", G::Media, ""},
    {"ap", "Associated Press", G::Media, ""}, {"afp", "AFP", G::Media, ""}, {"bbc", "BBC", G::Media, ""},
    {"cnn", "CNN", G::Media, ""}, {"rodong sinmun", "Rodong Sinmun", G::Media, ""},
    {"western", "the West", G::Demonym, ""}, {"european", "Europe", G::Demonym, ""}, {"asian", "Asia", G::Demonym, ""},
    {"african", "Africa", G::Demonym, ""}, {"korean", "Korea", G::Demonym, ""}, {"arab", "Arab", G::Demonym, ""},
};

constexpr std::string_view kTitles[] = {
    "president", "leader", "dictator", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "minister", "chancellor", "secretary", "ambassador", "general", "gen.", "chairman", "chairwoman", "ceo",
    "chief", "director", "senator", "sen.", "governor", "gov.", "king", "queen", "premier", "envoy", "prince",
    "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "pope", "commander", "lawmaker", "analyst", "economist",
    "executive", "vice", "deputy", "ruler", "mayor", "judge", "justice", "founder", "co-founder", "officer",
    "representative", "rep.", "lt.", "col.", "colonel", "admiral", "marshal", "captain", "sergeant", "treasurer",
    "head", "emperor", "sheikh", "cardinal", "bishop", "reverend", "chairperson", "president-elect", "mr", "mrs",
    "ms", "dr", "vice-president", "c.e.o.", "foreign", "defence", "defense", "prime", "supreme", "attorney", "coach",
};
constexpr std::string_view kHeadOfState[] = {"president", "leader", "dictator", "premier", "ruler", "king",
                                             "queen", "emperor", "chairman", "president-elect", "prime"};
constexpr std::string_view kOrgHeads[] = {
    "agency", "council", "institute", "ministry", "party", "corp", "corp.", "inc", "inc.", "co", "co.", "company",
    "bank", "association", "committee", "organization", "organisation", "university", "duma", "government",
    "commission", "union", "group", "times", "news", "post", "press", "assembly", "parliament", "congress",
    "senate", "court", "army", "navy", "forces", "department", "office", "service", "fund", "exchange", "board",
    "authority", "reserve", "airlines", "motors", "systems", "technologies", "industries", "corporation",
    "foundation", "society", "center", "centre", "league", "network", "ltd", "ltd.", "plc", "holdings", "bureau",
    "brothers", "partners", "securities", "trust", "communications", "electronics", "petroleum", "oil", "steel",
    "airways", "railways", "school", "college", "hospital", "club", "team", "federation", "cabinet", "police",
    "command", "administration", "tribunal", "mission", "alliance", "front", "movement", "store", "stores",
    "entertainment", "media", "records", "studios", "pictures", "labs", "laboratories", "software", "computer",
    "computers", "inc.,", "llc", "ag", "sa", "nv", "gmbh", "co.,", "cos", "cos.",
};
constexpr std::string_view kDocumentHeads[] = {"charter", "treaty", "convention", "act", "accord", "accords",
                                               "protocol", "constitution", "declaration", "resolution", "pact",
                                               "agreement", "partnership", "code", "bill", "law", "amendment", "statute"};
constexpr std::string_view kPlaceHeads[] = {"region", "peninsula", "sea", "ocean", "river", "mountains",
                                            "island", "islands", "province", "county", "city", "valley", "bay",
                                            "gulf", "strait", "oblast", "district", "lake", "desert", "coast",
                                            "street", "avenue", "square", "airport", "port", "state", "territory"};
constexpr std::string_view kCommon[] = {
    "the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "this", "that", "these", "those", "it",
    "he", "she", "they", "we", "i", "you", "but", "and", "or", "as", "if", "when", "while", "after", "before",
    "during", "according", "both", "neither", "meanwhile", "however", "there", "here", "its", "his", "her",
    "their", "our", "my", "your", "some", "many", "most", "all", "one", "two", "three", "each", "every", "such",
    "since", "until", "though", "although", "because", "so", "then", "also", "yet", "still", "even", "only",
    "not", "no", "what", "which", "who", "whom", "whose", "where", "why", "how", "about", "under", "over",
    "into", "of", "to", "up", "out", "more", "other", "another", "new", "last", "next", "first", "second",
    "furthermore", "moreover", "similarly", "additionally", "instead", "indeed", "today", "yesterday",
    "tomorrow", "now", "once", "again", "following", "despite", "amid", "among", "between", "through", "without",
    "within", "against", "towards", "toward", "upon", "via", "per", "officials", "analysts", "observers",
    "sources", "experts", "details", "related", "images", "image", "photo", "read", "more", "published",
    "updated", "copyright", "strengthening", "rising", "exit", "version", "politics", "minute", "minutes", "downloading", "detailed",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "is", "are", "was", "were",
    "be", "has", "have", "had", "will", "would", "could", "should", "can", "must", "shall", "do", "does", "did",
    "said", "says", "like", "just", "well", "very", "much", "few", "several", "any", "these", "them", "him",
    "us", "whether", "unless", "nor", "thus", "hence", "therefore", "otherwise", "overall", "recently",
    "currently", "earlier", "later", "previously", "finally", "initially", "subsequently", "shares", "net",
    "shr", "revs", "qtr", "avg", "mln", "billion", "million", "pct", "dlrs", "year", "note", "reuter", "oper",
    "prior", "vs", "cts", "loss", "profit", "sales", "total", "tonnes", "price", "prices", "trade", "market",
};
constexpr std::string_view kFunctionWords[] = {
    "the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "this", "that", "these", "those", "it",
    "he", "she", "they", "we", "i", "you", "but", "and", "or", "as", "if", "when", "while", "after", "before",
    "during", "according", "however", "there", "here", "its", "his", "her", "their", "our", "my", "your",
    "since", "until", "though", "although", "because", "so", "then", "also", "yet", "not", "no", "what",
    "which", "who", "whom", "whose", "where", "why", "how", "about", "under", "over", "into", "of", "to",
    "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "could", "should", "can", "must",
    "said", "says", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
};
constexpr std::string_view kFirstNames[] = {
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "steve", "paul", "andrew",
    "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
    "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
    "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron",
    "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy",
    "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur",
    "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel",
    "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis",
    "bobby", "philip", "phil", "johnny", "tim", "tom", "bill", "bob", "jim", "mike", "dave", "ted", "ben",
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
    "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy",
    "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen",
    "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
    "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
    "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn",
    "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "jean",
    "alice", "kathryn", "teresa", "sara", "janice", "doris", "madison", "julia", "grace", "judy", "abigail",
    "marie", "denise", "beverly", "amber", "theresa", "marilyn", "danielle", "diana", "brittany", "natalie",
    "sophia", "rose", "isabella", "alexis", "kayla", "charlotte", "vladimir", "sergei", "sergey", "dmitry",
    "dmitri", "mikhail", "boris", "ivan", "nikolai", "viktor", "yuri", "alexei", "andrei", "olga", "natalia",
    "xi", "li", "wang", "kim", "park", "moon", "yoon", "lee", "choi", "shinzo", "fumio", "angela", "emmanuel",
    "francois", "jacques", "helmut", "gerhard", "margaret", "tony", "gordon", "theresa", "boris", "rishi",
    "keir", "joe", "barack", "hillary", "ronald", "jimmy", "gerald", "lyndon", "dwight", "franklin", "woodrow",
    "volodymyr", "petro", "recep", "benjamin", "ehud", "ariel", "yasser", "mahmoud", "saddam", "bashar",
    "hafez", "muammar", "fidel", "raul", "hugo", "nicolas", "luiz", "jair", "narendra", "imran", "nawaz",
    "tim", "steve", "bill", "larry", "sergey", "jeff", "elon", "mark", "sundar", "satya", "jony", "phil",
};
constexpr std::string_view kConnectors[] = {"of", "for", "de", "del", "della", "der", "den", "van", "von",
                                            "al", "el", "bin", "ibn", "la", "le", "du", "da", "on", "&"};

constexpr std::string_view kPlacePreps[] = {"in", "at", "near", "from", "to"};
constexpr std::string_view kReportingVerbs[] = {"said", "says", "told", "added", "stated", "explained",
                                                "commented", "noted", "wrote", "argued"};
constexpr std::string_view kDeterminers[] = {"the", "a", "an"};
constexpr std::string_view kDocParts[] = {"article", "section", "chapter", "clause", "resolution", "paragraph"};
// Named events are EVENT mentions in news annotation (MEANTIME, ACE), not entities.
constexpr std::string_view kEventHeads[] = {"conference", "summit", "war", "crisis", "games", "olympics",
                                            "revolution", "cup", "championship", "championships", "expo",
                                            "festival", "election", "elections", "day", "forum", "tournament",
                                            "marathon", "keynote", "expedition"};
constexpr std::string_view kAbbrevNames[] = {"inc", "corp", "co", "ltd", "jr", "sr", "bros", "cos"};
constexpr std::string_view kUnits[] = {"ghz", "mhz", "khz", "hz", "gb", "mb", "kb", "tb", "db", "mm", "cm", "km",
                                       "kg", "mph", "kwh", "mw", "gw", "usd", "eur", "gbp", "jpy", "chf", "cny",
                                       "rmb", "dlrs", "mln", "bln", "pct", "cts", "shr", "qtr", "revs", "qtly", "div"};
constexpr std::string_view kTitleModifiers[] = {"operating", "financial", "executive", "technology",
                                                "marketing", "information", "legal", "creative", "design",
                                                "officer", "of", "state"};
constexpr std::string_view kHolidays[] = {"christmas", "easter", "thanksgiving", "ramadan", "hanukkah",
                                          "halloween", "passover", "diwali", "eid"};
constexpr std::string_view kOrgTitles[] = {"ceo", "c.e.o.", "chairman", "chairwoman", "founder", "co-founder",
                                           "spokesman", "spokeswoman", "spokesperson", "executive", "president",
                                           "chief", "director", "analyst", "economist", "cfo", "coo", "cto"};

// Every listed word with its EntityWordClass bits (a word in several lists appears once per list).
std::vector<std::pair<std::string_view, uint32_t>> ClassedWords() {
    std::vector<std::pair<std::string_view, uint32_t>> out;
    const auto add = [&](const auto& list, uint32_t cls) {
        for (std::string_view w : list) out.emplace_back(w, cls);
    };
    add(kTitles, kWcTitle);
    add(kHeadOfState, kWcHeadOfState);
    add(kOrgHeads, kWcOrgHead);
    add(kDocumentHeads, kWcDocHead);
    add(kPlaceHeads, kWcPlaceHead);
    add(kCommon, kWcCommon);
    add(kFirstNames, kWcFirstName);
    add(kConnectors, kWcConnector);
    add(kPlacePreps, kWcPlacePrep);
    add(kReportingVerbs, kWcReporting);
    add(kDeterminers, kWcDeterminer);
    add(kDocParts, kWcDocPart);
    add(kEventHeads, kWcEventHead);
    add(kAbbrevNames, kWcAbbrevName);
    add(kUnits, kWcUnit);
    add(kTitleModifiers, kWcTitleModifier);
    add(kHolidays, kWcHoliday);
    add(kOrgTitles, kWcOrgTitle);
    add(kFunctionWords, kWcFunction);
    for (const GazetteerEntry& e : kGazetteer) out.emplace_back(e.key.substr(0, e.key.find_first_of(" -'")), kWcGazetteerStart);
    return out;
}

struct Tables {
    StringMap<const GazetteerEntry*> gazetteer;
    std::vector<uint32_t> classes;      // EntityWordClass bits by WordId (word_lexicon.hpp)
    std::vector<const GazetteerEntry*> one_word;  // by WordId: the entry whose key is that word, if any
    Tables() : classes(WordIdCount(), 0), one_word(WordIdCount(), nullptr) {
        for (const GazetteerEntry& e : kGazetteer) gazetteer.TryEmplace(e.key, &e);
        for (auto [w, cls] : ClassedWords()) {
            const WordId id = FindWordId(w);
            if (id == kNoWord) std::abort();  // longer than the lexicon's keys: a list breaks its rules
            classes[id] |= cls;
        }
        for (const GazetteerEntry& e : kGazetteer)
            if (const WordId id = FindWordId(e.key); id != kNoWord && WordOfId(id) == e.key) one_word[id] = &e;
    }
};

const Tables& T() {
    static const Tables tables;  // built once, on first use (thread-safe static initialization)
    return tables;
}

}  // namespace

const GazetteerEntry* FindGazetteer(std::string_view k) {
    const GazetteerEntry* const* g = T().gazetteer.Find(k);
    return g ? *g : nullptr;
}

std::vector<std::string_view> EntityLexiconWords() {
    std::vector<std::string_view> out;
    for (auto [w, cls] : ClassedWords()) out.push_back(w);
    return out;
}

const uint32_t* WordClassesById() { return T().classes.data(); }

const GazetteerEntry* const* OneWordGazetteerById() { return T().one_word.data(); }

uint32_t WordClassOf(std::string_view w) { return T().classes[FindWordId(w)]; }

RoleWord RoleWordOf(std::string_view w) {
    const uint32_t c = WordClassOf(w);
    if (c & kWcOrgHead) return RoleWord::Organisation;
    if (c & kWcTitle) return RoleWord::Title;
    if (c & kWcDeterminer) return RoleWord::Determiner;
    return (c & kWcFunction) ? RoleWord::Function : RoleWord::Other;
}

}  // namespace core
