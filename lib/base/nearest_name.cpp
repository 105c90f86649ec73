#include "base/nearest_name.hpp"

#include <algorithm>
#include <cctype>

namespace pledge {

namespace {

char fold(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance over three rows.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1])) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t bound) {
  // The same distance as edit_distance, computed only in the band of cells within `bound` of the diagonal
  // (a path outside it costs more than `bound`), and given up once a whole row is over it. "Did you mean"
  // compares every unknown ref with every statement id, so this is what keeps 10,000 unknown refs from
  // costing seconds.
  const std::size_t over = bound + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > bound)
    return over;
  std::vector<std::size_t> before(b.size() + 1, over), previous(b.size() + 1, over),
      current(b.size() + 1, over);
  for (std::size_t j = 0; j <= std::min(b.size(), bound); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t low = i > bound ? i - bound : 1;
    const std::size_t high = std::min(b.size(), i + bound);
    current[low - 1] = low == 1 && i <= bound ? i : over;
    if (high < b.size())
      current[high + 1] = over;
    std::size_t row_best = current[low - 1];
    for (std::size_t j = low; j <= high; ++j) {
      const std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      std::size_t cell = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1]))
        cell = std::min(cell, before[j - 2] + 1);
      current[j] = std::min(cell, over);
      row_best = std::min(row_best, current[j]);
    }
    if (row_best > bound)
      return over;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], over);
}

std::optional<std::string> nearest_name(std::string_view name, const std::vector<std::string>& candidates) {
  // A third of the name's length, at least 1 and at most 5 edits: "exlude" finds "exclude", "foo" finds
  // nothing.
  const std::size_t limit = std::clamp<std::size_t>(name.size() / 3, 1, 5);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    // Only a closer candidate can win (ties go to the earlier), so the bound shrinks as they are found.
    const std::size_t d = edit_distance_within(name, candidate, best_distance - 1);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
      if (d == 0)
        break;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  auto best = nearest_name(name, candidates);
  return best ? "; did you mean '" + *best + "'?" : std::string();
}

}  // namespace pledge
