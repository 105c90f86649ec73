#include "subcommands.hpp"

#include "render/documents.hpp"

namespace pledge::cli {

const std::vector<Subcommand>& subcommands() {
  static const std::vector<Subcommand> table = {
      {"resolve",
       "Print a service's pledge: every statement with its ref, group, status and original wording, and the "
       "excluded ones with reasons",
       bind_resolve},
      {"list", "List the statement libraries with their versions, or one library's source and statements",
       bind_list},
      {"show", "Show one library statement with its references and evidence prompts", bind_show},
      {"init",
       "Write a starter service file listing every statement of the chosen libraries, ready to cross off and "
       "reword (never overwrites)",
       bind_init},
      {"coverage",
       "Show which services keep, reword or exclude each library statement (the organisation-wide view for "
       "auditors)",
       bind_coverage},
      {"diff", "Compare two versions of a service's pledge statement by statement (exit 1 if they differ)",
       bind_diff},
      {"build",
       "Render each service's documents (" + render::documents().listed("and") +
           ") into DIR/<service-slug>/, linting each first",
       bind_build},
      {"checklist",
       "Print a service's evidence checklist for auditors: CSV or an Excel workbook for spreadsheets, or the "
       "PDF that `pledge build` makes",
       bind_checklist},
      {"lint",
       "Check statements for plain English: spelling, readability, jargon, passive voice, acronyms, "
       "repetition, typography and length",
       bind_lint},
      {"evidence",
       "Count, per service and for all services, the statements Met, Partly met, Not met or with no record, "
       "and list the reviews overdue",
       bind_evidence},
      {"serve",
       "Run the team's workshop in a browser: go through the statements together, cross off, reword and add, "
       "saved to the service file as you go",
       bind_serve},
  };
  return table;
}

}  // namespace pledge::cli
