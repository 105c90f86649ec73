#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/source_text.hpp"
#include "build/batch_build.hpp"
#include "build/manifest.hpp"
#include "model/library_catalog.hpp"
#include "model/resolved_pledge.hpp"
#include "render/documents.hpp"
#include "render/fixed_text_files.hpp"

namespace pledge::build {

// An incremental build keeps a stamp beside each service's documents: the digest of everything they were
// made from. A service is up to date when all its documents are there and its stamp holds the digest of its
// inputs as they are now.
inline constexpr const char* build_stamp_name = ".pledge-build";

// The part of every stamp of a batch that its services share: the tool's version, the documents asked for,
// the lint gate (with its data files and the dictionary when it is on), SOURCE_DATE_EPOCH and the fonts.
std::string options_digest(const BatchOptions& options,
                           const std::vector<const render::Document*>& documents);

// The digest a service's stamp holds: the options digest, the service file, each library it draws on, the
// fixed-text file of each of its languages (the one `fixed_texts` reads), the identity file and logo that
// apply to it and, with the lint gate on, the lint settings file that applies to it. One per worker, as
// catalogs are; it keeps each library's and each language's digest, since the services of a batch share
// them. A fixed-text file's digest is the one `fixed_texts`, the documents' own, found as it read the file
// (FixedTexts::file_sha256): the file is read and hashed once, and the stamp names the bytes the documents
// were made from, as `fixed_texts` keeps them for the rest of the process.
class InputsDigest {
 public:
  InputsDigest(std::string options_digest, bool lint_gate,
               std::shared_ptr<render::FixedTextFiles> fixed_texts)
      : m_options_digest(std::move(options_digest)),
        m_lint_gate(lint_gate),
        m_fixed_texts(std::move(fixed_texts)) {}

  std::string of(const ResolvedPledge& pledge, const SourceText& source, LibraryCatalog& catalog);

 private:
  std::string fixed_text_digest(const std::string& language);

  std::string m_options_digest;
  bool m_lint_gate;
  std::shared_ptr<render::FixedTextFiles> m_fixed_texts;
  std::map<std::string, std::string> m_library_digests;     // library id -> SHA-256 of its file
  std::map<std::string, std::string> m_fixed_text_digests;  // language -> SHA-256 of TAG.yaml, or "missing"
};

// True if `folder` holds every one of `documents` and a stamp of `digest`.
bool is_up_to_date(const std::filesystem::path& folder, const std::vector<const render::Document*>& documents,
                   const std::string& digest);

// The documents of an up-to-date folder, as the manifest lists them: left as they were.
std::vector<OutputRecord> current_outputs(const std::filesystem::path& folder,
                                          const std::vector<const render::Document*>& documents);

// Removed before a folder's documents are written again: a stamp outliving a half-finished rewrite would call
// the mixed output up to date.
void remove_stamp(const std::filesystem::path& folder);

// Written once every document of the folder is.
void write_stamp(const std::filesystem::path& folder, const std::string& digest);

}  // namespace pledge::build
