#include "render/font_subset.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <hb-subset.h>

#include "render/text.hpp"

namespace pledge::render {

namespace {

// What the layouts print besides the pledge's own text: ASCII (numbers, dates, version, labels) and the
// marks they set between parts ("·", "•") or may typeset.
constexpr std::string_view layout_marks = "·•–—‘’“”…";

// A subset big enough to hold every BMP character cannot be cached usefully; beyond this many, the cache
// starts again (a batch build of many services keeps a handful at most in use at once).
constexpr std::size_t most_cached = 16;

// HarfBuzz objects, destroyed with their own functions.
template <typename T, void (*destroy)(T*)>
struct HarfBuzzDestroy {
  void operator()(T* object) const { destroy(object); }
};
template <typename T, void (*destroy)(T*)>
using HarfBuzzPtr = std::unique_ptr<T, HarfBuzzDestroy<T, destroy>>;
using BlobPtr = HarfBuzzPtr<hb_blob_t, hb_blob_destroy>;
using FacePtr = HarfBuzzPtr<hb_face_t, hb_face_destroy>;
using SubsetInputPtr = HarfBuzzPtr<hb_subset_input_t, hb_subset_input_destroy>;

bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(fd, data, size);
    if (written <= 0)
      return false;
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

}  // namespace

void CharacterSet::add(std::string_view text) {
  for (const char32_t c : code_points(text))
    if (c < m_set.size())
      m_set.set(c);
}

std::string CharacterSet::key() const {
  // 8 KB; compared only when a subset is looked up, a few times per service.
  std::string bits(m_set.size() / 8, '\0');
  // Only the set bits are visited (libstdc++'s _Find_first/_Find_next): testing all 65,536 took about 5% of a
  // document's rendering.
  for (std::size_t c = m_set._Find_first(); c < m_set.size(); c = m_set._Find_next(c))
    bits[c / 8] = static_cast<char>(bits[c / 8] | (1 << (c % 8)));
  return bits;
}

CharacterSet layout_characters() {
  CharacterSet set;
  for (char c = ' '; c <= '~'; ++c)
    set.add(std::string_view(&c, 1));
  set.add(layout_marks);
  return set;
}

CharacterSet characters_of(const ResolvedPledge& pledge) {
  CharacterSet set = layout_characters();
  if (pledge.source_text)
    set.add(pledge.source_text->content());
  // Library texts: the service file holds only what it rewords or adds.
  set.add({pledge.service, pledge.audience, pledge.contact});
  for (const auto& name : pledge.staff)
    set.add(name);
  for (const auto& group : pledge.groups)
    set.add(group.title);
  for (const auto& statement : pledge.statements) {
    set.add({statement.ref, statement.group_title, statement.text, statement.original});
    for (const auto& ref : statement.refs)
      set.add(ref);
    for (const auto& prompt : statement.evidence)
      set.add(prompt);
  }
  for (const auto& excluded : pledge.excluded)
    set.add({excluded.ref, excluded.reason, excluded.original});
  for (const auto& library : pledge.libraries)
    set.add({library.id, library.title, library.source, library.version});
  for (const auto& entry : pledge.glossary)
    set.add({entry.term, entry.meaning});
  return set;
}

std::unique_ptr<FontSubset> FontSubset::make(const std::filesystem::path& file,
                                             const CharacterSet& characters) {
  const BlobPtr blob(hb_blob_create_from_file_or_fail(file.c_str()));
  if (!blob)
    return nullptr;
  const FacePtr face(hb_face_create(blob.get(), 0));
  const SubsetInputPtr input(hb_subset_input_create_or_fail());
  if (!input)
    return nullptr;
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char32_t c = 0; c < 0x10000; ++c)
    if (characters.contains(c))
      hb_set_add(unicodes, c);
  // Hinting is for screens at small pixel sizes: PDF viewers mostly ignore it and print does not need it; it
  // is a third of the embedded bytes. Layout tables are dropped because libharu neither shapes nor embeds
  // them.
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "kern", "morx", "DSIG", "gasp", "hdmx", "LTSH", "VDMX"})
    hb_set_add(dropped, hb_tag_from_string(tag, 4));
  const FacePtr subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset)
    return nullptr;
  const BlobPtr bytes(hb_face_reference_blob(subset.get()));
  unsigned int size = 0;
  const char* data = hb_blob_get_data(bytes.get(), &size);
  if (!data || size == 0)
    return nullptr;
  // An anonymous file: nothing on disk to collide with another run, leak into the output folder or clean up.
  const int fd = ::memfd_create("pledge-font-subset", MFD_CLOEXEC);
  if (fd < 0)
    return nullptr;
  std::unique_ptr<FontSubset> made(new FontSubset(fd, size));
  if (!write_all(fd, data, size) || ::access(made->path().c_str(), R_OK) != 0)
    return nullptr;
  return made;
}

FontSubset::FontSubset(int fd, std::size_t size)
    : m_fd(fd), m_size(size), m_path("/proc/self/fd/" + std::to_string(fd)) {}

FontSubset::~FontSubset() {
  ::close(m_fd);
}

std::shared_ptr<const FontSubset> FontSubsets::find_or_make(const std::filesystem::path& file,
                                                            const CharacterSet& characters) {
  auto key = std::make_pair(file.string(), characters.key());
  const std::lock_guard lock(m_mutex);
  if (const auto found = m_subsets.find(key); found != m_subsets.end())
    return found->second;
  std::shared_ptr<const FontSubset> made = FontSubset::make(file, characters);
  if (!made)
    return nullptr;
  if (m_subsets.size() >= most_cached)
    m_subsets.clear();
  m_subsets.emplace(std::move(key), made);
  return made;
}

}  // namespace pledge::render
