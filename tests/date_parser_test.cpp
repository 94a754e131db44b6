#include "date_parser.hpp"

#include <gtest/gtest.h>

using newsdex::parse_date;

namespace {
std::string day(const char* text) {
    auto d = parse_date(text);
    return d ? d->day + (d->time.empty() ? "" : " " + d->time) : "(none)";
}
}  // namespace

TEST(DateParser, IsoWithAndWithoutTime) {
    EXPECT_EQ(day("2024-05-14"), "2024-05-14");
    EXPECT_EQ(day("2024-05-14T09:00:00Z"), "2024-05-14 09:00:00");
    EXPECT_EQ(day("2024-05-14T09:00:00.123+02:00"), "2024-05-14 09:00:00");
    EXPECT_EQ(day("2024-05-14 09:00"), "2024-05-14 09:00:00");
    EXPECT_EQ(day(" 2024-05-14 "), "2024-05-14");
}

TEST(DateParser, WrittenForms) {
    EXPECT_EQ(day("14 March 2021"), "2021-03-14");
    EXPECT_EQ(day("March 14, 2021"), "2021-03-14");
    EXPECT_EQ(day("Sun, 14 Mar 2021 09:05:00 +0000"), "2021-03-14 09:05:00");
    EXPECT_EQ(day("Sun, 14 Mar 2021 09:05:00 GMT"), "2021-03-14 09:05:00");
    EXPECT_EQ(day("1 Sept 2022"), "2022-09-01");
}

TEST(DateParser, FeedForms) {
    // Zones feeds write by name, four letters too.
    EXPECT_EQ(day("Tue, 16 Mar 2021 17:30:00 CEST"), "2021-03-16 17:30:00");
    EXPECT_EQ(day("Tue, 16 Mar 2021 17:30 EST"), "2021-03-16 17:30:00");
    EXPECT_EQ(day("2021-03-16T07:45+01:00"), "2021-03-16 07:45:00");
    // RFC 822's two-digit years, before a time only.
    EXPECT_EQ(day("Tue, 16 Mar 21 17:30:00 GMT"), "2021-03-16 17:30:00");
    EXPECT_EQ(day("Wed, 16 Mar 98 17:30:00 +0000"), "1998-03-16 17:30:00");
    EXPECT_EQ(day("16 Mar 21"), "(none)");
    EXPECT_EQ(day("16 Mar 021 10:00"), "(none)");
    EXPECT_EQ(day("Tue, 16 Mar 2021 17:30:00 Tomorrow"), "(none)");
}

TEST(DateParser, WhatIsNotADate) {
    for (const char* text : {"", "soon", "2024-13-01", "2023-02-29", "2024-5-1", "12/05/2024",
                             "2024-05-14T25:00", "2024-05-14 09:00 tomorrow", "31 Foo 2020",
                             "March 32, 2021", "2024-05-14T"})
        EXPECT_EQ(day(text), "(none)") << text;
}
