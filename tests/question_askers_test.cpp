// Who asks a transcript's questions: askers who say who they are (at the start of a
// question, or when the host asks), askers a moderator calls with their outlet, and the
// follow-ups the same asker goes on asking — through build_passages on short transcripts in
// the White House's and the Kremlin's shapes.

#include <gtest/gtest.h>

#include "passage_builder.hpp"

// Its own namespace: the attribution tests are compiled together (tests/CMakeLists.txt).
namespace question_askers_test {

using namespace newsdex;

namespace {

// Each turn paragraph's speaker, in order ("-" for none).
std::vector<std::string> turn_speakers(const std::string& body,
                                       const std::string& speakers = "- name: Donald Trump\n") {
    Article a;
    a.id = "t";
    a.kind = "transcript";
    a.title = "Remarks by President Trump before a meeting";
    a.body = body;
    AnalysisTables tables{SpeakerTable::parse(speakers, "t.yaml"), TopicTagger()};
    std::vector<std::string> out;
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::turn) out.push_back(p.speaker.value_or("-"));
    return out;
}

}  // namespace

TEST(QuestionAskers, TheAskerWhoNamesThemselfAndTheirFollowUps) {
    EXPECT_EQ(
        turn_speakers(
            "PRESIDENT TRUMP: Yeah, please.\n\n"
            "Q Yes, sir. Thank you, Mr. President. Amanda Head with Just the News. On the "
            "southern border, you’ve got DHS and ICE, who are reporting —\n\n"
            "PRESIDENT TRUMP: Yeah.\n\n"
            "Q — on both the catch and the release side.\n\n"
            "PRESIDENT TRUMP: They cheated on the numbers.\n\n"
            "Q Do you know how many of those are criminal illegal aliens?\n\n"
            "PRESIDENT TRUMP: Many of them. They gave phony numbers, and phony numbers are "
            "a very bad thing to give. But I’m not sure about that. I don’t know how it "
            "would play. We want to get it straightened out.\n\n"
            "Q Can you hold anyone accountable?\n"),
        (std::vector<std::string>{"Donald Trump", "Amanda Head", "Donald Trump", "Amanda Head",
                                  "Donald Trump", "Amanda Head", "Donald Trump", "-"}));
}

TEST(QuestionAskers, ANameGivenWhenTheHostAsksWhoTheAskerIs) {
    EXPECT_EQ(
        turn_speakers("PRESIDENT TRUMP: I love that question.\n\n"
                      "Q Right.\n\n"
                      "PRESIDENT TRUMP: Who are you with?\n\n"
                      "Q Just the News. Amanda Head.\n\n"
                      "PRESIDENT TRUMP: Very nice. That’s good.\n\n"
                      "Q And Biden is out of office —\n\n"
                      "PRESIDENT TRUMP: Yeah.\n\n"
                      "Q — Alejandro Mayorkas. Who gets held accountable?\n"),
        (std::vector<std::string>{"Donald Trump", "Amanda Head", "Donald Trump", "Amanda Head",
                                  "Donald Trump", "Amanda Head", "Donald Trump", "Amanda Head"}));
}

TEST(QuestionAskers, TheFloorGivenToSomeoneElseEndsTheAskersTurns) {
    const std::string asked =
        "Q Thank you, Mr. President. Trevor Hunnicutt with Reuters. Will you sign it?\n\n";
    for (const char* reply :
         {"Yes, please.", "Go ahead.", "Yeah, Steve.", "Andrea?", "Next question."})
        EXPECT_EQ(turn_speakers(asked + "PRESIDENT TRUMP: " + reply + "\n\nQ And when?\n"),
                  (std::vector<std::string>{"Trevor Hunnicutt", "Donald Trump", "-"}))
            << reply;
    // A question opening as a new asker's, or straight after another question.
    EXPECT_EQ(turn_speakers(asked + "PRESIDENT TRUMP: Soon.\n\nQ Thank you, sir. When?\n"),
              (std::vector<std::string>{"Trevor Hunnicutt", "Donald Trump", "-"}));
    EXPECT_EQ(turn_speakers(asked + "Q When?\n"),
              (std::vector<std::string>{"Trevor Hunnicutt", "-"}));
    // After a short reply that gives the floor to no one, the same asker goes on.
    EXPECT_EQ(turn_speakers(asked + "PRESIDENT TRUMP: Soon.\n\nQ His bill, when?\n"),
              (std::vector<std::string>{"Trevor Hunnicutt", "Donald Trump", "Trevor Hunnicutt"}));
}

TEST(QuestionAskers, AReporterGreetedByAFirstNameIsNotNamed) {
    EXPECT_EQ(turn_speakers("MODERATOR: Next question, please.\n\n"
                            "Q Hey, guys, thanks for doing this. Hi, Justin. Is there a fear "
                            "that this concedes the breakaway territories?\n\n"
                            "SENIOR ADMINISTRATION OFFICIAL: No.\n\n"
                            "Q Andrea. Is there anything else in your toolkit?\n"),
              (std::vector<std::string>{"-", "-", "-", "-"}));
}

TEST(QuestionAskers, KremlinAndPressCallShapes) {
    // `Name, Outlet.` after a greeting.
    EXPECT_EQ(turn_speakers("Vladimir Putin: Please, go ahead.\n\n"
                            "Question: Good afternoon, Mr President. Pavel Zarubin, Rossiya TV "
                            "channel. What did you agree on?\n"),
              (std::vector<std::string>{"Vladimir Putin", "Pavel Zarubin"}));
    // `This is Name with Outlet`.
    EXPECT_EQ(turn_speakers("MODERATOR: Go ahead.\n\n"
                            "Q Hi, this is Aamer Madhani with the AP. Thanks for doing this.\n"),
              (std::vector<std::string>{"-", "Aamer Madhani"}));
    // `My name is`, `I am`: no outlet needed; a name further into the question is not the asker.
    EXPECT_EQ(turn_speakers("Vladimir Putin: Please.\n\n"
                            "Question: Good afternoon. My name is Maria Ivanova, I am a student. "
                            "What do you think?\n\nVladimir Putin: Thank you.\n\n"
                            "Question: Mr President, first, congratulations. Second, a question "
                            "about the sanctions on Russia, which have now lasted for years. "
                            "Third, about the talks. Fourth. Fifth. Sixth. Then, Jim Jordan with "
                            "Reuters said so.\n"),
              (std::vector<std::string>{"Vladimir Putin", "Maria Ivanova", "Vladimir Putin", "-"}));
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: Yes.\n\n"
                            "Q Thank you. Jim Jordan, with his allies, says it is over. Is it?\n"),
              (std::vector<std::string>{"Donald Trump", "-"}));
    // A reporter's turn is a question too.
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: Yes.\n\n"
                            "REPORTER: Hi, Jeff Mason from Reuters. When will you go?\n"),
              (std::vector<std::string>{"Donald Trump", "Jeff Mason"}));
    // A moderator calling the next asker with their outlet.
    EXPECT_EQ(turn_speakers("MODERATOR: Our next question comes from Jeff Mason with Reuters.\n\n"
                            "Q Thanks. Can you say more about the timing?\n"),
              (std::vector<std::string>{"-", "Jeff Mason"}));
    EXPECT_EQ(turn_speakers("OPERATOR: Next, we'll go to the line of Andrea Mitchell.\n\n"
                            "Q Hi. Is there anything else in your toolkit?\n"),
              (std::vector<std::string>{"-", "Andrea Mitchell"}));
    EXPECT_EQ(turn_speakers("Dmitry Peskov: Pavel Zarubin, please.\n\n"
                            "Question: Mr President, what did you agree on?\n"),
              (std::vector<std::string>{"Dmitry Peskov", "Pavel Zarubin"}));
    // An acronym outlet, and someone the host only speaks of.
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: I spoke to Vladimir Putin.\n\n"
                            "Q Mr. President, Nancy Cordes, CBS, and what did he say?\n"),
              (std::vector<std::string>{"Donald Trump", "Nancy Cordes"}));
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: I spoke to Vladimir Putin.\n\n"
                            "Q What did he say?\n"),
              (std::vector<std::string>{"Donald Trump", "-"}));
}

// A White House joint press conference (Camp David, 2023): the interpreter's note comes
// before the reporter's own introduction, and the outlet follows `of`.
TEST(QuestionAskers, AnInterpretedSelfIntroduction) {
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: Please go ahead and ask a question.\n\n"
                            "Q (As interpreted.) Hi, I’m Jongjin Park of Money Today. First of "
                            "all, I would like to ask a question to President Yoon.\n\n"
                            "And now my question goes to President Biden.\n"),
              (std::vector<std::string>{"Donald Trump", "Jongjin Park", "Jongjin Park"}));
    // From French (Biden and Macron, 2022): a dash before the name, `on behalf of` the outlet.
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: On this side.\n\n"
                            "Q (As interpreted.) Presidents — William Galibert, on behalf of RTL "
                            "Radio.\n\nIn French, we say, “There is no free lunch.”\n"),
              (std::vector<std::string>{"Donald Trump", "William Galibert", "William Galibert"}));
}

// A White House press call (January 2025): whom the moderator puts on the line keeps it for a
// follow-up after a long answer, until the moderator calls the next line.
TEST(QuestionAskers, TheCalledAskerHoldsTheLine) {
    EXPECT_EQ(
        turn_speakers(
            "MODERATOR: Thanks. First up, we’ll go to the line of Andrea Shalal.\n\n"
            "Q Oh, terrific. Hey, John. Thanks so much for doing this. What about the deal?\n\n"
            "MR. KIRBY: Yeah, look, Andrea, this isn’t about Japan. This is about U.S. "
            "steelmaking and keeping one of the largest steel producers in the country American "
            "owned and operated, and that is what the President decided yesterday.\n\n"
            "Q Okay. Thanks, John. And also, I just wanted to ask about the attack.\n\n"
            "MR. KIRBY: I will tell you that we absolutely have kept a close eye on it, and we "
            "will keep doing so as long as the investigation goes on, with the FBI in the "
            "lead.\n\n"
            "MODERATOR: Next up, we’ll go to the line of Aurelia.\n\n"
            "Q Hi, and thanks so much for doing this. What about Musk?\n"),
        (std::vector<std::string>{"-", "Andrea Shalal", "Kirby", "Andrea Shalal", "Kirby", "-",
                                  "-"}));
}

TEST(QuestionAskers, AnAskerWhoGivesTheirNameInALaterParagraphAskedTheWholeTurn) {
    // Remarks by President Biden and Prime Minister Sunak, 8 June 2023 (public domain).
    EXPECT_EQ(
        turn_speakers("PRESIDENT BIDEN: Thank you, Mr. Prime Minister.\n\n"
                      "Q Thank you, Mr. President.\n\n"
                      "PRESIDENT BIDEN: I think you’re going to steal the mic. That’s why "
                      "they’re —\n\n"
                      "Q (Laughs.) Yeah, they’re holding on to it.\n\n"
                      "Laura Barrón-López with the PBS NewsHour. All over the country, Mr. "
                      "President, Republican-led states are passing laws.\n\n"
                      "PRESIDENT BIDEN: Let me answer your first question.\n"),
        (std::vector<std::string>{"Biden", "Laura Barrón-López", "Biden", "Laura Barrón-López",
                                  "Laura Barrón-López", "Biden"}));
}

TEST(QuestionAskers, TheHostAskingBackAboutTheQuestionKeepsItsAsker) {
    // The same press conference: a long answer, then the host asks what the first part of
    // the question was; the reply is the same asker's.
    EXPECT_EQ(
        turn_speakers(
            "PRIME MINISTER SUNAK: Thank you. Last question is the Times.\n\n"
            "Q Thank you. Chris Smyth from The Times. Prime Minister, you’ve made clear your "
            "support for free trade.\n\n"
            "PRESIDENT BIDEN: Maybe. That remains to be seen. We’re going to have to get a "
            "consensus within NATO to see that happen. They have a candidate who’s a very "
            "qualified individual. But we’re going to have to wait and see.\n\n"
            "And with regard to the first part of your question you wanted me to respond "
            "to?\n\n"
            "Q It was about: Is the new Washington Consensus simply another way of saying "
            "“America first”?\n\n"
            "PRESIDENT BIDEN: Well, look, my economic policy is totally consistent.\n"),
        (std::vector<std::string>{"Sunak", "Chris Smyth", "Biden", "Biden", "Chris Smyth",
                                  "Biden"}));
}

TEST(QuestionAskers, AnInterviewerTheTitleNamesAsksTheUnnamedQuestions) {
    // Secretary Antony J. Blinken With Lester Holt of NBC Nightly News (state.gov, public
    // domain).
    Article a;
    a.id = "t";
    a.kind = "transcript";
    a.title = "Secretary Antony J. Blinken With Lester Holt of NBC Nightly News";
    a.body =
        "QUESTION: Let me welcome Secretary of State Antony Blinken.\n\n"
        "SECRETARY BLINKEN: Lester, it’s no surprise that we have very different systems.\n\n"
        "QUESTION: Secretary Blinken, if I can ask you about the war in Gaza.\n\n"
        "SECRETARY BLINKEN: Go ahead, please.\n";
    AnalysisTables tables{SpeakerTable::parse("- name: Antony Blinken\n", "t.yaml"),
                          TopicTagger()};
    std::vector<std::string> got;
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::turn) got.push_back(p.speaker.value_or("-"));
    EXPECT_EQ(got, (std::vector<std::string>{"Lester Holt", "Antony Blinken", "Lester Holt",
                                             "Antony Blinken"}));
    // A press conference `With` someone who has turns of their own names no interviewer.
    a.title = "Press Conference With Antony Blinken";
    got.clear();
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::turn) got.push_back(p.speaker.value_or("-"));
    EXPECT_EQ(got, (std::vector<std::string>{"-", "Antony Blinken", "-", "Antony Blinken"}));
}

TEST(QuestionAskers, TheHostTheAnswerGreetsAsks) {
    // Secretary Antony J. Blinken with Joe Scarborough, Mika Brzezinski, and Willie Geist of
    // Morning Joe, MSNBC (state.gov, 16 February 2022, public domain): the answer greets the
    // host who asked; a question it greets no one in is hers too, and so is her line calling
    // on the next asker, whom the next answer greets.
    Article a;
    a.id = "t";
    a.kind = "news";
    a.title =
        "Secretary Antony J. Blinken with Joe Scarborough, Mika Brzezinski, and Willie "
        "Geist of Morning Joe, MSNBC";
    a.body =
        "QUESTION:  Joining us now, U.S. Secretary of State Antony Blinken.  Mr. Secretary, "
        "thank you for being on with us this morning.\n\n"
        "SECRETARY BLINKEN:  Good morning, Mika.\n\n"
        "QUESTION:  Russia suggested yesterday it was pulling back its forces.  What does U.S. "
        "intel say about this?\n\n"
        "SECRETARY BLINKEN:  Well, there’s what Russia says and then there’s what Russia "
        "does.\n\n"
        "QUESTION:  Jonathan Lemire.\n\n"
        "QUESTION:  Mr. Secretary of State, good to see you.\n\n"
        "SECRETARY BLINKEN:  Well, Jonathan, that’s exactly right.\n";
    AnalysisTables tables{SpeakerTable::parse("- name: Antony Blinken\n", "t.yaml"), TopicTagger()};
    std::vector<std::string> got;
    for (const auto& p : build_passages(a, tables))
        if (p.kind == PassageKind::turn) got.push_back(p.speaker.value_or("-"));
    EXPECT_EQ(got, (std::vector<std::string>{"Mika Brzezinski", "Antony Blinken", "Mika Brzezinski",
                                             "Antony Blinken", "Mika Brzezinski", "Jonathan Lemire",
                                             "Antony Blinken"}));
    EXPECT_EQ(attribution::hosts_of_title(a.title),
              (std::vector<std::string>{"Joe Scarborough", "Mika Brzezinski", "Willie Geist"}));
}

TEST(QuestionAskers, InterviewerOfTitle) {
    using attribution::interviewer_of_title;
    EXPECT_EQ(interviewer_of_title("Secretary Antony J. Blinken With Jake Tapper of CNN’s The "
                                   "Lead With Jake Tapper"),
              "Jake Tapper");
    EXPECT_EQ(interviewer_of_title("Secretary Antony J. Blinken and Ukrainian Foreign Minister "
                                   "Dmytro Kuleba Before Their Meeting"),
              std::nullopt);
    EXPECT_EQ(interviewer_of_title("Secretary Blinken’s Meeting With Foreign Minister Kuleba"),
              std::nullopt);
    // A surname with an apostrophe ends the title (state.gov, 24 February 2022).
    EXPECT_EQ(interviewer_of_title(
                  "Secretary Antony J. Blinken on CBS Evening News with Norah O'Donnell"),
              "Norah O'Donnell");
}

TEST(QuestionAskers, NamesInAnyScriptAndAidesCallingTheNextAsker) {
    // Remarks by Vice President Harris and President Duda, Warsaw, 10 March 2022 (public
    // domain): a Polish reporter names herself, the aides call the next askers.
    EXPECT_EQ(
        turn_speakers("Q (As interpreted.) My name is Żaklina Skowrońska. I represent Polish "
                      "Television. I would like to ask my question.\n\n"
                      "VICE PRESIDENT HARRIS: It cannot be said too frequently.\n\n"
                      "WHITE HOUSE AIDE: The next question will come from Nandita Bose of "
                      "Reuters.\n\n"
                      "Q Hi, Madam Vice President. Thank you for taking my question.\n\n"
                      "VICE PRESIDENT HARRIS: I want to be very clear.\n\n"
                      "POLISH AIDE: Maja Wójcikowska, TVN24.\n\n"
                      "Q Madam Vice President, each day we can see death.\n\n"
                      "WHITE HOUSE AIDE: And the final question will be from Asma Khalid of "
                      "NPR.\n\n"
                      "Q Thank you. Thank you, Madam Vice President.\n"),
        (std::vector<std::string>{"Żaklina Skowrońska", "Harris", "-", "Nandita Bose", "Harris",
                                  "-", "Maja Wójcikowska", "-", "Asma Khalid"}));
}

TEST(QuestionAskers, AnAskerWhoIsActuallySomeoneAndABracketedAddressee) {
    // Background press call on Russia and Ukraine, 21 February 2022 (public domain): the
    // bracketed placeholder for the official addressed is no turn label.
    EXPECT_EQ(
        turn_speakers("SENIOR ADMINISTRATION OFFICIAL: Again, I think you’re just citing the "
                      "same report.\n\n"
                      "Q Hi, guys. Thanks for doing this. It’s actually Cecilia Vega with ABC.\n\n"
                      "[Senior administration official], can you say anything more about the "
                      "proposed Biden-Putin summit?\n\n"
                      "SENIOR ADMINISTRATION OFFICIAL: Well, we’ve said a few things about "
                      "this all along.\n"),
        (std::vector<std::string>{"-", "Cecilia Vega", "Cecilia Vega", "-"}));
}

// Remarks by President Biden and President Yoon Suk Yeol in joint press conference (Seoul,
// 2022): the host's line is the asker's full name and nothing else; the follow-up the host
// asks back for is theirs too.
TEST(QuestionAskers, AHostLineThatIsOnlyAFullNameCallsTheAsker) {
    EXPECT_EQ(
        turn_speakers(
            "PRESIDENT BIDEN: Trevor Hunnicutt.\n\n"
            "Q Thank you. First of all, President Yoon, your joint statement mentions a "
            "number of initiatives that you’ll be working on together.\n\n"
            "PRESIDENT BIDEN: Would you like me to go first? What was the other question you "
            "asked me?\n\n"
            "Q The TPP — the TPP and whether there’s room for a broader trade deal to come out "
            "of the Indo-Pacific Economic Framework.\n",
            "- name: Joe Biden\n  aliases: [Biden]\n"),
        (std::vector<std::string>{"Joe Biden", "Trevor Hunnicutt", "Joe Biden",
                                  "Trevor Hunnicutt"}));
}

// Press gaggle by President Trump aboard Air Force One (March 9, 2025): the asker gives
// their name only when the host asks who they are with; the questions of the exchange
// before it are theirs.
TEST(QuestionAskers, ANameGivenWhenAskedNamesTheExchangeBefore) {
    EXPECT_EQ(
        turn_speakers("PRESIDENT TRUMP: A lot of people died this week, as you know, in "
                      "Ukraine. Not only Ukrainians, but Russians. So, I think everybody wants "
                      "to see it get done. And I think it will get done.\n\n"
                      "Q Mr. President, is Putin disrespecting you by attacking Ukraine when "
                      "you’re trying to make peace there?\n\n"
                      "PRESIDENT TRUMP: Who? Who?\n\n"
                      "Q Is President Putin disrespecting you by attacking Ukraine when you’re "
                      "trying to make peace there?\n\n"
                      "PRESIDENT TRUMP: Is he disrespecting me?\n\n"
                      "Q Yeah.\n\n"
                      "PRESIDENT TRUMP: Who are you with?\n\n"
                      "Q I’m Michael Birnbaum, with the Washington Post.\n"),
        (std::vector<std::string>{"Donald Trump", "Michael Birnbaum", "Donald Trump",
                                  "Michael Birnbaum", "Donald Trump", "Michael Birnbaum",
                                  "Donald Trump", "Michael Birnbaum"}));
}

// Remarks by President Biden and President Zelenskyy in joint press conference (December
// 2023): a line that is only a name calls the question straight after it (`But, Danny
// Kemp.`), not one asked after other turns (`Slava Ukraini.`); askers who name themselves
// with their outlet and post, with `for` their outlet, or with a name written `O’Grady`
// (the last from the press conference of Jake Sullivan and Andriy Yermak in Kyiv, 2024).
TEST(QuestionAskers, CallsByANameAloneAndAskersWhoGiveTheirPostOrOutlet) {
    const std::string speakers = "- name: Joe Biden\n  aliases: [Biden]\n";
    EXPECT_EQ(turn_speakers("PRESIDENT ZELENSKYY: Thank you, America.\n\n"
                            "Slava Ukraini.\n\n"
                            "PRESIDENT BIDEN: Thank you. Look, we’re going to alternate asking "
                            "questions.\n\n"
                            "But, Danny Kemp.\n\n"
                            "Q Thank you, Mr. President. For President Biden, Ukraine’s "
                            "counteroffensive has — has stalled in recent months.\n",
                            speakers)
                  .back(),
              "Danny Kemp");
    EXPECT_EQ(turn_speakers("PRESIDENT ZELENSKYY: Thank you, America.\n\n"
                            "Slava Ukraini.\n\n"
                            "PRESIDENT BIDEN: Thank you. Look, we’re going to alternate asking "
                            "questions.\n\n"
                            "Q Thank you, Mr. President.\n",
                            speakers)
                  .back(),
              "-");
    for (const auto& [question, asker] : std::vector<std::pair<std::string, std::string>>{
             {"Thank you for my taking my question. Dmytro Anopchenko, Ukrainian Television, "
              "U.S. correspondent. Many Republican voices say so.",
              "Dmytro Anopchenko"},
             {"Thank you so much. My name is Yaroslav Dovgopol for News Agency Ukraine. Next "
              "summer, the United States will host an anniversary NATO summit.",
              "Yaroslav Dovgopol"},
             {"Thank you. I’m Siobhán O’Grady from the Washington Post. Mr. Sullivan, can you "
              "respond?",
              "Siobhán O’Grady"}})
        EXPECT_EQ(turn_speakers("PRESIDENT BIDEN: Your turn.\n\nQ " + question + "\n", speakers),
                  (std::vector<std::string>{"Joe Biden", asker}))
            << question;
}

TEST(QuestionAskers, AHostsLastSentenceNamingTheAskerAndOutlet) {
    // Remarks by Vice President Harris and President Zelenskyy in Joint Press Conference,
    // Munich, 17 February 2024 (White House).
    EXPECT_EQ(turn_speakers("VICE PRESIDENT HARRIS: We will take questions now from the press. "
                            "Cleve Wootson of the Washington Post.\n\n"
                            "Q Madam Vice President, hello.\n\n"
                            "VICE PRESIDENT HARRIS: Hello.\n\n"
                            "Q You’ve spoken about enduring American support for Ukraine.\n",
                            "- name: Kamala Harris\n"),
              (std::vector<std::string>{"Kamala Harris", "Cleve Wootson", "Kamala Harris",
                                        "Cleve Wootson"}));
    // A last sentence that names someone without an outlet calls no one.
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: We spoke to him. Steve Witkoff did a great job.\n\n"
                            "Q What happens next?\n"),
              (std::vector<std::string>{"Donald Trump", "-"}));
}

TEST(QuestionAskers, AnOutletOrATownBeforeTheAskersName) {
    // News conference of Vladimir Putin, 20 December 2012 (en.kremlin.ru, CC BY 4.0): askers
    // who give their outlet or town first, or their outlet after the name with `the`.
    const std::string table = "- name: Vladimir Putin\n";
    for (const auto& [question, asker] : std::vector<std::pair<std::string, std::string>>{
             {"Associated Press, Vladimir Isachenkov. My question is about the economy.",
              "Vladimir Isachenkov"},
             {"RIA Novosti, Yelena Glushakova. My question is about the economy.",
              "Yelena Glushakova"},
             {"Vesti FM and Radio Mayak, Valery Sanfirov. My question is about the economy.",
              "Valery Sanfirov"},
             {"Good afternoon, Mr President. Syktyvkar, Komi Republic, Darya Shuchalina. My "
              "question is about the economy.",
              "Darya Shuchalina"},
             {"Mr President, Alexei Anishchouk, the Reuters news agency.", "Alexei Anishchouk"},
             {"Good afternoon, Mr President, Anastasia Subayeva, Greater Cheremshan newspaper, "
              "Ulyanovsk Region.",
              "Anastasia Subayeva"},
             {"Inessa Zemler, Ekho Moskvy.", "Inessa Zemler"},
             // A place named with no one after it names no asker.
             {"Good afternoon. The Komi Republic, Mr President, has a question.", "-"}})
        EXPECT_EQ(turn_speakers("Vladimir Putin: Please.\n\nQuestion: " + question + "\n", table),
                  (std::vector<std::string>{"Vladimir Putin", asker}))
            << question;
}

TEST(QuestionAskers, AHostWhoCallsOnTheAsker) {
    // Remarks by President Biden and Prime Minister Lee Hsien Loong of Singapore in Joint
    // Press Conference, 29 March 2022 (White House).
    EXPECT_EQ(
        turn_speakers("PRIME MINISTER LEE: I call on Dawn Tan, Channel NewsAsia.\n\n"
                      "Q Good afternoon, Mr. President. Good afternoon —\n\n"
                      "PRIME MINISTER LEE: Use the mic.\n\n"
                      "Q Oh. Good afternoon, Mr. President.\n",
                      "- name: Lee Hsien Loong\n  aliases: [Lee]\n"),
        (std::vector<std::string>{"Lee Hsien Loong", "Dawn Tan", "Lee Hsien Loong", "Dawn Tan"}));
}

// Remarks by President Biden in press conference (NATO Headquarters, Brussels, 2022): an
// asker the host picked without a name gives it when asked, with no question yet; her
// question after the host's `Okay.` is hers though it opens with `Sir,`, and, named at the
// host's asking, she holds the floor through his longer answer.
TEST(QuestionAskers, AnAskerNamedAtTheHostsAskingHoldsTheFloor) {
    // (The helper's title names another president; only the askers are checked here.)
    const auto speakers = turn_speakers(
            "THE PRESIDENT: Someone I haven’t called on before. You.\n\n"
            "Q Mr. President —\n\n"
            "THE PRESIDENT: Who are you?\n\n"
            "Q I’m Christina Ruffini from CBS. Thank you, sir.\n\n"
            "THE PRESIDENT: Okay.\n\n"
            "Q Sir, deterrence didn’t work. What makes you think Vladimir Putin will alter "
            "course based on the action you’ve taken today?\n\n"
            "THE PRESIDENT: Let’s get something straight: You remember, if you’ve covered me "
            "from the beginning, I did not say that in fact the sanctions would deter him. "
            "Sanctions never deter. You keep talking about that.\n\n"
            "Q Do you believe the actions today will have an impact on making Russia change "
            "course in Ukraine?\n");
    ASSERT_EQ(speakers.size(), 8u);
    EXPECT_EQ(speakers[3], "Christina Ruffini");
    EXPECT_EQ(speakers[5], "Christina Ruffini");
    EXPECT_EQ(speakers[7], "Christina Ruffini");
}

// Calls worded as a host words them at a press conference: after `last question,`, with
// `recognizing`, as `How about …?`, and a name with an outlet after a false start.
TEST(QuestionAskers, HostCallsOfManyWordings) {
    const std::string speakers = "- name: Joe Biden\n";
    auto asker_after = [&](const std::string& call) {
        const auto s = turn_speakers("PRESIDENT BIDEN: " + call +
                                         "\n\nQ Thank you, Mr. President. What is your answer?\n",
                                     speakers);
        return s.size() == 2 ? s[1] : std::string("?");
    };
    EXPECT_EQ(asker_after("And last question, Sebastian Smith of AFP."), "Sebastian Smith");
    EXPECT_EQ(asker_after("We're each going to take two questions. And I'm going to begin by "
                          "recognizing Steve Portnoy and congratulate you on your new job."),
              "Steve Portnoy");
    EXPECT_EQ(asker_after("How about Jen Epstein, Bloomberg?"), "Jen Epstein");
    EXPECT_EQ(asker_after("Umm — I'm sorry. Okay. David Sanger, New York Times."), "David Sanger");
    EXPECT_EQ(asker_after("All right. I guess the first person I'm calling on is Josh. Josh "
                          "Boak. Josh?"),
              "Josh Boak");
    EXPECT_EQ(asker_after("(As interpreted.) We'll now go to a Canadian question. Christian "
                          "Noel."),
              "Christian Noel");
    // A name the host speaks of is no call.
    EXPECT_EQ(asker_after("I spoke with Olaf Scholz about it. He agreed."), "-");
}

// An office the asker addresses (`Thank you very much, Madam Chancellor, Mr. President.`)
// names no asker; nor does a host's call of a surname with its title.
TEST(QuestionAskers, AnOfficeAddressedIsNoAsker) {
    const auto s = turn_speakers(
        "PRESIDENT BIDEN: Oh, sorry. I have to call on Mr. Kynast and his German question.\n\n"
        "Q (As interpreted.) Thank you very much, Madam Chancellor, Mr. President. Allow me, if "
        "I may, to ask a question as regards Nord Stream 2.\n",
        "- name: Joe Biden\n");
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[1], "-");
}

// Askers who name themselves after a word or two, with an outlet of any spelling.
TEST(QuestionAskers, SelfIntroductionsAfterAGreeting) {
    auto asker_of = [](const std::string& question) {
        const auto s = turn_speakers("MR. SULLIVAN: Yeah.\n\nQ " + question + "\n",
                                     "- name: Jake Sullivan\n");
        return s.size() == 2 ? s[1] : std::string("?");
    };
    EXPECT_EQ(asker_of("Janis Mackey Frayer with NBC. A follow-up to the question from Brian. "
                       "What do you make of it?"),
              "Janis Mackey Frayer");
    EXPECT_EQ(asker_of("Yes. Keith Bradsher for the New York Times. Have you made any progress?"),
              "Keith Bradsher");
    EXPECT_EQ(asker_of("Hi. Thank you so much. Owen Alterman from i24NEWS. Two questions, if I "
                       "may. What about the Kurds?"),
              "Owen Alterman");
    EXPECT_EQ(asker_of("So as we get ready — Maayan Hoffman from The Media Line. As we get ready "
                       "to sign, what is left?"),
              "Maayan Hoffman");
}

// `But is there any progress?` after a long answer presses the question before it: the same
// asker's; a question opening otherwise after a long answer is no longer known to be theirs.
TEST(QuestionAskers, AQuestionThatPressesOnAfterALongAnswer) {
    const std::string answer =
        "MR. SULLIVAN: So if you go back to the President's speech in late May, laying out the "
        "terms of a phased ceasefire and hostage deal, the basic elements of that deal are "
        "still live and part of the discussions that are going on now.\n\n";
    const auto pressed = turn_speakers(
        "MR. SULLIVAN: Yeah.\n\nQ Maayan Hoffman from The Media Line. What is left?\n\n" +
            answer + "Q But is there any progress?\n",
        "- name: Jake Sullivan\n");
    ASSERT_EQ(pressed.size(), 4u);
    EXPECT_EQ(pressed[3], "Maayan Hoffman");
    const auto fresh = turn_speakers(
        "MR. SULLIVAN: Yeah.\n\nQ Maayan Hoffman from The Media Line. What is left?\n\n" +
            answer + "Q On Iran, is there a plan?\n",
        "- name: Jake Sullivan\n");
    ASSERT_EQ(fresh.size(), 4u);
    EXPECT_EQ(fresh[3], "-");
}

// `Asma from NPR.` … `Q Thank you, Mr. President. Asma Khalid with NPR.`: called by her
// first name, she holds the floor, and her `If I may, Mr. President, …` after a long answer
// is hers.
TEST(QuestionAskers, CalledByFirstNameTheAskerHoldsTheFloor) {
    const std::string long_answer =
        "Two things. Let’s go back to when you talked about would I have changed anything "
        "that’s happening with Israel and the Palestinians and the rest of the region. The "
        "answer is, as you recall, from the very beginning, I immediately went to Israel, but "
        "I also got in immediate contact with Egypt.";
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: Asma from NPR.\n\n"
                            "Q Thank you, Mr. President. Asma Khalid with NPR. I have two "
                            "questions. Is a ceasefire within reach?\n\n"
                            "PRESIDENT TRUMP: " + long_answer + "\n\n"
                            "Q If I may, Mr. President, a question about “bridge” candidacy. "
                            "What changed?\n\n"
                            "PRESIDENT TRUMP: What changed was the gravity of the situation."),
              (std::vector<std::string>{"Donald Trump", "Asma Khalid", "Donald Trump",
                                        "Asma Khalid", "Donald Trump"}));
}

// `Q President Biden, how soon …`: a question addressed to a leader by office and name,
// after another leader's long answer, opens as a new asker's — not the follow-up of the
// reporter the host called.
TEST(QuestionAskers, AQuestionAddressingALeaderByNameIsANewAskers) {
    const std::string long_answer =
        "(As interpreted.) First of all, this trilateral cooperation amongst our three "
        "countries has opened a new chapter, and we made that announcement today to talk "
        "about the differences from the past cooperation, for security, economy, science "
        "and technology.";
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: The reporter from Money Today — reporter named "
                            "Jongjin Park. Please go ahead with your question.\n\n"
                            "Q (As interpreted.) Hi, I’m Jongjin Park of Money Today. What "
                            "would be the benefit?\n\n"
                            "PRESIDENT TRUMP: " + long_answer + "\n\n"
                            "Q President Biden, how soon do you anticipate meeting with "
                            "President Xi —\n\n"
                            "PRESIDENT TRUMP: They have to answer their questions."),
              (std::vector<std::string>{"Donald Trump", "Jongjin Park", "Donald Trump", "-",
                                        "Donald Trump"}));
}

// `We'll now go to a Canadian question. Christian Noel.` … the guest leader answers at
// length … `Q Mr. President, this question is for you.`: the asker called by name turns to
// the other leader; the question and its next paragraphs are still his.
TEST(QuestionAskers, TheCalledAskerTurnsToTheOtherLeader) {
    const std::string long_answer =
        "(As interpreted.) Thank you, Christian. We’ve known for a long time theoretically "
        "what modernization needed to be made to the Roxham Road, to the agreement. We have "
        "worked on it with our partners for months and months and we got there.";
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: (As interpreted.) We’ll now go to a Canadian "
                            "question. Christian Noel.\n\n"
                            "Q (As interpreted.) Good afternoon, Mr. President. Why so few?\n\n"
                            "PRESIDENT TRUMP: " + long_answer + "\n\n"
                            "Q Mr. President, this question is for you.\n\n"
                            "Are you disappointed that Canada is not part of the forces?\n\n"
                            "PRESIDENT TRUMP: Well, no, I’m not disappointed."),
              (std::vector<std::string>{"Donald Trump", "Christian Noel", "Donald Trump",
                                        "Christian Noel", "Christian Noel", "Donald Trump"}));
}

// `… I'm not so sure that he has — David, I'm not so sure he has — …`: the host turning to
// the asker by first name inside a long answer invites his follow-up, though it opens with
// `Mr. President`; `Thanks, David.` would close the exchange instead.
TEST(QuestionAskers, TheHostTurningToTheAskerByFirstNameKeepsHim) {
    const std::string answer =
        "The answer is that I think he still does not want any full-blown war, number one. "
        "And so, I’m not so sure that he has — David, I’m not so sure he has — is certain "
        "what he’s going to do. My guess is he will move in. He has to do something.";
    const std::string question = "Q Mr. President, it sounds like you’re offering some way "
                                 "out here — some off-ramp. Is there space for that?\n\n";
    EXPECT_EQ(turn_speakers("Q Thank you, Mr. President. David Sanger, New York Times. Has your "
                            "view of him changed?\n\n"
                            "PRESIDENT TRUMP: " + answer + "\n\n" + question +
                            "PRESIDENT TRUMP: Well, yes."),
              (std::vector<std::string>{"David Sanger", "Donald Trump", "David Sanger",
                                        "Donald Trump"}));
    EXPECT_EQ(turn_speakers("Q Thank you, Mr. President. David Sanger, New York Times. Has your "
                            "view of him changed?\n\n"
                            "PRESIDENT TRUMP: The answer is no, I think he still does not want "
                            "any full-blown war. He will test the West, and he will pay a price "
                            "for it. Thanks, David.\n\n" + question +
                            "PRESIDENT TRUMP: Well, yes."),
              (std::vector<std::string>{"David Sanger", "Donald Trump", "-", "Donald Trump"}));
}

// `Next up, we'll go to the line of Aurelia.`: the moderator gives the line to someone
// else, so the question after it is not the last asker's.
TEST(QuestionAskers, TheLineOfSomeoneElseHandsTheFloorOn) {
    EXPECT_EQ(turn_speakers("Q Hi, this is Alex Ward with the Wall Street Journal. Is the "
                            "decision final?\n\n"
                            "PRESIDENT TRUMP: Alex, it is final.\n\n"
                            "MODERATOR: Next up, we’ll go to the line of Aurelia.\n\n"
                            "Q Hi, and thanks so much for doing this. Is Elon Musk right?\n\n"
                            "PRESIDENT TRUMP: I’m not going to speak to that."),
              (std::vector<std::string>{"Alex Ward", "Donald Trump", "-", "-",
                                        "Donald Trump"}));
}

// `is MaryAlice Parker [Parks] of ABC.`: a transcript's correction after the slip, as a
// mirror prints it once the slip's strike-through tags are gone; the asker is the
// corrected name. A bracket that inserts words (`[senior administration official]`) names
// no one.
TEST(QuestionAskers, ABracketedCorrectionAfterTheSlipNamesTheAsker) {
    EXPECT_EQ(turn_speakers("PRESIDENT TRUMP: Thank you. Well, first question, I’m told, is "
                            "MaryAlice Parker [Parks] of ABC.\n\n"
                            "Q Thank you, Mr. President. What is your message to Democrats?\n\n"
                            "PRESIDENT TRUMP: There is no shift.\n\n"
                            "Q Thanks, [senior administration official]. Is there a shift?\n\n"
                            "PRESIDENT TRUMP: No."),
              (std::vector<std::string>{"Donald Trump", "MaryAlice Parks", "Donald Trump", "-",
                                        "Donald Trump"}));
}

}  // namespace question_askers_test
