// Offices named without a name (`the President`, `The Secretary-General notes …`, `the
// Kremlin spokesman`, `the Prime Minister`) are their holder on the article's date, by the
// speaker table's terms of office and the country or organisation the source speaks for;
// through build_passages (the indexer's path), on snippets of a UN and a White House
// statement and on short invented sentences.

#include <gtest/gtest.h>

#include "attribution.hpp"
#include "passage_builder.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace office_holders_test {

using namespace newsdex;
using attribution::office_holder;
using attribution::office_scope;

namespace {

const char* kTable = R"(
- name: Ban Ki-moon
  roles:
    - {from: 2007-01-01, to: 2016-12-31, role: [UN Secretary-General,
       Secretary-General of the United Nations]}
- name: António Guterres
  roles:
    - {from: 2017-01-01, role: [UN Secretary-General, Secretary-General of the United Nations]}
- name: Donald Trump
  roles:
    - {from: 2017-01-20, to: 2021-01-20, role: [President of the United States, US President]}
- name: Joe Biden
  roles:
    - {from: 2021-01-20, to: 2025-01-20, role: [President of the United States, US President]}
- name: Boris Johnson
  roles:
    - {from: 2019-07-24, to: 2022-09-06, role: [UK Prime Minister, British Prime Minister]}
- name: Rishi Sunak
  roles:
    - {from: 2022-10-25, to: 2024-07-05, role: [UK Prime Minister, British Prime Minister]}
- name: Dmitry Peskov
  roles:
    - {from: 2012-05-22, role: [Kremlin spokesman]}
- name: Ilham Aliyev
  roles: [Azerbaijani leader]
)";

const SpeakerTable& table() {
    static const SpeakerTable t = SpeakerTable::parse(kTable, "t.yaml");
    return t;
}

std::vector<Passage> passages(const std::string& body, const std::string& date,
                              const std::string& source, const std::string& url = {},
                              const std::string& title = {}) {
    Article a;
    a.id = "t";
    a.kind = "news";
    a.title = title;
    a.date = date;
    a.source = source;
    a.url = url;
    a.body = body;
    AnalysisTables tables{table(), TopicTagger()};
    return build_passages(a, tables);
}

std::string speaker(const std::vector<Passage>& ps, std::size_t ordinal) {
    return ordinal < ps.size() ? ps[ordinal].speaker.value_or("-") : "(none)";
}

// The UN statement of 28 August 2014 on Ukraine, attributable to the Spokesman.
const std::string kUnStatement =
    "The Secretary-General notes the recent talks in Minsk on 26 August, as well as the first "
    "official meeting between the Presidents of Ukraine and Russia. He calls for continuity of "
    "these talks, with a view to forging a peaceful way out of the conflict.";

}  // namespace

TEST(OfficeHolders, TheSourceSaysWhomATextSpeaksFor) {
    const auto wh = office_scope("2022-03-02", "The White House",
                                 "https://bidenwhitehouse.archives.gov/briefing-room/x/");
    EXPECT_EQ(wh.date, "2022-03-02");
    ASSERT_FALSE(wh.qualifiers.empty());
    EXPECT_EQ(wh.qualifiers.front(), "United States");
    EXPECT_EQ(office_scope("", "", "https://www.un.org/sg/en/content/sg/statement/").qualifiers,
              office_scope("", "United Nations, Secretary-General", "").qualifiers);
    EXPECT_TRUE(office_scope("", "Reuters", "https://www.reuters.com/world/").qualifiers.empty());
    // `notun.org` is not un.org.
    EXPECT_TRUE(office_scope("", "", "https://notun.org/a").qualifiers.empty());
    // A source that names two publishers speaks for neither.
    EXPECT_TRUE(office_scope("", "White House and Kremlin readouts", "").qualifiers.empty());
}

TEST(OfficeHolders, ABareTitleIsQualifiedByTheSource) {
    const auto wh = office_scope("2022-03-02", "The White House", "");
    auto h = office_holder("the President", wh, table());
    ASSERT_TRUE(h);
    EXPECT_EQ(h->name, "Joe Biden");
    EXPECT_EQ(h->office.role, "President of the United States");
    EXPECT_EQ(attribution::office_evidence(*h, wh),
              "office \"President of the United States\" on 2022-03-02");
    // Without a source that says which country, or outside every term: no one.
    EXPECT_FALSE(office_holder("the President", office_scope("2022-03-02", "", ""), table()));
    EXPECT_FALSE(office_holder("the President", office_scope("1990-03-02", "The White House", ""),
                               table()));
    EXPECT_FALSE(office_holder("the President", office_scope("", "The White House", ""), table()));
    // The UN has no president in the table: `the President` of a UN text is no one.
    EXPECT_FALSE(office_holder("the President", office_scope("2022-03-02", "United Nations", ""),
                               table()));
    // An office written in full needs no source.
    EXPECT_EQ(office_holder("US President", office_scope("2019-05-01", "", ""), table())->name,
              "Donald Trump");
}

TEST(OfficeHolders, TheSecretaryGeneralOfAUnStatementIsTheHolderThatDay) {
    auto ps = passages(kUnStatement, "2014-08-28", "United Nations, Secretary-General",
                       "https://www.un.org/sg/en/content/sg/statement/2014-08-28/x");
    EXPECT_EQ(speaker(ps, 0), "Ban Ki-moon");
    // Its first sentence alone: the office is the evidence.
    ps = passages(kUnStatement.substr(0, kUnStatement.find(" He calls")), "2014-08-28",
                  "United Nations, Secretary-General", "https://www.un.org/sg/en/x");
    EXPECT_EQ(speaker(ps, 0), "Ban Ki-moon");
    EXPECT_NE(ps[0].evidence.find("office \"Secretary-General of the United Nations\" on "
                                  "2014-08-28"),
              std::string::npos)
        << ps[0].evidence;
    EXPECT_EQ(speaker(passages(kUnStatement, "2023-02-23", "United Nations"), 0),
              "António Guterres");
    // No date: the dated terms say nothing.
    EXPECT_EQ(speaker(passages(kUnStatement, "", "United Nations"), 0), "-");
}

TEST(OfficeHolders, ThePrimeMinisterOfAUkStoryOnItsDate) {
    // An invented sentence in the form of a GOV.UK press release: the Prime Minister unnamed.
    const char* body =
        "The Prime Minister said the UK would continue to stand with Ukraine for as long as it "
        "takes.";
    const char* url = "https://www.gov.uk/government/news/x";
    EXPECT_EQ(speaker(passages(body, "2023-05-15", "Prime Minister's Office", url), 0),
              "Rishi Sunak");
    EXPECT_EQ(speaker(passages(body, "2021-05-15", "Prime Minister's Office", url), 0),
              "Boris Johnson");
    // Between Johnson's and Sunak's terms the table lists no one (Truss is not in it).
    EXPECT_EQ(speaker(passages(body, "2022-10-01", "Prime Minister's Office", url), 0), "-");
    // A story that does not say which country's prime minister: no one.
    EXPECT_EQ(speaker(passages(body, "2023-05-15", "Wire"), 0), "-");
}

TEST(OfficeHolders, TheArticlesOwnNamingWins) {
    const char* body =
        "Prime Minister Boris Johnson met the Ukrainian delegation on Monday.\n\n"
        "The Prime Minister said the UK would continue to stand with Ukraine.";
    auto ps = passages(body, "2023-05-15", "Prime Minister's Office",
                       "https://www.gov.uk/government/news/x");
    EXPECT_EQ(speaker(ps, 1), "Boris Johnson");
}

TEST(OfficeHolders, TheKremlinSpokesmanOnTheDay) {
    const char* body = "The Kremlin spokesman told reporters that talks would continue.";
    EXPECT_EQ(speaker(passages(body, "2022-03-01", "Reuters"), 0), "Dmitry Peskov");
    EXPECT_EQ(speaker(passages(body, "2005-03-01", "Reuters"), 0), "-");
}

TEST(OfficeHolders, AStatementByThePresidentIsTheHolderOnItsDate) {
    const char* body = "I commend the Member States of the United Nations for holding this "
                       "historic session.";
    const char* title =
        "Statement by the President on the United Nations General Assembly Vote Condemning "
        "Russia’s Aggression Against Ukraine";
    const char* url = "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/x";
    EXPECT_EQ(speaker(passages(body, "2022-03-02", "The White House", url, title), 0),
              "Joe Biden");
    EXPECT_EQ(speaker(passages(body, "2019-03-02", "The White House", url, title), 0),
              "Donald Trump");
    EXPECT_EQ(speaker(passages(body, "", "The White House", url, title), 0), "-");
    EXPECT_EQ(speaker(passages(body, "2022-03-02", "", "", title), 0), "-");
}

// A gov.uk headline whose subject gives the speech names only the office (`Foreign Secretary
// gives keynote speech in Ukraine: 17 February 2022`): its holder on the date speaks the text.
TEST(OfficeHolders, AHeadlineWhoseOfficeGivesASpeechNamesItsHolder) {
    const char* uk = R"(
- name: Liz Truss
  roles:
    - {from: 2021-09-15, to: 2022-09-06, role: [UK Foreign Secretary]}
- name: James Cleverly
  roles:
    - {from: 2022-09-06, to: 2023-11-13, role: [UK Foreign Secretary]}
)";
    Article a;
    a.id = "t";
    a.kind = "transcript";
    a.title = "Foreign Secretary gives keynote speech in Ukraine: 17 February 2022";
    a.date = "2022-02-17";
    a.source = "Foreign, Commonwealth & Development Office (gov.uk)";
    a.body = "Good afternoon ladies and gentlemen.\n\nThe spectre of Russian aggression has long "
             "hung over Eastern Europe.\n\nRussia must step back from the brink.\n";
    AnalysisTables tables{SpeakerTable::parse(uk, "t.yaml"), TopicTagger()};
    auto ps = build_passages(a, tables);
    ASSERT_EQ(ps.size(), 3u);
    for (const auto& p : ps) EXPECT_EQ(p.speaker.value_or("-"), "Liz Truss") << p.text;
    // A year later the office is another's.
    a.date = "2023-02-17";
    EXPECT_EQ(build_passages(a, tables).front().speaker.value_or("-"), "James Cleverly");
    // `Joint Statement on …`, `Press statement by …`: no office gives them.
    a.title = "Joint Statement on the U.S.-Ukraine Strategic Partnership";
    EXPECT_EQ(build_passages(a, tables).front().speaker.value_or("-"), "-");
}

}  // namespace office_holders_test
