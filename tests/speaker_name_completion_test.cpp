// A `speaker:` field typed without quotes before a whole name takes the name's other words:
// `speaker:Ilham Aliyev Karabakh` filters by Ilham Aliyev and searches Karabakh, while words
// that do not continue a speaker's name, and any query syntax, stay as typed.

#include <gtest/gtest.h>
#include <xapian.h>

#include "newsdex/schema.hpp"
#include "speaker_name_completion.hpp"

namespace {

namespace s = newsdex::schema;

Xapian::Database speakers_index() {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const char* name : {"Ilham Aliyev", "Recep Tayyip Erdogan", "Vladimir Putin",
                             "Volodymyr Zelensky", "Zelenskyy"}) {
        Xapian::Document doc;
        for (const auto& t : s::filter_terms(s::kSpeaker, name)) doc.add_boolean_term(t);
        db.add_document(doc);
    }
    return db;
}

std::string complete(const std::string& query) {
    static const auto db = speakers_index();
    return newsdex::complete_speaker_names(query, db);
}

TEST(SpeakerNameCompletion, TheWordsOfAWholeNameJoinTheField) {
    EXPECT_EQ(complete("speaker:Ilham Aliyev Nagorno-Karabakh"),
              "speaker:\"Ilham Aliyev\" Nagorno-Karabakh");
    EXPECT_EQ(complete("speaker:Recep Tayyip Erdogan Idlib"),
              "speaker:\"Recep Tayyip Erdogan\" Idlib");
    EXPECT_EQ(complete("Minsk speaker:vladimir putin"), "Minsk speaker:\"vladimir putin\"");
    EXPECT_EQ(complete("SPEAKER:Əliyev"), "SPEAKER:Əliyev");  // one word: nothing to join
    EXPECT_EQ(complete("speaker:ilham aliyev speaker:vladimir putin gas"),
              "speaker:\"ilham aliyev\" speaker:\"vladimir putin\" gas");
}

TEST(SpeakerNameCompletion, WordsThatAreNoNameAndSyntaxStayAsTyped) {
    // Putin is a speaker, but not one named Recep … Putin.
    EXPECT_EQ(complete("speaker:erdogan putin meeting"), "speaker:erdogan putin meeting");
    EXPECT_EQ(complete("speaker:aliyev karabakh"), "speaker:aliyev karabakh");
    EXPECT_EQ(complete("speaker:\"ilham\" aliyev"), "speaker:\"ilham\" aliyev");
    EXPECT_EQ(complete("speaker:ilham \"aliyev\""), "speaker:ilham \"aliyev\"");
    EXPECT_EQ(complete("speaker:ilham AND aliyev"), "speaker:ilham AND aliyev");
    EXPECT_EQ(complete("speaker:ilham -aliyev"), "speaker:ilham -aliyev");
    EXPECT_EQ(complete("speaker:ilham aliyev*"), "speaker:ilham aliyev*");
    EXPECT_EQ(complete("\"speaker:ilham aliyev\""), "\"speaker:ilham aliyev\"");
    EXPECT_EQ(complete("myspeaker:ilham aliyev"), "myspeaker:ilham aliyev");
    EXPECT_EQ(complete("speaker:"), "speaker:");
    EXPECT_EQ(complete("speaker: ilham aliyev"), "speaker: ilham aliyev");
}

}  // namespace
