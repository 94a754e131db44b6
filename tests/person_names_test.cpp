// Speakers' names as people's names: offices and places written before a name in
// statements' introductions are not part of it; a statement's title or author naming its
// one speaker.

#include <gtest/gtest.h>

#include "attribution.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace person_names_test {

using newsdex::attribution::person_name;
using newsdex::attribution::SpeakerTable;

namespace {
const SpeakerTable kTable = SpeakerTable::parse(R"(
- name: Marco Rubio
- name: Recep Tayyip Erdoğan
  aliases: [Erdogan]
- name: Ilham Aliyev
  aliases: [Aliyev]
)", "t.yaml");
}  // namespace

TEST(PersonNames, OfficesAndPlacesBeforeANameAreDropped) {
    EXPECT_EQ(person_name("Maryland Congressman Steny Hoyer", kTable), "Steny Hoyer");
    EXPECT_EQ(person_name("Colorado Congresswoman Diana DeGette", kTable), "Diana DeGette");
    EXPECT_EQ(person_name("Speaker Emerita Nancy Pelosi", kTable), "Nancy Pelosi");
    EXPECT_EQ(person_name("Former Ambassador to Russia Michael McFaul", kTable), "Michael McFaul");
    EXPECT_EQ(person_name("Minister for Foreign Affairs Elina Valtonen", kTable), "Elina Valtonen");
    EXPECT_EQ(person_name("Senior Fellow Marlo Lewis", kTable), "Marlo Lewis");
    // A particle in lower case keeps the word before it.
    EXPECT_EQ(person_name("Crown Prince Mohammed bin Salman", kTable), "Mohammed bin Salman");
    EXPECT_EQ(person_name("European Commission President Ursula von der Leyen", kTable),
              "Ursula von der Leyen");
}

TEST(PersonNames, ATableSurnameIsNotANamesakeWithAnotherGivenName) {
    EXPECT_EQ(person_name("President of Azerbaijan Heidar Aliyev", kTable), "Heidar Aliyev");
    EXPECT_EQ(person_name("Azerbaijani President Aliyev", kTable), "Ilham Aliyev");
}

TEST(PersonNames, PlacesPeoplesAndBodiesAreNoOnesName) {
    for (const char* name : {"Ukraine", "The Presidents", "Associated Press",
                             "The Wall Street Journal Editorial Board", "Americans for Prosperity",
                             "Munich Security Conference", "North America's Building Trades Unions"})
        EXPECT_EQ(person_name(name, kTable), std::nullopt) << name;
    EXPECT_EQ(person_name("Clare Sebastian", kTable), "Clare Sebastian");
}

TEST(PersonNames, TheTableKnowsTheEndingOfAName) {
    EXPECT_EQ(person_name("Secretary of State Marco Rubio", kTable), "Marco Rubio");
    EXPECT_EQ(person_name("Turkish President Recep Tayyip Erdogan", kTable),
              "Recep Tayyip Erdoğan");
}

TEST(PersonNames, InitialsSuffixesAndShortNamesStay) {
    EXPECT_EQ(person_name("Ambassador John E. Herbst", kTable), "John E. Herbst");
    EXPECT_EQ(person_name("Former Congressman Harold Ford Jr.", kTable), "Harold Ford Jr.");
    EXPECT_EQ(person_name("Patricia Hewitt", kTable), "Patricia Hewitt");
    EXPECT_EQ(person_name("Hewitt", kTable), "Hewitt");
}

TEST(TitleSpeaker, AStatementsTitleOrAuthorNamesItsSpeaker) {
    using newsdex::attribution::speaker_of_title;
    const auto table = SpeakerTable::parse("- name: Joe Biden\n", "t.yaml");
    EXPECT_EQ(speaker_of_title("Statement by President Biden on Russia’s Attack on Ukraine", "",
                               "", table),
              "Joe Biden");
    EXPECT_EQ(speaker_of_title("Statement from NSC Spokesperson Adrienne Watson on Attacks", "",
                               "", table),
              "Adrienne Watson");
    EXPECT_EQ(speaker_of_title("ICYMI: Joe Biden: The U.S. won’t back down", "", "", table),
              "Joe Biden");
    EXPECT_EQ(speaker_of_title("Any title", "Celeste Wallander", "", table), "Celeste Wallander");
    // Titles that name no one person.
    EXPECT_EQ(speaker_of_title("Joint Statement on the Partnership", "", "", table), std::nullopt);
    EXPECT_EQ(speaker_of_title("Statement from the Press Secretary on Ukraine", "", "", table),
              std::nullopt);
    EXPECT_EQ(speaker_of_title("SUNDAY SHOWS: The Pursuit of Peace", "", "", table), std::nullopt);
    EXPECT_EQ(speaker_of_title("Readout of a Call with President Zelenskyy", "", "", table),
              std::nullopt);
}

TEST(TitleSpeaker, AMessageAfterAPossessiveAndAnAddressBeforeItsDate) {
    using newsdex::attribution::speaker_of_title;
    const auto table = SpeakerTable::parse(
        "- name: Nikol Pashinyan\n- name: Volodymyr Zelensky\n  aliases: [Zelenskyy]\n", "t.yaml");
    EXPECT_EQ(speaker_of_title("RA Prime Minister Nikol Pashinyan’s Congratulatory Message on "
                               "Constitution Day",
                               "", "", table),
              "Nikol Pashinyan");
    EXPECT_EQ(speaker_of_title("Address by President Volodymyr Zelensky 25/03/2022 11:00 P.M.",
                               "", "", table),
              "Volodymyr Zelensky");
    // A story about someone's statement is no message of theirs.
    EXPECT_EQ(speaker_of_title("PM Garibashvili’s statement on Georgian volunteers", "", "",
                               table),
              std::nullopt);
}

TEST(TitleSpeaker, OfficesBeforeTheNameListsAndJointStatements) {
    using newsdex::attribution::speaker_of_title;
    const auto table =
        SpeakerTable::parse("- name: Vladimir Putin\n  aliases: [Putin]\n", "t.yaml");
    // The Kremlin writes the office with its country before the name, bound to it by a
    // no-break space.
    EXPECT_EQ(
        speaker_of_title("Statement by President of Russia\u00a0Vladimir Putin", "", "", table),
        "Vladimir Putin");
    EXPECT_EQ(speaker_of_title("Press conference by NATO Secretary General Jens Stoltenberg "
                               "ahead of the meetings of NATO Ministers of Foreign Affairs",
                               "", "", table),
              "Jens Stoltenberg");
    // Several signatories, or a group, make a collective text.
    EXPECT_EQ(speaker_of_title("Statement by President of Russia Vladimir Putin, Federal "
                               "Chancellor of Germany Angela Merkel, President of France "
                               "Emmanuel Macron and President of Ukraine Petro Poroshenko",
                               "", "", table),
              std::nullopt);
    EXPECT_EQ(speaker_of_title("Joint Statement by the G7 Announcing Further Economic Costs on "
                               "Russia",
                               "", "", table),
              std::nullopt);
    EXPECT_EQ(speaker_of_title("Statement by the G7 Announcing Further Economic Costs on Russia",
                               "", "", table),
              std::nullopt);
}

TEST(PersonName, AMeetingIsNoOne) {
    EXPECT_EQ(person_name("General Assembly Emergency Special Session", kTable), std::nullopt);
    EXPECT_EQ(person_name("Global Baku Forum", kTable), std::nullopt);
    // What a speaker quotes from: a document's paragraph, a ministry.
    EXPECT_EQ(person_name("Paragraph", kTable), std::nullopt);
    EXPECT_EQ(person_name("Foreign Affairs", kTable), std::nullopt);
    EXPECT_EQ(person_name("Pentagon", kTable), std::nullopt);
}

TEST(PersonNames, PhrasesPossessivesAndDescriptionsAreNoNames) {
    // A word in lower case inside a name, other than a particle, makes a phrase.
    EXPECT_EQ(person_name("Traditional technology", kTable), std::nullopt);
    EXPECT_EQ(person_name("Macklin said", kTable), std::nullopt);
    EXPECT_EQ(person_name("Usama bin Laden", kTable), "Usama bin Laden");
    // Lower-case words before a name describe it; a possessive before one names its owner.
    EXPECT_EQ(person_name("by telecoms giant BT", kTable), "BT");
    EXPECT_EQ(person_name("Arsenal's Edu", kTable), "Edu");
    EXPECT_EQ(person_name("Gordon Brown's", kTable), std::nullopt);
    // Titles of shows and phrases in capitals.
    EXPECT_EQ(person_name("Stars In Their Eyes", kTable), std::nullopt);
    EXPECT_EQ(person_name("Without Borders", kTable), std::nullopt);
    EXPECT_EQ(person_name("Australian-style", kTable), std::nullopt);
    EXPECT_EQ(person_name("African American", kTable), std::nullopt);
}

TEST(TitleSpeaker, AJointPressPointOpenedByAddressingTheSecondPerson) {
    using newsdex::attribution::speaker_of_title;
    const auto table = SpeakerTable::parse("- name: Jens Stoltenberg\n", "t.yaml");
    const std::string title =
        "Joint press point by NATO Secretary General Jens Stoltenberg and the President of "
        "Armenia, Armen Sarkissian";
    EXPECT_EQ(speaker_of_title(title, "", "President Sarkissian,\nWelcome to NATO Headquarters.",
                               table),
              "Jens Stoltenberg");
    // Opened otherwise, either might be speaking.
    EXPECT_EQ(speaker_of_title(title, "", "Good afternoon.\n\nWelcome.", table), std::nullopt);
}

TEST(TitleSpeaker, ALetterUnderItsAddresseeIsTheSitesPresidents) {
    using newsdex::attribution::office_scope;
    using newsdex::attribution::speaker_of_title;
    const auto table = SpeakerTable::parse(
        "- name: Ilham Aliyev\n  roles: [President of Azerbaijan]\n"
        "- name: Recep Tayyip Erdogan\n",
        "t.yaml");
    const auto az = office_scope("2020-09-15", "President of the Republic of Azerbaijan",
                                 "https://en.president.az/articles/40799");
    const std::string title =
        "To the President of the Republic of Turkey His Excellency Mr. Recep Tayyip Erdogan";
    EXPECT_EQ(speaker_of_title(title, "", "Dear Mr. President,", table, az), "Ilham Aliyev");
    // With no source to say whose site it is, no one.
    EXPECT_EQ(speaker_of_title(title, "", "Dear Mr. President,", table), std::nullopt);
}

TEST(TitleSpeaker, AHeadlineListingPeopleNamesNoOneSpeaker) {
    using newsdex::attribution::speaker_of_title;
    const auto table = SpeakerTable::parse("- name: Nikol Pashinyan\n", "t.yaml");
    EXPECT_EQ(speaker_of_title("Pashinyan, Blinken Discuss Prague Statement", "",
                               "Prime Minister Nikol Pashinyan held a telephone conversation.",
                               table),
              std::nullopt);
}

TEST(TitleSpeaker, ABylineBeforeADashAndAResponseToAnAddress) {
    using newsdex::attribution::office_scope;
    using newsdex::attribution::speaker_of_title;
    const auto table = SpeakerTable::parse(
        "- name: Liz Truss\n- name: Ararat Mirzoyan\n  roles: [Foreign Minister of Armenia]\n",
        "t.yaml");
    EXPECT_EQ(speaker_of_title("Liz Truss – 2022 Statement on Sanctions on Russia", "",
                               "With permission, Mr Speaker, I wish to update the House.", table),
              "Liz Truss");
    // A country before a dash is no byline.
    EXPECT_EQ(speaker_of_title("Ukraine – Statement on Sanctions", "", "We stand with Ukraine.",
                               table),
              std::nullopt);
    // The UK's response to the Armenian minister's address is not his.
    EXPECT_EQ(speaker_of_title("Address by the Foreign Minister of Armenia: UK response, July 2023",
                               "", "Thank you, Chair. Foreign Minister Mirzoyan, welcome back.",
                               table, office_scope("2023-07-20", "", "")),
              std::nullopt);
}

TEST(TitleSpeaker, AHeadlineAboutAStatementIsNoStatement) {
    using newsdex::attribution::speaker_of_title;
    const auto table =
        SpeakerTable::parse("- name: Nikol Pashinyan\n  aliases: [Pashinian]\n", "t.yaml");
    EXPECT_EQ(speaker_of_title("Another Pashinian Statement Raises Eyebrows", "",
                               "Prime Minister Nikol Pashinian said on Wednesday that …", table),
              std::nullopt);
}

}  // namespace person_names_test
