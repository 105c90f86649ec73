#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pledge {

// Edit distance (insertions, deletions, substitutions and swaps of neighbours), case-insensitive in ASCII.
std::size_t edit_distance(std::string_view a, std::string_view b);

// edit_distance(a, b) if it is at most `bound`, else `bound` + 1; in time of the order of the shorter
// length times `bound`.
std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t bound);

// The candidate closest to `name`, if it is close enough to be what the user meant: the "did you mean" of
// unknown keys, libraries, refs and rules. Ties go to the earlier candidate.
std::optional<std::string> nearest_name(std::string_view name, const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or nothing: appended to messages about unknown names.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace pledge
