#pragma once
// The kinds of text newsdex reads an article as — news, declaration, transcript — and the
// other names scrapers and people give them (`statement`, `press release`, `interview`).

#include <optional>
#include <string>
#include <string_view>

namespace newsdex {

/// The kind `written` names (any case; spaces, hyphens and underscores alike): `news`,
/// `declaration` or `transcript`, or "" for an empty value; nullopt for a name newsdex does
/// not know. Also read: article, story, report → news; statement, joint statement, joint
/// declaration, press release, release, readout, communique, speech, address → declaration;
/// interview, press conference, news conference, briefing, press briefing → transcript.
std::optional<std::string> article_kind(std::string_view written);

/// The problem to report for a kind article_kind does not know.
std::string unknown_kind_problem(std::string_view written);

}  // namespace newsdex
