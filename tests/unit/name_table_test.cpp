#include <doctest/doctest.h>

#include "base/name_table.hpp"
#include "test_input.hpp"

using namespace pledge;

namespace {

struct Colour {
  std::string_view name;
  int red = 0;
};

const NameTable<Colour> colours("colour", {{"red", 255}, {"green", 0}, {"blue", 0}});

}  // namespace

TEST_CASE("a name table finds a row by its name") {
  CHECK(colours.at("red").red == 255);
  CHECK(colours.find("green") == &colours.rows()[1]);
  CHECK(colours.find("purple") == nullptr);
}

TEST_CASE("an unknown name is an error with did-you-mean and the names to choose from") {
  CHECK(test::error_of([] { colours.at("gren"); }) ==
        "unknown colour 'gren'; did you mean 'green'? (red, green or blue)");
  CHECK(test::error_of([] { colours.at("purple"); }) == "unknown colour 'purple'; choose red, green or blue");
}

TEST_CASE("a name table lists its names in order, for help texts") {
  CHECK(colours.names() == std::vector<std::string>{"red", "green", "blue"});
  CHECK(colours.listed() == "red, green or blue");
  CHECK(colours.listed("and") == "red, green and blue");
}

namespace {

enum class Light { red, amber, green, flashing };

const NameTable<NamedValue<Light>> lights("light", {{"red", Light::red},
                                                    {"amber", Light::amber},
                                                    {"green", Light::green}});

}  // namespace

TEST_CASE("a table of named values gives each value its name, and the value of each name") {
  CHECK(lights.name_of(Light::amber) == "amber");
  CHECK(lights.at("green").value == Light::green);
}

TEST_CASE("naming a value the table has no row for is a mistake in the program, not in the input") {
  CHECK_THROWS_WITH_AS(lights.name_of(Light::flashing),
                       "the light table has no row for a value it is asked to name", std::logic_error);
}
