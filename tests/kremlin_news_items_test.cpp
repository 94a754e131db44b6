// Forms of the Kremlin's news items, official reports written in the third person (not
// transcripts): an office written before each of two names joined by `and` in the title,
// then `The interior minister said that` for the second of them; `X gave … and noted that`
// (a verb of speech after `and`). One table of cases, each on a short snippet of an
// en.kremlin.ru news item (CC BY 4.0; tests/data/fresh_news/SOURCES.md, batch 15), through
// build_passages with the item's title.

#include <gtest/gtest.h>

#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace kremlin_news_items_test {

using namespace newsdex;

namespace {

const char* kTable = R"(
- name: Vladimir Putin
  roles: [President of Russia, Russian President, Russian leader]
- name: Leonid Kuchma
  aliases: [Kuchma]
  roles: []
- name: Serzh Sargsyan
  roles: [President of Armenia, Prime Minister of Armenia]
- name: George W. Bush
  aliases: [George Bush Jr.]
  roles: []
- name: Recep Tayyip Erdoğan
  aliases: [Erdogan, Tayyip Erdogan]
  roles: [President of Turkey, Turkish President]
)";

struct ItemCase {
    const char* form;
    const char* title;
    const char* body;
    const char* snippet;
    const char* speaker;
};

}  // namespace

TEST(KremlinNewsItems, FormsOfAttribution) {
    const ItemCase cases[] = {
        // Two ministers named in the title, each after his office: `the interior minister`
        // is the one written after `Interior Minister`, not the first of the two.
        {"Defence Minister X and Interior Minister Y; The interior minister said that",
         "Acting President and Prime Minister Vladimir Putin met with Defence Minister Igor "
         "Sergeyev and Interior Minister Vladimir Rushailo",
         "Mr Sergeyev and Mr Rushailo reported on the situation in the North Caucasus and the "
         "progress of the counter-terrorist operation in the Chechen Republic.\n\nThe interior "
         "minister said that the operation in Chechnya had entered its final stage, and in "
         "many places law-enforcement functions had been delegated to the police and interior "
         "troops.\n\nHe added that an ammunition depot had been found in Argun in the last 24 "
         "hours.",
         "had entered its final stage", "Vladimir Rushailo"},
        {"… He added that (the interior minister)",
         "Acting President and Prime Minister Vladimir Putin met with Defence Minister Igor "
         "Sergeyev and Interior Minister Vladimir Rushailo",
         "Mr Sergeyev and Mr Rushailo reported on the situation in the North Caucasus.\n\nThe "
         "interior minister said that the operation in Chechnya had entered its final "
         "stage.\n\nHe added that an ammunition depot had been found in Argun in the last 24 "
         "hours.",
         "an ammunition depot", "Vladimir Rushailo"},
        // A verb of speech opening a `that` clause, joined by `and` to the sentence's first
        // verb phrase: the sentence's subject, an office written whole, speaks.
        {"The President of Turkey gave … and noted that",
         "Telephone conversation with President of Turkey Recep Tayyip Erdogan",
         "The President of Turkey gave relevant explanations and noted that access to that "
         "unique monument of world civilisation would be guaranteed for all wishing to visit "
         "it, including foreign nationals, and the safety of the items sacred to Christians "
         "would be assured.",
         "relevant explanations", "Recep Tayyip Erdo\u011fan"},
        // The warmth of a greeting between the name and its verb (news/57274).
        {"X warmly congratulated Y",
         "Telephone conversation with Prime Minister of Armenia Serzh Sargsyan",
         "Vladimir Putin had a telephone conversation with Prime Minister of the Republic of "
         "Armenia Serzh Sargsyan at the initiative of the Russian side.\n\nVladimir Putin "
         "warmly congratulated Serzh Sargsyan on his appointment as head of government of "
         "Armenia and wished him success in this high government position.",
         "on his appointment as head of government", "Vladimir Putin"},
        // `the Russian head of state sent Y a message`, then `The message reads, in part:`:
        // the head of state of the country its adjective names wrote it, not the last
        // president named, its addressee (news/57274).
        {"the Russian head of state sent Y a message; The message reads, in part:",
         "Telephone conversation with Prime Minister of Armenia Serzh Sargsyan",
         "Vladimir Putin had a telephone conversation with Prime Minister of the Republic of "
         "Armenia Serzh Sargsyan at the initiative of the Russian side.\n\nEarlier, the "
         "Russian head of state sent Serzh Sargsyan a message of greetings on his accession "
         "as Prime Minister of the Republic of Armenia.\n\nThe message reads, in "
         "part:\n\n\u201cYour appointment to this responsible post reaffirms your high "
         "political authority and broad support for the reforms aimed at solving the "
         "socioeconomic challenges facing Armenia.",
         "Your appointment to this responsible post", "Vladimir Putin"},
        // A conviction in the present tense, under an office (news/40174).
        {"the Russian leader is sure …",
         "President Vladimir Putin addressed the National Assembly of Armenia",
         "Mr Putin called the audience\u2019s attention to the problem of the Russian language "
         "in Armenia.\n\nAs for the guarantees and protection of ethnic Russians\u2019 rights in "
         "Armenia, the Russian leader is sure there are no problems here, and never will be.",
         "there are no problems here", "Vladimir Putin"},
        // A question put, then the question itself after a dash (news/62792).
        {"X put the question bluntly \u2013 …?",
         "Telephone conversation with President of Ukraine Vladimir Zelensky",
         "In the context of certain statements made by some Ukrainian authorities, Vladimir "
         "Putin put the question bluntly \u2013 does Kiev intend to fulfil the Minsk agreements "
         "in practice?",
         "does Kiev intend to fulfil", "Vladimir Putin"},
        // A view shared with someone (news/41591).
        {"X shared with Y his point of view",
         "President Vladimir Putin had a lunch with Ukrainian President Leonid Kuchma and "
         "Patriarch of Moscow and All Russia Alexy II",
         "Mr Kuchma shared with Alexy II his point of view on how to overcome the crisis in the "
         "Church, which followed the collapse of the Soviet Union.",
         "how to overcome the crisis", "Leonid Kuchma"},
        // Points of a list written out in words, one paragraph each (news/42863): `Second, …`
        // and `And third, …` go on with the speaker whose paragraph held `First, …`.
        {"X noted the following three gains … First, …; Second, …; And third, …",
         "President Putin met with Azerbaijan's President Heidar Aliev",
         "Vladimir Putin noted the following three gains of the past summit. First, it was very "
         "important that the Presidents personally discussed problems of the Caspian "
         "region.\n\nSecond, they agreed on personal contact in the Caspian G5 format.\n\nAnd "
         "third, the five Caspian leaders reached an understanding that all issues can be "
         "settled only through multi-lateral negotiations.",
         "reached an understanding that all issues", "Vladimir Putin"},
        {"… Second, … (the second point)",
         "President Putin met with Azerbaijan's President Heidar Aliev",
         "Vladimir Putin noted the following three gains of the past summit. First, it was very "
         "important that the Presidents personally discussed problems of the Caspian "
         "region.\n\nSecond, they agreed on personal contact in the Caspian G5 format.",
         "personal contact in the Caspian G5", "Vladimir Putin"},
        // No `First` before it: a paragraph opening `Second,` is not a list's next point.
        {"Second, … after no first point",
         "President Putin met with Azerbaijan's President Heidar Aliev",
         "Vladimir Putin noted the gains of the past summit.\n\nSecond, they agreed on personal "
         "contact in the Caspian G5 format.",
         "personal contact in the Caspian G5", "-"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.form);
        Article a;
        a.kind = "news";
        a.title = c.title;
        a.body = c.body;
        EXPECT_EQ(test::snippet_speaker(test::built_passages(kTable, a), c.snippet), c.speaker);
    }
}

}  // namespace kremlin_news_items_test
