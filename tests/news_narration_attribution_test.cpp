// Who said what in wire-style news narration: pronoun chains, descriptions standing for a
// name, participle clauses, appositives and passives — one test per pattern, each on a short
// snippet of a real BBC News story (tests/data/README.md), through build_passages.

#include <gtest/gtest.h>

#include "passage_builder.hpp"
#include "segmenter.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace news_narration_attribution_test {

using namespace newsdex;

namespace {

struct Q {
    std::string speaker;  // "-" when none
    std::string text;
};

std::vector<Q> quotes(const std::string& body) {
    Article a;
    a.id = "t";
    a.kind = "news";
    a.body = body;
    AnalysisTables tables{SpeakerTable::parse("[]", "t.yaml"), TopicTagger()};
    std::vector<Q> out;
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::quote) out.push_back({p.speaker.value_or("-"), p.text});
    return out;
}

// The attributed speakers before passages keep only people: organisations too.
std::vector<std::string> speakers(const std::string& body) {
    Article a;
    a.id = "t";
    a.kind = "news";
    a.body = body;
    auto table = SpeakerTable::parse("[]", "t.yaml");
    auto result = attribute_article(a, segment(a), table);
    std::vector<std::string> out;
    for (const auto& q : result.quotes) out.push_back(q.speaker.value_or("-"));
    return out;
}

}  // namespace

TEST(NewsNarration, PassiveSpeechVerbIsNotTheSpeaker) {
    auto q = quotes(
        "Harriet Harman told researchers of the sheer hostility prompted by her advancement to "
        "the Cabinet: \"Well, you've only succeeded because you're a woman.\" Another current "
        "member of the Cabinet says she was told: \"Oh, you've had a very fast rise, who have "
        "you been sleeping with?\"");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].speaker, "Harriet Harman");
    EXPECT_EQ(q[1].speaker, "-");
}

TEST(NewsNarration, ParticipleAfterAQuoteContinuesTheSentenceSubject) {
    auto q = quotes(
        "Liberal Democrat leader Charles Kennedy said he expected the referendum would come in "
        "the first half of next year. He said the question sounded \"very neutral\" and "
        "\"balanced,\" adding it would enable the argument \"to be enjoined fairly and squarely "
        "on both sides\".");
    ASSERT_FALSE(q.empty());
    EXPECT_TRUE(q.back().text.ends_with("to be enjoined fairly and squarely on both sides"));
    EXPECT_EQ(q.back().speaker, "Charles Kennedy");
}

TEST(NewsNarration, ParticipleTakesNoSubjectAfterIt) {
    auto q = quotes(
        "But in an interview with the Financial Times, Mr Blair refused to be pinned down to "
        "that date, saying Britain would hold a poll \"some time in 2006 but when, I don't "
        "know\".");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Blair");
}

TEST(NewsNarration, SayingFollowsTheEarlierSpeechVerb) {
    auto q = quotes(
        "\"Britain is heading in the wrong direction,\" Tory leader Michael Howard said in his "
        "New Year message.\n\n"
        "Mr Blair has failed to tackle these problems, he claimed, saying he has the \"wrong "
        "solution\" to them.");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[1].speaker, "Michael Howard");
}

TEST(NewsNarration, RelativeClauseSpeaksForItsName) {
    auto q = quotes(
        "Green MEP Caroline Lucas welcomed the vote. Jack Straw, who argues the constitution "
        "reflected a \"British vision for Europe\" and gives \"national governments a stronger "
        "grip\", has said the referendum could be held in spring 2006.");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].speaker, "Jack Straw");
    EXPECT_EQ(q[1].speaker, "Jack Straw");
}

TEST(NewsNarration, AppositiveWithoutItsClosingComma) {
    auto q = quotes(
        "Katrina Bull, a prospective parliamentary candidate said Mr Blair had shown he could "
        "rouse the party's grassroots: \"I think if every voter was able to spend time in a "
        "room with Tony, we will have no problem with turnout.\"");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Katrina Bull");
}

TEST(NewsNarration, AListOfNamesHasItsFirstAsSubject) {
    auto q = quotes(
        "Jason Gardener says being made an MBE underlines the achievement of the relay squad.\n\n"
        "Gardener, Darren Campbell, Marlon Devonish and Mark Lewis-Francis have all been awarded "
        "MBEs. \"I think this award reinforces what we did on that fantastic night,\" he said.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Jason Gardener");
}

TEST(NewsNarration, HonorificBeforeATitleWordIsASurname) {
    auto q = quotes(
        "George Galloway is to stand against Labour MP Oona King at the next general election. "
        "Ms King said she was \"delighted\" at the chance to take on Mr Galloway.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Oona King");
}

TEST(NewsNarration, PronounCorrectsTheGenderAFirstNameSuggested) {
    auto q = quotes(
        "World and Commonwealth 100m champion Kim Collins will compete in the 60m in "
        "Birmingham.\n\n"
        "Collins ran in Birmingham at the 2003 World Indoor Championships. \"I'm looking forward "
        "to competing against such a strong field,\" he said.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Kim Collins");
}

TEST(NewsNarration, DescriptionStandsForThePersonTalkedAbout) {
    auto q = quotes(
        "The versatile Finnan, who starred against the French, is confident the group is "
        "Ireland's for the taking. \"There is a chance for us now to go on and win the group,\" "
        "said the Liverpool player.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Finnan");
}

TEST(NewsNarration, AgeDescriptionAfterAPronounChain) {
    auto q = quotes(
        "Justine Henin-Hardenne lost to Elena Dementieva in a comeback exhibition match.\n\n"
        "But despite her problems, she still won five of the nine tournaments she entered. "
        "\"Physically, it's obvious that I hit rock bottom,\" said the 22-year-old.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Justine Henin-Hardenne");
}

TEST(NewsNarration, NationalityIsADescriptionNotASpeaker) {
    auto q = quotes(
        "Justine Henin-Hardenne lost to Elena Dementieva on Sunday.\n\n"
        "And the Belgian, who has slipped to eight in the world, faces a tough Australian Open "
        "title defence. \"I will be heading to Australia with a lot of question marks over me,\" "
        "she said.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Justine Henin-Hardenne");
}

TEST(NewsNarration, CompoundAdjectiveIsNotPartOfTheName) {
    auto q = quotes(
        "Damien Duff scored twice for Chelsea. Man-of-the-match Duff said: \"It was a great "
        "night for us.\"");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Damien Duff");
}

TEST(NewsNarration, IntroducingSentenceIsNotTheAttributionOfTheQuoteBefore) {
    auto q = quotes(
        "\"Winning the gold medal was the highlight of my career so far,\" said Mark "
        "Lewis-Francis. He ran a textbook final leg. \"This award is not just for me.\" Gardener added: \"All of us had "
        "worked very hard.\"");
    ASSERT_EQ(q.size(), 3u);
    EXPECT_EQ(q[1].speaker, "Mark Lewis-Francis");
    EXPECT_EQ(q[2].speaker, "Gardener");
}

TEST(NewsNarration, PluralUnnamedSourceDoesNotTakeAPronoun) {
    auto q = quotes(
        "Terry Telford said it was becoming difficult to think of an answer when people asked "
        "\"What has Labour done for the North East?\" \"I have had doors slammed in my face,\" "
        "he said.");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].speaker, "-");
    EXPECT_EQ(q[1].speaker, "Terry Telford");
}

TEST(NewsNarration, SubjectAfterAnOpeningClauseCarriesThePronoun) {
    auto q = quotes(
        "Charles Kennedy said: \"He was always full of warmth and wisdom.\" Born in 1912, Lord "
        "Callaghan became a clerk at the Inland Revenue. He enlisted in the Royal Navy in "
        "1942.\n\n"
        "His political career was not without controversy. When he refused to support Harold "
        "Wilson in 1968, he said: \"I am not going to resign.\"");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[1].speaker, "Lord Callaghan");
}

TEST(NewsNarration, TitleWordAfterAGivenNameIsASurname) {
    auto q = quotes(
        "George Galloway is to stand against pro-Iraq war Labour MP Oona King at the next "
        "election. He added: \"Here there is a stooge.\" Ms King has represented the "
        "constituency since 1997. She said: \"I'm delighted I've been given the chance.\"");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[1].speaker, "Oona King");
}

TEST(NewsNarration, SpokesmanForABodyIsUnnamed) {
    auto s = speakers(
        "A spokesman for the British Phonographic Industry (BPI) said the first combined chart "
        "was due to be compiled \"within the first half of this year\".");
    ASSERT_EQ(s.size(), 1u);
    EXPECT_EQ(s[0], "-");
}

TEST(NewsNarration, NameAfterAnOfficeInTheOpeningNounPhrase) {
    auto q = quotes(
        "Real Madrid director of sport Emilio Butragueno praised the spectators inside the "
        "ground. \"I'd like to highlight the behaviour of the fans,\" he said.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Emilio Butragueno");
}

TEST(NewsNarration, ReportedSpeechObjectIsNotTheSentenceSubject) {
    auto q = quotes(
        "Noel Dempsey, the government's communications minister, said Mr Ahern had been \"very "
        "committed\" to the project. \"He is, I know, very disappointed it has come to this,\" "
        "he said.");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[1].speaker, "Noel Dempsey");
}

TEST(NewsNarration, NounUseOfASpeechVerbHasNoSubject) {
    auto q = quotes(
        "Conservative shadow foreign secretary Michael Ancram said the referendum question "
        "\"seems straightforward\".");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Michael Ancram");
}

TEST(NewsNarration, LabelsAndTitlesInQuotesAreNobodysWords) {
    auto q = quotes(
        "But Healey insists the Tigers must summon the same desire in what has been dubbed "
        "\"rugby's version of Rocky II\". Butragueno confirmed that the charity match - billed "
        "as \"Ronaldo's friends against Zidane's friends\" - will go ahead. Some 83 MPs gave "
        "their answers for the study \"Whose Secretary are You, minister\".");
    EXPECT_TRUE(q.empty());
}

TEST(NewsNarration, AdverbBetweenSubjectAndVerb) {
    auto q = quotes(
        "Striker Thierry Henry scored against Fulham. And Henry afterwards described the "
        "display as \"beautiful to watch\".");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Thierry Henry");
}

TEST(NewsNarration, SentenceAboutANewPersonIntroducesTheQuoteAfterIt) {
    auto q = quotes(
        "\"I have a new slogan. Vote Blair, Get Brown,\" said Graham Lane. His friend, Saxon "
        "Spence, leader of Devon county Labour group, lays the blame on one issue above all "
        "others. \"You cannot underestimate the impact of the war in Iraq.\"");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].speaker, "Graham Lane");
    EXPECT_EQ(q[1].speaker, "Saxon Spence");
}

TEST(NewsNarration, OpeningPhraseWithoutACommaIsNotTheSubject) {
    auto q = quotes(
        "Voters will have a clear choice in the next general election, said Charles Kennedy.\n\n"
        "In his New Year message the Liberal Democrat leader said Labour relied on fear. He "
        "said it had been \"very heartening\" to learn of the generosity being shown.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Charles Kennedy");
}

TEST(NewsNarration, DescriptionBeforeTheVerbStandsForTheRunningSpeaker) {
    auto q = quotes(
        "\"I think this award reinforces what we did,\" said Darren Campbell. The 31-year-old "
        "said: \"I have not just stumbled upon this.\" The Newport-based athlete added: \"It "
        "gives me a lot of joy.\"");
    ASSERT_EQ(q.size(), 3u);
    EXPECT_EQ(q[1].speaker, "Darren Campbell");
    EXPECT_EQ(q[2].speaker, "Darren Campbell");
}

TEST(NewsNarration, MisspeltSurnameAloneIsKeptAsWritten) {
    auto q = quotes(
        "Arsenal manager Arsene Wenger praised his side. \"We played well,\" said Wegner.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Wegner");
}

TEST(NewsNarration, ABodysReportSpeaksForTheBody) {
    auto s = speakers(
        "A National Audit Office report on the 20 biggest projects says costs have risen by "
        "1.7bn. It says there is \"little evidence\" the performance had improved.\n\n"
        "\"Many problems can be traced to the assessment phase,\" the report says.");
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0], "National Audit Office");
    EXPECT_EQ(s[1], "National Audit Office");
}

TEST(NewsNarration, ThePaperIsThePublicationJustMentioned) {
    auto s = speakers(
        "\"We have a clear choice,\" the UK Independence Party said.\n\n"
        "But in an interview with the Financial Times, Mr Blair refused to be pinned down to "
        "that date. The paper said the prime minister \"claimed ignorance\" of the plans.");
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[1], "Financial Times");
}

TEST(NewsNarration, AccordingToNamesTheSourceOfASentenceWithAnotherSpeechVerb) {
    auto q = speakers(
        "The digital revolution is focused on letting people tell and share their own stories, "
        "according to Carly Fiorina, chief of technology giant Hewlett Packard.\n\n"
        "The job of firms such as HP now, she said in a speech at the Consumer Electronics Show "
        "(CES), was to ensure digital and physical worlds fully converged. CES showcases 50,000 "
        "new gadgets. \"The digital revolution is about the democratisation of technology,\" she "
        "told delegates. \"Revolution has always been about giving power to the people.\"");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0], "Carly Fiorina");
    EXPECT_EQ(q[1], "Carly Fiorina");
}

TEST(NewsNarration, DescriptionIsTheRunningSpeakerBeforeANamedThing) {
    // `Polar Express` is named like a person but never acts as one; a book that "tells the
    // story" says nothing.
    auto q = quotes(
        "\"This is Leicester Square like you've never seen it before,\" said Hanks, who plays five "
        "roles in the movie. Polar Express is based on a children's book which tells the story "
        "of a young boy's journey to meet Santa Claus. The 48-year-old actor crossed a "
        "three-metre high bridge built in the square, which he said was \"almost impossible to "
        "get across\". \"Christmas is a special time of the year,\" added the two-time Academy "
        "Award winner.");
    ASSERT_EQ(q.size(), 3u);
    EXPECT_EQ(q[0].speaker, "Hanks");
    EXPECT_EQ(q[1].speaker, "Hanks");
    EXPECT_EQ(q[2].speaker, "Hanks");
}

TEST(NewsNarration, RelativeClauseEndsAnInvertedSubject) {
    auto q = quotes(
        "\"There are a lot of people who take gaming very seriously,\" said Simon Bysshe who "
        "filmed the event for Four-Kings and Intel.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Simon Bysshe");
}

TEST(NewsNarration, AppositiveNamingAnEmployerWithoutItsClosingComma) {
    auto q = quotes(
        "However, Matt Williams, a fund manager at Perpetual Trustees said taking the stake \"is "
        "definitely a precursor to a takeover\". A fund manager at Perpetual Trustees said it was "
        "\"a bold move\".");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].speaker, "Matt Williams");
    EXPECT_EQ(q[1].speaker, "-");
}

TEST(NewsNarration, NameFromABodyThenAStrayCommaBeforeTheVerb) {
    auto q = quotes(
        "\"Everything is going digital,\" Kirsten Pfeifer from the Consumer Electronics "
        "Association, told the BBC News website.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, "Kirsten Pfeifer");
}

TEST(NewsNarration, PronounFollowsThePersonTheParagraphTurnedTo) {
    auto q = quotes(
        "\"It was a wonderful adventure,\" Eastwood said. Morgan Freeman beat actors including "
        "Clive Owen and Alan Alda to the prize for best supporting actor. He thanked Eastwood "
        "and described the film as \"a labour of love\". This was the fourth nomination of his "
        "career but his first win. Backstage, he said: \"A lot of people say you're due.\"");
    ASSERT_EQ(q.size(), 3u);
    EXPECT_EQ(q[0].speaker, "Eastwood");
    EXPECT_EQ(q[1].speaker, "Morgan Freeman");
    EXPECT_EQ(q[2].speaker, "Morgan Freeman");
}

TEST(NewsNarration, PassiveDescriptionHasNoSpeaker) {
    auto q = speakers(
        "HSDPA (High Speed Downlink Packet Access) has been described as \"3G on steroids\" and "
        "could offer consumers much faster download times.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0], "-");
}

TEST(NewsNarration, PublicationNamedBeforeAPossessiveReports) {
    auto q = speakers(
        "Prince earned more than any other pop star in 2004, beating artists such Madonna and "
        "Elton John in US magazine Rolling Stone's annual list.\n\n"
        "\"Prince returned to centre stage after a decade in the commercial wilderness,\" the "
        "magazine reported. The singer's 2004 tour took $90.3m in ticket sales.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0], "Rolling Stone");
}

TEST(NewsNarration, TheFirmIsTheBodyIntroducedAsOne) {
    // Exel never speaks before `the firm said`; it was introduced as a firm.
    auto q = speakers(
        "Shares in storage and delivery firm Exel closed up 9% at a two-and-a-half year high on "
        "Tuesday on speculation it is to receive an imminent takeover bid.\n\n"
        "The firm said it was \"not aware of any reason\" for the rise. \"We do not comment on "
        "market speculation,\" the company said.");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0], "Exel");
    EXPECT_EQ(q[1], "Exel");
}

TEST(NewsNarration, JointStatementOfTwoFirmsIsBoth) {
    auto q = speakers(
        "Australian brewer Fosters has bought a large stake in Australian winemaker Southcorp. "
        "Fosters and Southcorp said in a joint statement: \"Discussions may lead to a major "
        "corporate announcement.\" A Southcorp spokesman said: \"We have nothing to add.\"");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0], "Fosters and Southcorp");
    EXPECT_EQ(q[1], "-");
}

}  // namespace news_narration_attribution_test
