// Interviews printed inside news stories and ministries' pages in question and answer form:
// turns opened by a dash (`- Mr. Hajiyev, how do you assess …?` / `- There are …`), by `Q.`
// and `A.`, by `Question:` and `Answer:`, or by the asking outlet's name (`Para TV: …?`);
// the interviewee and any interviewer named by the introduction (`X gave an interview to
// …`, `X … answered questions of …`, `X has responded to questions from …`, `X has been
// interviewed by …`, `X asked Y about …`) or by the first question (`- Hello, Mr. President.
// Alexey Golovko, the Vesti program.`).
// Each on a short snippet of a real text (tests/data/fresh_news, sources in its
// SOURCES.md), through build_passages; the turn classification on its own too.

#include <gtest/gtest.h>

#include "attribution/internal/printed_interview.hpp"
#include "built_passages.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace printed_interview_test {

using namespace newsdex;
using attribution::InterviewLine;

namespace {

const char* kTable = R"(
- name: Hikmet Hajiyev
  aliases: [Hikmat Hajiyev, Hajiyev]
  roles: [Azerbaijani presidential aide]
- name: Ilham Aliyev
  aliases: [Aliyev]
  roles: [Azerbaijani President]
- name: Jeyhun Bayramov
  aliases: [Bayramov]
  roles: [Azerbaijani Foreign Minister]
- name: Nikol Pashinyan
  aliases: [Pashinyan]
  roles: [Armenian Prime Minister]
- name: Mykhailo Podolyak
  aliases: [Podolyak]
  roles: []
- name: Sergey Lavrov
  aliases: [Lavrov, Sergei Lavrov]
  roles: [Russian Foreign Minister]
- name: Vladimir Putin
  aliases: [Putin]
  roles: [Russian President]
- name: Volodymyr Zelensky
  aliases: [Zelensky, Zelenskyy, Volodymyr Zelenskyy]
  roles: [Ukrainian President]
)";

std::vector<Passage> passages(const std::string& body) {
    return test::news_passages(kTable, body);
}

std::string speaker_of(const std::string& body, const std::string& snippet) {
    return test::snippet_speaker(passages(body), snippet);
}

// The story is a title-less news item whose lines the tests give one by one.
std::string lines(std::initializer_list<const char*> paragraphs) {
    std::string body;
    for (const char* p : paragraphs) body += std::string(p) + "\n\n";
    return body;
}

}  // namespace

// Dash turns alternate, the first asking; `- added X.` in lower case opens no turn; a text
// whose first dash paragraph asks nothing is no interview.
TEST(PrintedInterview, DashTurnsAlternateFromAQuestion) {
    using L = InterviewLine;
    EXPECT_EQ(attribution::printed_interview(
                  {"X gave an interview.", "- How do you assess it?", "- It was good.",
                   "It went on.", "\u2013 And then?", "\u2013 Then we left."}),
              (std::vector<L>{L::none, L::question, L::answer, L::answer, L::question,
                              L::answer}));
    EXPECT_EQ(attribution::printed_interview({"- We call on all sides to stop.", "- We act."}),
              (std::vector<L>{L::none, L::none}));
    EXPECT_EQ(attribution::printed_interview({"\"Is it over?\" he asked.", "- added Sybiha."}),
              (std::vector<L>{L::none, L::none}));
}

// `Q. …`/`A. …` and `Question: …`/`Answer: …`; `A. ` alone (an initial) is no answer label.
TEST(PrintedInterview, LabelledLines) {
    using L = InterviewLine;
    EXPECT_EQ(attribution::printed_interview({"Q. What now?", "A. We wait.", "More.",
                                              "Question: And then?", "Answer: We go."}),
              (std::vector<L>{L::question, L::answer, L::answer, L::question, L::answer}));
    EXPECT_EQ(attribution::printed_interview({"A. Smith wrote the book.", "It sold well."}),
              (std::vector<L>{L::none, L::none}));
}

// `X, the head of …, answered questions of APA's Russian bureau about … President Ilham
// Aliyev's visit`: the answers are X's, not the last person the introduction names; the
// question is the bureau's, not the text's one speaker's.
TEST(PrintedInterview, AnsweredQuestionsOfAnOutlet) {
    const std::string body = lines({
        "Hikmat Hajiyev, the head of the International Relations Department of the "
        "Presidential Administration of Azerbaijan, answered questions of APA's Russian bureau "
        "about the results of President Ilham Aliyev's visit to Sochi.",
        "- Mr. Hajiyev, how do you assess Azerbaijani President Ilham Aliyev\u2019s meeting with "
        "his Russian counterpart? Which issues were discussed in the meeting of heads of "
        "states?",
        "- There are strategic cooperation relations between Azerbaijan and the Russian "
        "Federation. The President of the Republic of Azerbaijan Ilham Aliyev paid a working "
        "visit to Sochi with the invitation of Russian President Vladimir Putin.",
    });
    EXPECT_EQ(speaker_of(body, "how do you assess Azerbaijani President"), "-");
    EXPECT_EQ(speaker_of(body, "There are strategic cooperation relations"), "Hikmet Hajiyev");
}

// `X, who is visiting …, gave an interview to Report's US Bureau.` with en dashes; the
// answer goes on over unlabelled paragraphs, even one that quotes someone else's words.
TEST(PrintedInterview, GaveAnInterviewAnswerGoesOn) {
    const std::string body = lines({
        "Azerbaijani Foreign Minister Jeyhun Bayramov, who is visiting New York within the "
        "framework of the high-level week of the 78th session of the UN General Assembly "
        "(UNGA), gave an interview to Report\u2019s US Bureau.",
        "\u2013 Mr. Minister, after the anti-terrorist measures implemented in Karabakh, in what "
        "direction does official Baku expect relations with Armenia to develop and what steps "
        "does it plan to take?",
        "\u2013 The initiative to prepare a peace treaty between Azerbaijan and Armenia belongs "
        "to Azerbaijan.",
        "But, there were enough open issues. As the most obvious example of this, on September "
        "2, Armenian Prime Minister Nikol Pashinyan congratulated on the occasion of the 32nd "
        "anniversary of the establishment of the illegal, so-called regime, and at the same "
        "time held illegal \u201cpresidential elections\u201d in the territories of Azerbaijan.",
    });
    EXPECT_EQ(speaker_of(body, "in what direction does official Baku"), "-");
    EXPECT_EQ(speaker_of(body, "The initiative to prepare a peace treaty"), "Jeyhun Bayramov");
    EXPECT_EQ(speaker_of(body, "But, there were enough open issues"), "Jeyhun Bayramov");
}

// `… Mikhail Gusman asked current head of state Ilham Aliyev about …`: the questions are the
// named interviewer's, the answers the one asked.
TEST(PrintedInterview, NamedInterviewerAsks) {
    const std::string body = lines({
        "On the eve of this event, TASS Deputy Director-General Mikhail Gusman asked current "
        "head of state Ilham Aliyev about economic development of Azerbaijan, its relations "
        "with Russia and key issues of the international agenda.",
        "- Mr. President, Ilham Heydarovich, thank you very much for the opportunity to meet "
        "you. Can you tell what was the most important for you during this time?",
        "- I think that the most important thing is that Azerbaijan has continued to develop "
        "successfully over these years.",
    });
    EXPECT_EQ(speaker_of(body, "thank you very much for the opportunity"), "Mikhail Gusman");
    EXPECT_EQ(speaker_of(body, "the most important thing is that Azerbaijan"), "Ilham Aliyev");
}

// `X has been interviewed by Turkish A Haber TV channel.`: a short reply is the
// interviewee's too; the interviewer's turn runs over its unlabelled paragraphs.
TEST(PrintedInterview, HasBeenInterviewedBy) {
    const std::string body = lines({
        "President of the Republic of Azerbaijan Ilham Aliyev has been interviewed by Turkish "
        "A Haber TV channel.",
        "\u2013 Greetings to all from A Haber. The eyes of the whole world are focused on the "
        "Karabakh region these days.",
        "What is the latest situation in the region and what can be expected?",
        "\u2013 Thank you.",
        "\u2013 Mr. President, of course, we will start our conversation with the situation in "
        "the region. What is your assessment of this attack?",
        "\u2013 This is yet another manifestation of Armenian fascism.",
    });
    EXPECT_EQ(speaker_of(body, "What is the latest situation in the region"), "-");
    EXPECT_EQ(speaker_of(body, "\u2013 Thank you."), "Ilham Aliyev");
    EXPECT_EQ(speaker_of(body, "yet another manifestation"), "Ilham Aliyev");
}

// `Q. Russia's Foreign Minister Sergey Lavrov said that …?`: the question reports Lavrov's
// words but is the outlet's; the answer is the minister's whose title and name the page ran
// together (`Foreign MinisterElmar Mammadyarov`).
TEST(PrintedInterview, QAndALinesAfterAGluedTitle) {
    const std::string body = lines({
        "Azerbaijan\u2019s Foreign MinisterElmar Mammadyarov, who is on an official visit to the "
        "Russian capital of Moscow, gave an exclusive interview to an APAcorrespondent",
        "Q. Russia\u2019s Foreign Minister Sergey Lavrov said that the parties to the "
        "Armenia-Azerbaijan Nagorno-Karabakh conflict could not come to an agreement on key "
        "aspects. What are the main issues on which the parties were unable to reach an "
        "agreement?",
        "A. There are some issues that remain open in the negotiations with Armenia.",
    });
    EXPECT_EQ(speaker_of(body, "could not come to an agreement"), "-");
    EXPECT_EQ(speaker_of(body, "some issues that remain open"), "Elmar Mammadyarov");
}

// `Para TV: …?` at a briefing: an outlet's question, no one's the story names, though it
// reports what someone said.
TEST(PrintedInterview, OutletLabelAsks) {
    const std::string body = lines({
        "Para TV: Minister, Prime Minister Nikol Pashinyan during his visit to Artsakh said "
        "that Armenia is a side of the conflict, which was followed by the response of Vigen "
        "Sargsyan, who claimed that calling Armenia a side of the conflict might create a risky "
        "situation. In your opinion, was it a slip on the part of Prime Minister Nikol "
        "Pashinyan?",
        "Zohrab Mnatsakanyan: I would not like to comment on that episode.",
        "Para TV: What will be the first step towards bringing Nagorno-Karabakh to the "
        "negotiation table?",
    });
    EXPECT_EQ(speaker_of(body, "during his visit to Artsakh"), "-");
    EXPECT_EQ(speaker_of(body, "What will be the first step"), "-");
}

// `Question: …` then `Zohrab Mnatsakanyan: …`: a label naming the one who answers ends the
// question's turn; the answer is the label's.
TEST(PrintedInterview, NamedLabelEndsTheQuestion) {
    using L = InterviewLine;
    EXPECT_EQ(attribution::printed_interview(
                  {"Question: Mr. Mnatsakanyan, how do the negotiations proceed?",
                   "Zohrab Mnatsakanyan: They are very warm and very pragmatic.",
                   "Question. Are the agenda issues already identified?"}),
              (std::vector<L>{L::question, L::none, L::question}));
    const std::string body = lines({
        "Question: Mr. Mnatsakanyan, first of all, I thank you for joining us, and the first "
        "question is: how do the negotiations with the Georgian leadership proceed?",
        "Zohrab Mnatsakanyan: They are very warm and very pragmatic.",
    });
    EXPECT_EQ(speaker_of(body, "how do the negotiations"), "-");
    EXPECT_EQ(speaker_of(body, "very warm and very pragmatic"), "Zohrab Mnatsakanyan");
}

// `NV: …?` then `Podolyak: …`: one word before the colon names an outlet unless the table or
// the story knows it as a person; the question is no one's, though it quotes someone.
TEST(PrintedInterview, OneWordOutletLabelAsks) {
    const std::string body = lines({
        "Ukrainian President Volodymyr Zelenskyy may not be in a good mood due to the events "
        "at the front, Mykhailo Podolyak, an advisor to the President’s Office, said in an "
        "interview with NV Radio on Nov. 1.",
        "NV: Journalist Simon Shuster’s Time magazine article includes quotes from unnamed "
        "aides allegedly of President Zelenskyy. Please explain this situation to us. Is this "
        "really the case?",
        "Podolyak: This is definitely not the case.",
    });
    EXPECT_EQ(speaker_of(body, "Time magazine article includes quotes"), "-");
    EXPECT_EQ(speaker_of(body, "This is definitely not the case."), "Mykhailo Podolyak");
}

// `- Hello, Mr. President. Alexey Golovko, the Vesti program.`: an asker who greets and names
// themself opens the dash turns though asking nothing yet; the turns after alternate as
// ever, and a dash paragraph that names someone but asks nothing, alone, opens none.
TEST(PrintedInterview, AskerNamingThemselfOpensDashTurns) {
    using L = InterviewLine;
    EXPECT_EQ(
        attribution::printed_interview(
            {"AZERTAC presents the interview.",
             "- Hello, Mr. President. Alexey Golovko, the Vesti program.",
             "- Very nice to meet you.", "- What are the main questions?",
             "- First of all, thank you.", "- Doesn\u2019t this prevent you?"}),
        (std::vector<L>{L::none, L::question, L::answer, L::question, L::answer, L::question}));
    EXPECT_EQ(attribution::printed_interview(
                  {"- Hello, Mr. President. Alexey Golovko, the Vesti program.",
                   "- Very nice to meet you."}),
              (std::vector<L>{L::none, L::none}));
}

// The introduction (`X has responded to questions from correspondents of …`) is narration
// that names the interviewee, no words of X's; the asker who names themself in the first
// turn asks the later questions, and the answers are X's.
TEST(PrintedInterview, SelfIntroducedAskerAsksTheRest) {
    const std::string body = lines({
        "President Ilham Aliyev responded to questions from Channel One and Rossiya "
        "television channels in Sochi VIDEO",
        "President of the Republic of Azerbaijan Ilham Aliyev has responded to questions "
        "from correspondents of Channel One and Rossiya television channels in Sochi.",
        "AZERTAC presents the interview.",
        "- Hello, Mr. President. Alexey Golovko, the Vesti program.",
        "- Very nice to meet you.",
        "- The theme of this year\u2019s Valdai forum is \u201cThe Dawn of the East\u201d. "
        "Special attention is being paid to Asian countries. What are the main questions you "
        "would like to raise here?",
        "- First of all, I would like to express my gratitude to President of Russia Vladimir "
        "Vladimirovich Putin for the invitation to take part in the Valdai Discussion Club.",
        "- As is known, Azerbaijan has good relations with Western countries. Doesn\u2019t "
        "this prevent you from cooperating with Russia?",
    });
    EXPECT_EQ(speaker_of(body, "responded to questions from Channel One"), "-");
    EXPECT_EQ(speaker_of(body, "has responded to questions from correspondents"), "-");
    EXPECT_EQ(speaker_of(body, "Alexey Golovko, the Vesti program"), "Alexey Golovko");
    EXPECT_EQ(speaker_of(body, "Very nice to meet you"), "Ilham Aliyev");
    EXPECT_EQ(speaker_of(body, "Special attention is being paid"), "Alexey Golovko");
    EXPECT_EQ(speaker_of(body, "I would like to express my gratitude"), "Ilham Aliyev");
    EXPECT_EQ(speaker_of(body, "Azerbaijan has good relations with Western"), "Alexey Golovko");
}

// A Kremlin page's heading `Answers to media questions`: `questions` after an answering word
// is the noun, no verb of speech with `Answers` as its speaker; the lead and the turns after
// it are read as ever.
TEST(PrintedInterview, AnswersToMediaQuestionsIsNoOnesWords) {
    const auto passages = test::transcript_passages(
        kTable,
        lines({
            "Answers to media questions",
            "Vladimir Putin and President of the Republic of Belarus Alexander Lukashenko answered "
            "media questions following a meeting on the development of the Russia-Belarus cultural "
            "and humanitarian ties.",
            "Question: Mr Lukashenko, Mr Putin,",
            "President of the Republic of Belarus Alexander Lukashenko: The President and I just a "
            "moment ago said that this question would be asked right after the meeting.",
        }),
        "Answers to media questions");
    EXPECT_EQ(test::paragraph_speaker(passages, "Answers to media questions"), "-");
    EXPECT_EQ(test::paragraph_speaker(passages, "answered media questions following"), "-");
    EXPECT_EQ(test::paragraph_speaker(passages, "The President and I just a moment ago"),
              "Alexander Lukashenko");
}

// A news page printing an interview as a transcript (`Armin Wolf: …` / `Vladimir Putin: …`,
// four turns or more): an unlabelled paragraph goes on with the turn before it.
TEST(PrintedInterview, NewsPageLaidOutAsATranscript) {
    const std::string body = lines({
        "Ahead of his visit to Austria, the President of Russia answered questions from "
        "Austria\u2019s ORF news presenter Armin Wolf.",
        "Austrian Broadcasting Corporation (ORF) news presenter Armin Wolf: Mr President, your "
        "first foreign visit takes you to Austria. Is this is a kind of incentive?",
        "President of Russia Vladimir Putin: I do not think such a highly respected European "
        "state as Austria needs any incentives.",
        "We are implementing major projects. Owing to our cooperation, Baumgarten, and "
        "therefore Austria, has become Europe\u2019s biggest gas hub.",
        "Armin Wolf: The Russian Government partially maintains good relations with some "
        "members of the Austrian Government. Why this party in particular?",
        "Vladimir Putin: You said that the Russian Government maintains good relations with "
        "Austria.",
        "I was a co-founder of the United Russia party, but I am not currently a member.",
        "Armin Wolf: I was speaking about Mr Prigozhin.",
        "Vladimir Putin: I will tell you about Mr Prigozhin.",
    });
    EXPECT_EQ(speaker_of(body, "Owing to our cooperation, Baumgarten"), "Vladimir Putin");
    EXPECT_EQ(speaker_of(body, "I was a co-founder of the United Russia party"), "Vladimir Putin");
    EXPECT_EQ(speaker_of(body, "partially maintains good relations"), "Armin Wolf");
}

// `… has been interviewed by the general director of …, Dmitry Kiselev, for Sputnik
// Azerbaijan.`: the person named after `by` asks, the one interviewed answers.
TEST(PrintedInterview, InterviewedByANamedPerson) {
    const std::string body = lines({
        "President of the Republic of Azerbaijan Ilham Aliyev has been interviewed by the "
        "general director of the \u201cRussia Today\u201d International News Agency, Dmitry "
        "Kiselev, for Sputnik Azerbaijan.",
        "- Mr. President, let me sincerely congratulate you on the great anniversary of your "
        "state. So what is Azerbaijan like now?",
        "- It is a landmark date indeed. Twenty-five years is a long time.",
    });
    EXPECT_EQ(speaker_of(body, "let me sincerely congratulate you"), "Dmitry Kiselev");
    EXPECT_EQ(speaker_of(body, "It is a landmark date indeed."), "Ilham Aliyev");
}

// `Full text of the joint interview of President of Ukraine X to Agence France-Presse, …`:
// the one the interview is of answers, not the agency named last.
TEST(PrintedInterview, InterviewOfAPerson) {
    const std::string body = lines({
        "Full text of the joint interview of President of Ukraine Volodymyr Zelenskyy to "
        "Agence France-Presse, Reuters and Associated Press. The conversation took place on "
        "June 14.",
        "- Good afternoon, Volodymyr Oleksandrovych. The first question from the Associated "
        "Press. Please tell your expectations from the Biden - Putin meeting?",
        "- These words of the President of the United States are clear to me.",
        "Do we as a state expect any results? I think the whole world expects that.",
    });
    EXPECT_EQ(speaker_of(body, "These words of the President"), "Volodymyr Zelensky");
    EXPECT_EQ(speaker_of(body, "Do we as a state expect any results?"), "Volodymyr Zelensky");
    EXPECT_EQ(speaker_of(body, "The first question from the Associated"), "-");
}

}  // namespace printed_interview_test
