// The shipped speaker table, corpora/speakers.yaml, loaded with the real loader: the
// spellings and transliterations of the region's officials canonicalise to the right
// person, no alias or role belongs to two people, shared titles name no one, and the
// entries the other tests and the samples rely on still resolve.

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "attribution.hpp"
#include "newsdex/schema.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace speaker_table_data_test {

using namespace newsdex;

namespace {

const std::string kPath = std::string(NEWSDEX_SOURCE_DIR) + "/corpora/speakers.yaml";

const SpeakerTable& table() {
    static const SpeakerTable t = SpeakerTable::load(kPath);
    return t;
}

// How the loader compares names: folded (case, accents), split into words.
std::string folded(const std::string& text) {
    std::string out;
    for (const auto& w : schema::words(schema::fold(text))) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string without_article(std::string k) {
    for (std::string_view article : {"the ", "a ", "an "})
        if (k.starts_with(article)) return k.substr(article.size());
    return k;
}

struct Term {
    std::string role, from, to;
};

struct Raw {
    std::string name;
    std::vector<std::string> aliases, roles;  ///< roles: the plain ones, held always
    std::vector<Term> terms;                  ///< offices held for a time
};

std::vector<Raw> raw_entries() {
    std::vector<Raw> out;
    for (const auto& node : YAML::LoadFile(kPath)) {
        Raw r{node["name"].as<std::string>(), {}, {}, {}};
        if (node["aliases"])
            for (const auto& a : node["aliases"]) r.aliases.push_back(a.as<std::string>());
        if (node["roles"])
            for (const auto& x : node["roles"]) {
                if (!x.IsMap()) {
                    r.roles.push_back(x.as<std::string>());
                    continue;
                }
                const auto from = x["from"] ? x["from"].as<std::string>() : std::string();
                const auto to = x["to"] ? x["to"].as<std::string>() : std::string();
                if (x["role"].IsSequence())
                    for (const auto& role : x["role"])
                        r.terms.push_back({role.as<std::string>(), from, to});
                else
                    r.terms.push_back({x["role"].as<std::string>(), from, to});
            }
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

TEST(SpeakerTableData, SpellingsAndTransliterationsFindTheirPerson) {
    const std::vector<std::pair<const char*, const char*>> cases = {
        // Ukraine
        {"Zelenskyy", "Volodymyr Zelensky"},
        {"Zelenskiy", "Volodymyr Zelensky"},
        {"Zelensky", "Volodymyr Zelensky"},
        {"Зеленський", "Volodymyr Zelensky"},
        {"Владимир Зеленский", "Volodymyr Zelensky"},
        {"Wolodymyr Selenskyj", "Volodymyr Zelensky"},
        {"Denis Shmygal", "Denys Shmyhal"},
        {"Kuleba", "Dmytro Kuleba"},
        {"Andriy Sybiha", "Andrii Sybiha"},
        {"Oleksiy Reznikov", "Oleksii Reznikov"},
        {"Andrii Yermak", "Andriy Yermak"},
        // Azerbaijan
        {"Əliyev", "Ilham Aliyev"},
        {"Aliyev", "Ilham Aliyev"},
        {"ALIEV", "Ilham Aliyev"},
        {"İlham Əliyev", "Ilham Aliyev"},
        {"Ильхам Алиев", "Ilham Aliyev"},
        {"Heydar Aliyev", "Heydar Aliyev"},
        {"Heydər Əliyev", "Heydar Aliyev"},
        {"Ceyhun Bayramov", "Jeyhun Bayramov"},
        {"Hikmət Hacıyev", "Hikmet Hajiyev"},
        // Armenia
        {"Pashinyan", "Nikol Pashinyan"},
        {"Pashinian", "Nikol Pashinyan"},
        {"Nikol Pashinian", "Nikol Pashinyan"},
        {"Пашинян", "Nikol Pashinyan"},
        {"Armen Sargsyan", "Armen Sarkissian"},
        {"Ararat Mirzoyan", "Ararat Mirzoyan"},
        // Georgia
        {"Zurabishvili", "Salome Zourabichvili"},
        {"Salome Zourabichvili", "Salome Zourabichvili"},
        {"Irakli Gharibashvili", "Irakli Garibashvili"},
        // Türkiye
        {"Erdogan", "Recep Tayyip Erdoğan"},
        {"Erdoğan", "Recep Tayyip Erdoğan"},
        {"Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"},
        {"Tayyip Erdogan", "Recep Tayyip Erdoğan"},
        {"Эрдоган", "Recep Tayyip Erdoğan"},
        {"Emine Erdogan", "Emine Erdoğan"},
        {"Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"},
        {"Ibrahim Kalin", "İbrahim Kalın"},
        {"Yasar Guler", "Yaşar Güler"},
        // Russia
        {"Putin", "Vladimir Putin"},
        {"Владимир Путин", "Vladimir Putin"},
        {"Peskov", "Dmitry Peskov"},
        {"Dmitri Peskov", "Dmitry Peskov"},
        {"Lavrov", "Sergei Lavrov"},
        {"Sergey Lavrov", "Sergei Lavrov"},
        {"Mariya Zakharova", "Maria Zakharova"},
        {"Shoygu", "Sergei Shoigu"},
        {"Mishustin", "Mikhail Mishustin"},
        {"Dmitri Medvedev", "Dmitry Medvedev"},
        // United States
        {"Joseph R. Biden Jr.", "Joe Biden"},
        {"Donald J. Trump", "Donald Trump"},
        {"Kamala Harris", "Kamala Harris"},
        {"J. D. Vance", "JD Vance"},
        {"Blinken", "Antony Blinken"},
        {"Tony Blinken", "Antony Blinken"},
        {"Jake Sullivan", "Jake Sullivan"},
        {"John Kirby", "John Kirby"},
        {"Psaki", "Jen Psaki"},
        {"Karine Jean-Pierre", "Karine Jean-Pierre"},
        {"Karine Jean Pierre", "Karine Jean-Pierre"},
        // United Kingdom
        {"Sunak", "Rishi Sunak"},
        {"Starmer", "Keir Starmer"},
        {"Lord Cameron", "David Cameron"},
        {"Lammy", "David Lammy"},
        // European Union, UN, NATO
        {"Charles Michel", "Charles Michel"},
        {"von der Leyen", "Ursula von der Leyen"},
        {"Leyen", "Ursula von der Leyen"},
        {"Borrell", "Josep Borrell"},
        {"Antonio Costa", "António Costa"},
        {"Guterres", "António Guterres"},
        {"Antonio Guterres", "António Guterres"},
        {"Stephane Dujarric", "Stéphane Dujarric"},
        {"Stoltenberg", "Jens Stoltenberg"},
        {"Rutte", "Mark Rutte"},
    };
    for (const auto& [spelling, person] : cases)
        EXPECT_EQ(table().canonical(spelling), person) << spelling;
}

TEST(SpeakerTableData, AmbiguousSurnamesAndFirstNamesAreNotAliases) {
    // Each of these is shared by relatives, namesakes or other officials, is a first name,
    // or is an English word: alone it must name no one.
    for (const char* word :
         {"Biden", "Trump", "Harris", "Vance", "Pence", "Sullivan", "Kirby", "Austin",
          "Johnson", "Cameron", "Truss", "May", "Cleverly", "Wallace", "Healey", "Michel",
          "Costa", "Kallas", "Medvedev", "Zakharova", "Bayramov", "Mirzoyan", "Sargsyan",
          "Hajiyev", "Fidan", "Akar", "Jean-Pierre", "Boris", "Kamala", "Charles", "Ursula",
          "Ilham", "Karine", "Jen", "Joe", "Donald"})
        EXPECT_EQ(table().canonical(word), std::nullopt) << word;
}

TEST(SpeakerTableData, NoNameOrAliasBelongsToTwoPeople) {
    std::map<std::string, std::string> owner;  // folded name or alias → canonical name
    for (const auto& e : raw_entries()) {
        std::vector<std::string> all{e.name};
        all.insert(all.end(), e.aliases.begin(), e.aliases.end());
        for (const auto& n : all) {
            auto [it, fresh] = owner.emplace(folded(n), e.name);
            EXPECT_TRUE(fresh || it->second == e.name)
                << "'" << n << "' is listed for " << it->second << " and " << e.name;
            // The loader's own view agrees: the name or alias leads back to this entry.
            EXPECT_EQ(table().canonical(n), e.name) << n;
        }
    }
    EXPECT_GT(owner.size(), 300u);
}

TEST(SpeakerTableData, NoRoleBelongsToTwoPeople) {
    std::map<std::string, std::string> owner;  // folded role → canonical name
    for (const auto& e : raw_entries())
        for (const auto& r : e.roles) {
            auto [it, fresh] = owner.emplace(without_article(folded(r)), e.name);
            EXPECT_TRUE(fresh || it->second == e.name)
                << "role '" << r << "' is listed for " << it->second << " and " << e.name;
            EXPECT_EQ(table().by_role(r), e.name) << r;
        }
}

// Two people's terms of one office meet at most on a handover day (which names no one).
TEST(SpeakerTableData, TermsOfOneOfficeDoNotOverlap) {
    std::map<std::string, std::vector<std::pair<std::string, Term>>> terms;  // role → terms
    for (const auto& e : raw_entries())
        for (const auto& t : e.terms) terms[without_article(folded(t.role))].push_back({e.name, t});
    EXPECT_GT(terms.size(), 40u);
    for (const auto& [role, held] : terms)
        for (std::size_t i = 0; i < held.size(); ++i)
            for (std::size_t j = i + 1; j < held.size(); ++j) {
                const auto& [a, x] = held[i];
                const auto& [b, y] = held[j];
                if (a == b) continue;
                const auto x_to = x.to.empty() ? std::string("9999-12-31") : x.to;
                const auto y_to = y.to.empty() ? std::string("9999-12-31") : y.to;
                const bool overlap = x.from < y_to && y.from < x_to;
                EXPECT_FALSE(overlap) << role << ": " << a << " " << x.from << ".." << x.to
                                      << " and " << b << " " << y.from << ".." << y.to;
            }
}

TEST(SpeakerTableData, OfficesNameTheirHolderOnTheDay) {
    const std::vector<std::tuple<const char*, const char*, const char*>> cases = {
        {"President of the United States", "2022-03-02", "Joe Biden"},
        {"US President", "2019-06-01", "Donald Trump"},
        {"US President", "2025-06-01", "Donald Trump"},
        {"US President", "2012-06-01", "Barack Obama"},
        {"US Vice President", "2014-06-01", "Joe Biden"},
        {"UN Secretary-General", "2014-08-28", "Ban Ki-moon"},
        {"UN Secretary-General", "2023-02-23", "António Guterres"},
        {"UK Prime Minister", "2005-03-01", "Tony Blair"},
        {"British Prime Minister", "2023-05-01", "Rishi Sunak"},
        {"Prime Minister of the United Kingdom", "2024-09-01", "Keir Starmer"},
        {"NATO Secretary General", "2022-03-24", "Jens Stoltenberg"},
        {"NATO Secretary General", "2025-03-24", "Mark Rutte"},
        {"President of the European Council", "2023-07-15", "Charles Michel"},
        {"President of the European Council", "2017-07-15", "Donald Tusk"},
        {"European Commission President", "2017-07-15", "Jean-Claude Juncker"},
        {"European Commission President", "2021-07-15", "Ursula von der Leyen"},
        {"Russian President", "2010-01-01", "Dmitry Medvedev"},
        {"Russian President", "2016-01-01", "Vladimir Putin"},
        {"Russian Prime Minister", "2015-01-01", "Dmitry Medvedev"},
        {"Kremlin spokesman", "2022-03-01", "Dmitry Peskov"},
        {"Ukrainian President", "2016-01-01", "Petro Poroshenko"},
        {"Ukrainian President", "2023-01-01", "Volodymyr Zelensky"},
        // A Kremlin news item of 2001: `The Ukrainian leader said that …` is Kuchma.
        {"Ukrainian leader", "2001-11-29", "Leonid Kuchma"},
        // Ukraine's presidents before Zelensky, each in their own term.
        {"Ukrainian president", "2005-04-07", "Viktor Yushchenko"},
        {"President of Ukraine", "2012-06-01", "Viktor Yanukovych"},
        {"Ukrainian President", "1993-01-01", "Leonid Kravchuk"},
        {"Ukrainian President", "2014-04-01", "Oleksandr Turchynov"},
        {"Ukrainian President", "2016-01-01", "Petro Poroshenko"},
        {"Ukrainian President", "2023-01-01", "Volodymyr Zelensky"},
        {"Russian head of state", "2018-04-17", "Vladimir Putin"},
        {"Russian head of state", "2010-01-01", "Dmitry Medvedev"},
    };
    for (const auto& [role, day, person] : cases)
        EXPECT_EQ(table().by_role(role, day), person) << role << " on " << day;
    // Outside every term the table lists, and on a handover day: no one.
    EXPECT_EQ(table().by_role("UK Prime Minister", "1990-01-01"), std::nullopt);
    EXPECT_EQ(table().by_role("US President", "2021-01-20"), std::nullopt);
    EXPECT_EQ(table().by_role("the prime minister", "2024-03-01"), std::nullopt);
}

TEST(SpeakerTableData, RolesNameTheirOneHolder) {
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"the Ukrainian leader", "Volodymyr Zelensky"},
        {"President of Azerbaijan", "Ilham Aliyev"},
        {"the Turkish president", "Recep Tayyip Erdoğan"},
        {"President of Türkiye", "Recep Tayyip Erdoğan"},
        {"President of Turkiye", "Recep Tayyip Erdoğan"},
        {"the Armenian prime minister", "Nikol Pashinyan"},
        {"Russian President", "Vladimir Putin"},
        {"the Kremlin leader", "Vladimir Putin"},
        {"Russian Foreign Minister", "Sergei Lavrov"},
        {"Azerbaijani foreign minister", "Jeyhun Bayramov"},
        {"Kremlin press secretary", "Dmitry Peskov"},
        {"UN Secretary General", "António Guterres"},
        {"UN Secretary-General", "António Guterres"},
        {"the European Commission president", "Ursula von der Leyen"},
    };
    for (const auto& [role, person] : cases) EXPECT_EQ(table().by_role(role), person) << role;
}

TEST(SpeakerTableData, TitlesThatChangedHandsNameNoOne) {
    for (const char* role :
         {"President of the United States", "US President", "American President",
          "the president", "Vice President", "US Vice President", "Secretary of State",
          "US Secretary of State", "National Security Adviser", "Press Secretary",
          "White House Press Secretary", "NSC spokesman", "NATO Secretary General",
          "NATO Secretary-General", "President of the European Council",
          "European Council President", "High Representative", "EU foreign policy chief",
          "Foreign Minister", "Foreign Secretary", "UK Foreign Secretary",
          "Ukrainian Foreign Minister", "Ukrainian Defence Minister", "Georgian President",
          "Georgian Prime Minister", "Armenian President", "Turkish Foreign Minister",
          "Russian Defence Minister", "spokesman", "UN spokesman", "UN chief",
          "Kremlin chief"})
        EXPECT_EQ(table().by_role(role), std::nullopt) << role;
}

TEST(SpeakerTableData, EarlierEntriesStillResolve) {
    EXPECT_EQ(table().canonical("Blair"), "Tony Blair");
    // Tony Blair's office is dated now (1997-2007); a bare `prime minister` names no one.
    EXPECT_EQ(table().by_role("British prime minister", "2005-03-01"), "Tony Blair");
    EXPECT_EQ(table().by_role("the prime minister"), std::nullopt);
    EXPECT_EQ(table().by_role("chancellor"), "Gordon Brown");
    EXPECT_EQ(table().by_role("Tory leader"), "Michael Howard");
    EXPECT_EQ(table().by_role("Lib Dem leader"), "Charles Kennedy");
    // The fictional people of corpora/samples.
    EXPECT_EQ(table().canonical("Renn"), "Tavi Renn");
    EXPECT_EQ(table().canonical("Tavi Renn"), "Tavi Renn");
    EXPECT_EQ(table().by_role("the Valdorian energy minister"), "Tavi Renn");
    EXPECT_EQ(table().canonical("Maren"), "Ilse Maren");
    EXPECT_EQ(table().by_role("Valdorian President"), "Ilse Maren");
    EXPECT_EQ(table().by_role("President of Valdoria"), "Ilse Maren");
    // Every earlier canonical name is still there, spelt the same.
    auto names = table().canonical_names();
    for (const char* n : {"Volodymyr Zelensky", "Ilham Aliyev", "Tony Blair", "Gordon Brown",
                          "Michael Howard", "Charles Kennedy", "Tavi Renn", "Ilse Maren"})
        EXPECT_NE(std::find(names.begin(), names.end(), n), names.end()) << n;
}

TEST(SpeakerTableData, SearchMatchesEverySpelling) {
    auto all = table().names_of("Recep Tayyip Erdoğan");
    EXPECT_NE(std::find(all.begin(), all.end(), "Erdogan"), all.end());
    auto z = table().names_of("Volodymyr Zelensky");
    EXPECT_NE(std::find(z.begin(), z.end(), "Зеленський"), z.end());
}

}  // namespace speaker_table_data_test
