#include "pdf_reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "newsdex/errors.hpp"

using newsdex::InputError;
using newsdex::read_pdf;
using newsdex::SourceFile;

namespace {

const std::string kPdfs = std::string(NEWSDEX_SOURCE_DIR) + "/tests/data/pdf/";

std::string pdf_fixture(const std::string& name) {
    std::ifstream in(kPdfs + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    EXPECT_FALSE(bytes.str().empty()) << name;
    return bytes.str();
}

std::string pdf_problem(const std::string& bytes) {
    try {
        read_pdf(bytes, SourceFile{"in/x.pdf", "x.pdf"});
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), "in/x.pdf");
        return e.problem();
    }
    return "(no error)";
}

}  // namespace

TEST(PdfReader, TwoPageDeclarationLosesHeadersFootersAndPageNumbers) {
    const auto a =
        read_pdf(pdf_fixture("declaration.pdf"), SourceFile{"d/declaration.pdf", "declaration.pdf"});
    EXPECT_EQ(a.id, "declaration.pdf");
    EXPECT_EQ(a.path, "d/declaration.pdf");
    EXPECT_EQ(a.title, "Joint Declaration on Energy Security");
    EXPECT_EQ(a.date, "2021-03-16");
    EXPECT_EQ(a.time, "09:30:00");
    EXPECT_EQ(a.body,
              "The Governments of Valdoria and Ostrel, meeting in Valdor on 16 March 2021, adopt "
              "the following declaration on the security of the energy corridor between their "
              "two countries.\n\n"
              "Both Governments recall their commitments on the Nagorno-Karabakh talks and "
              "their shared wish for a peaceful settlement of the conflicts of the region.\n\n"
              "1. The parties will open the northern gas interconnector to commercial flows "
              "before the end of the year and will inform the Energy Community Secretariat of "
              "the schedule.\n\n"
              "2. The parties will set up a joint crisis group that meets each quarter and "
              "whenever supplies through the corridor fall by a tenth or more.\n\n"
              "Signed in Valdor in two originals, each in the Valdorian and Ostrelian "
              "languages, both texts being equally authentic.");
    EXPECT_EQ(a.body.find("Embargoed"), std::string::npos);
    EXPECT_EQ(a.body.find("Valdoria-Ostrel Joint"), std::string::npos);
}

TEST(PdfReader, UnreadablePdfsAreInputErrors) {
    EXPECT_EQ(pdf_problem(pdf_fixture("encrypted.pdf")), "PDF is encrypted");
    EXPECT_EQ(pdf_problem(pdf_fixture("image-only.pdf")), "PDF has no extractable text");
    EXPECT_EQ(pdf_problem("%PDF-1.4\n"), "not a readable PDF (damaged or truncated)");
    EXPECT_EQ(pdf_problem("not a PDF at all"), "not a readable PDF (damaged or truncated)");
    EXPECT_EQ(pdf_problem(""), "not a readable PDF (damaged or truncated)");
}

TEST(PdfReader, TruncatedPdfIsAnErrorOrWhatSurvives) {
    const auto whole = pdf_fixture("declaration.pdf");
    for (std::size_t cut = 16; cut < whole.size(); cut += whole.size() / 23) {
        try {
            const auto a = read_pdf(whole.substr(0, cut), SourceFile{"t.pdf", "t.pdf"});
            EXPECT_FALSE(a.body.empty()) << cut;
        } catch (const InputError& e) {
            EXPECT_FALSE(e.problem().empty()) << cut;
        }
    }
}
