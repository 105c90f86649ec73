#include <doctest/doctest.h>

#include "lint_fixture.hpp"

using namespace pledge;
using pledge::test::findings;
using Strings = std::vector<std::string>;

// spelling

TEST_CASE("spelling reports an unknown word at its column with hunspell's suggestion") {
  CHECK(
      findings("spelling", {"We keep the least possible dleay."}) ==
      Strings{
          "10:38: warning: unknown word 'dleay' [spelling] / did you mean 'delay'? If the word is right, add "
          "it under 'words:'"});
}

TEST_CASE("spelling accepts British spellings, possessives, numbers, addresses and project words") {
  CHECK(
      findings("spelling", {"Our personalised care plan is your patient's own, and we reply within 5 days.",
                            "Email help@example.nhs.uk or visit www.example.nhs.uk for NHS and CQC reports.",
                            "Our healthcare staff talk to carers at every handover, etc."})
          .empty());
}

TEST_CASE("spelling accepts words listed under words: in the lint settings") {
  lint::Settings settings = test::only("spelling");
  settings.words = {"Pryddech"};
  CHECK(test::describe(test::lint_library({"Nurse Pryddech visits on Mondays."}, settings)).empty());
}

TEST_CASE("spelling accepts terms of the glossary") {
  CHECK(findings("spelling", {"Ask the Frimley team."}, "glossary:\n  Frimley: our local hospital trust\n")
            .empty());
}

TEST_CASE("spelling checks each part of a hyphenated word") {
  CHECK(findings("spelling", {"We arrange follow-up visits and a folow-up call."}) ==
        Strings{"10:45: warning: unknown word 'folow' [spelling] / did you mean 'flow' or 'follow'? If "
                "the word is right, add it under 'words:'"});
}

// jargon

TEST_CASE("jargon reports a listed word with its plain alternative") {
  CHECK(findings("jargon", {"We utilise your feedback."}) ==
        Strings{"10:14: warning: 'utilise' is jargon [jargon] / use 'use' instead (GOV.UK style guide)"});
}

TEST_CASE("jargon matches phrases whole and in any case") {
  CHECK(findings("jargon", {"In Accordance With the law we act."}) ==
        Strings{"10:11: warning: 'In Accordance With' is jargon [jargon] / use 'under' instead (pledgekit)"});
}

TEST_CASE("jargon does not match inside longer words") {
  CHECK(findings("jargon", {"We are ensuring nothing; we reassure you and keep you informed."}) ==
        Strings{"10:18: warning: 'ensuring' is jargon [jargon] / use 'make sure' instead (pledgekit)"});
  CHECK(findings("jargon", {"We reassure you and answer your questions."}).empty());
}

TEST_CASE("jargon stays silent on plain English") {
  CHECK(findings("jargon", {"We use your feedback to help us make sure you get the care you need."}).empty());
}

// passive

TEST_CASE("passive reports a be-verb with a regular past participle") {
  CHECK(
      findings("passive", {"You are made aware of your rights and are involved in decisions."}) ==
      Strings{
          "10:15: warning: passive voice 'are made' [passive] / say who does it, as in 'we tell you' rather "
          "than 'you are told'",
          "10:49: warning: passive voice 'are involved' [passive] / say who does it, as in 'we tell you' "
          "rather than 'you are told'"});
}

TEST_CASE("passive names the agent after by as the one to act") {
  CHECK(findings("passive", {"Patients are actively helped by healthcare professionals to decide."}) ==
        Strings{"10:20: warning: passive voice 'are actively helped' [passive] / start with who does it "
                "('healthcare professionals') and use an active verb"});
}

TEST_CASE("passive finds irregular participles such as taken and given") {
  CHECK(
      findings("passive", {"Your wishes are taken into account."}) ==
      Strings{
          "10:23: warning: passive voice 'are taken' [passive] / say who does it, as in 'we tell you' rather "
          "than 'you are told'"});
}

TEST_CASE("passive stays silent on active sentences and on adjectives after be") {
  CHECK(findings("passive", {"We tell you who we are and we listen if you are worried or interested."})
            .empty());
}

// acronym

TEST_CASE("acronym reports an unexplained acronym once per pledge") {
  CHECK(
      findings("acronym", {"Ask PALS for help.", "PALS is open every day."}) ==
      Strings{"10:15: warning: acronym 'PALS' is not spelled out in this pledge or explained in a glossary "
              "[acronym] / write it in full the first time, followed by (PALS), or add 'PALS: what it stands "
              "for' under 'glossary:'"});
}

TEST_CASE("acronym accepts one spelled out elsewhere in the pledge") {
  CHECK(findings("acronym", {"The Care Quality Commission (CQC) inspects us.", "CQC reports are online."})
            .empty());
}

TEST_CASE("acronym accepts glossary terms and well-known acronyms") {
  CHECK(findings("acronym", {"Your GP and the NHS work with PALS."},
                 "glossary:\n  PALS: Patient Advice and Liaison Service\n")
            .empty());
}

// repetition

TEST_CASE("repetition reports a doubled word") {
  CHECK(findings("repetition", {"We answer the the phone."}) ==
        Strings{"10:25: warning: 'the' is written twice [repetition] / delete one 'the'"});
}

TEST_CASE("repetition reports a near-duplicate statement against the earlier one") {
  CHECK(findings("repetition", {"We answer your phone calls quickly and politely.",
                                "We answer phone calls politely and quickly."}) ==
        Strings{"13:11: warning: statement repeats 'lib/s1': 100% of their words are the same [repetition] / "
                "merge the two statements or drop one"});
}

TEST_CASE("repetition stays silent on different statements and on had had") {
  CHECK(findings("repetition", {"We answer your phone calls quickly.", "We write your care plan with you.",
                                "If you had had a fall, we would visit."})
            .empty());
}

// typography

TEST_CASE("typography reports double spaces and a missing full stop") {
  CHECK(findings("typography", {"We  listen to you"}) ==
        Strings{"10:13: warning: two spaces in a row [typography] / use one space",
                "10:28: warning: statement does not end with a full stop [typography] / end it with '.'"});
}

TEST_CASE("typography reports leading and trailing spaces in a quoted scalar") {
  CHECK(
      findings("typography", {"\" We listen. \""}) ==
      Strings{
          "10:12: warning: statement starts with a space [typography] / delete the space before the first "
          "word",
          "10:23: warning: statement ends with a space [typography] / delete the space after the last word"});
}

TEST_CASE("typography reports a straight quote in a pledge that uses curly ones") {
  CHECK(
      findings("typography", {"We say ‘no decision about me without me’.", "We respect everyone’s wishes.",
                              "We respect your family's wishes."}) ==
      Strings{
          "16:33: warning: straight quote ' in a pledge that otherwise uses curly quotes [typography] / use "
          "‘ ’ and “ ” (and ’ for apostrophes) throughout"});
}

TEST_CASE("typography stays silent on a tidy statement ending in a bracket or quote") {
  CHECK(findings("typography", {"We ask for your consent (where you are able).",
                                "We say ‘no decision about me without me.’"})
            .empty());
}

// sentence-length and length

TEST_CASE("sentence-length reports a sentence over 25 words at its start") {
  CHECK(findings(
            "sentence-length",
            {"We visit you. One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
             "fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour "
             "twentyfive twentysix."}) ==
        Strings{
            "10:25: warning: sentence of 26 words; the limit is 25 [sentence-length] / split it into shorter "
            "sentences, one idea each"});
}

TEST_CASE("sentence-length stays silent on sentences of 25 words or fewer") {
  CHECK(findings("sentence-length",
                 {"We visit you at home. We tell you when we will come, and we phone you if we "
                  "are running late."})
            .empty());
}

TEST_CASE("length reports a statement over 40 words") {
  std::string text;
  for (int i = 0; i < 41; ++i)
    text += i % 10 == 9 ? "word. " : "word ";
  CHECK(findings("length", {text}) == Strings{"10:11: warning: statement of 41 words is too long for a "
                                              "poster; the limit is 40 [length] / keep to "
                                              "one promise, in 40 words or fewer"});
}

TEST_CASE("length stays silent on a statement of 40 words") {
  std::string text;
  for (int i = 0; i < 40; ++i)
    text += i % 10 == 9 ? "word. " : "word ";
  CHECK(findings("length", {text}).empty());
}

// readability

TEST_CASE("readability reports a hard statement with its grade and reading ease") {
  CHECK(findings("readability", {"Comprehensive multidisciplinary evaluation facilitates individualised "
                                 "therapeutic interventions, consequently optimising longitudinal outcomes "
                                 "across heterogeneous populations and organisational boundaries."})
            .back() ==
        "10:11: warning: statement is hard to read: Flesch-Kincaid grade 40.3 (reading age about "
        "45), reading ease -163.7 [readability] / aim for grade 13.0 or below and reading ease "
        "40.0 or above: use shorter sentences and everyday words");
}

TEST_CASE("readability does not score a statement of short sentences, however long its words") {
  CHECK(
      findings("readability",
               {"Comprehensive multidisciplinary evaluation facilitates individualised therapeutic "
                "interventions."}) ==
      Strings{"1:1: warning: the library as a whole is hard to read: Flesch-Kincaid grade 44.5 (reading age "
              "about 50), reading ease -211.2 [readability] / aim for grade 6.0 or below and reading ease "
              "60.0 or above: use shorter sentences and everyday words"});
}

TEST_CASE("readability leaves a plain statement of long sentences alone at the defaults") {
  CHECK(
      findings("readability", {"You can ask us for a copy of your care plan at any time and we will explain "
                               "it."}) == Strings{});
}

TEST_CASE("readability flags a statement of long sentences above max-grade, whatever its reading ease") {
  lint::Settings settings = test::only("readability");
  for (const auto& option : lint::rules().find("readability")->options) {
    if (option.name == "max-grade")
      settings.rule("readability").set(option, 5);
  }
  const auto report = test::lint_library(
      {"You can ask us for a copy of your care plan at any time and we will explain it."}, settings);
  CHECK(
      test::describe(report) ==
      Strings{"10:11: warning: statement is hard to read: Flesch-Kincaid grade 5.5 (reading age about 11), "
              "reading ease 89.6 [readability] / aim for grade 5.0 or below and reading ease 40.0 or above: "
              "use shorter sentences and everyday words"});
}

TEST_CASE("readability stays silent on plain statements") {
  CHECK(findings("readability", {"We tell you our name.", "We ask what matters to you."}).empty());
}

TEST_CASE("readability scores every statement and the whole, even when nothing is found") {
  const auto report =
      test::lint_library({"We tell you our name.", "We ask what matters to you."}, test::only("spelling"));
  REQUIRE(report.scores.size() == 3);
  CHECK(report.scores[0].ref == "lib/s1");
  CHECK(report.scores[0].words == 5);
  CHECK(report.scores[0].sentences == 1);
  CHECK(report.scores[0].syllables == 5);
  CHECK(report.scores[2].ref.empty());
  CHECK(report.scores[2].words == 11);
  CHECK(report.scores[2].sentences == 2);
}

// settings and suppression

TEST_CASE("a pledge-lint disable comment silences that rule on its line only") {
  CHECK(findings("jargon", {"We utilise feedback.  # pledge-lint: disable=jargon", "We utilise feedback."}) ==
        Strings{"13:14: warning: 'utilise' is jargon [jargon] / use 'use' instead (GOV.UK style guide)"});
}

TEST_CASE("a disable comment for another rule leaves the finding") {
  CHECK(findings("jargon", {"We utilise feedback.  # pledge-lint: disable=passive,spelling"}) ==
        Strings{"10:14: warning: 'utilise' is jargon [jargon] / use 'use' instead (GOV.UK style guide)"});
}

TEST_CASE("findings take the severity set for their rule") {
  lint::Settings settings = test::only("jargon");
  settings.rule("jargon").set_severity(lint::Severity::error);
  CHECK(test::describe(test::lint_library({"We utilise feedback."}, settings)) ==
        Strings{"10:14: error: 'utilise' is jargon [jargon] / use 'use' instead (GOV.UK style guide)"});
}

TEST_CASE("repetition does not call two statements with different figures near-duplicates") {
  CHECK(findings("repetition", {"This appointment usually lasts 15 to 20 minutes.",
                                "This appointment usually lasts an hour."})
            .empty());
  CHECK(findings("repetition", {"This appointment usually lasts 15 to 20 minutes.",
                                "This appointment usually lasts 15 to 20 minutes."})
            .size() == 1);
}

TEST_CASE("passive voice leaves naming alone but not a call by someone") {
  CHECK(findings("passive", {"This is called a pre-operative assessment.", "It is also known as pink eye."})
            .empty());
  CHECK(findings("passive", {"You will be called by a nurse."}) ==
        Strings{"10:20: warning: passive voice 'be called' [passive] / start with who does it ('a nurse') "
                "and use an active verb"});
  CHECK(findings("passive", {"You are called back when the doctor is free."}).size() == 1);
}

TEST_CASE("jargon is not reported inside one of its entry's exceptions") {
  CHECK(findings("jargon", {"We meet the requirements of the Equality Act."}).empty());
  CHECK(findings("jargon", {"We ask about your requirements."}) ==
        Strings{"10:29: warning: 'requirements' is jargon [jargon] / use 'need' instead (pledgekit)"});
}

TEST_CASE("spelling offers a word's own capitals first when they make it right") {
  CHECK(findings("spelling", {"It is ok to ask."}) ==
        Strings{
            "10:17: warning: unknown word 'ok' [spelling] / did you mean 'OK', 'bk' or 'ck'? If the word is "
            "right, add it under 'words:'"});
}
