#!/usr/bin/env bash
# Every file of tests/data/hostile/ (inputs that once hung a command, crashed it or cost far more than their
# size) ends in under 5 s with exit status 2 and an error naming the file, under every command that reads
# service files: resolve, lint, checklist and build; and the build writes nothing. So do a service under a
# hostile identity file or logo (each folder of tests/data/hostile/, and an identity file that is a folder, a
# named pipe or a link to a device, made here), a service file that links to /dev/zero, and a --font whose
# composite glyphs loop (made here from Liberation Sans).
# A script, not a case: it bounds each run's time, which a case cannot, and runs each file under four commands.
source "$(dirname "$0")/../script_setup.bash"
cd "$root" || exit 1
export PLEDGE_LIBRARY_PATH="$root/tests/data/libraries"

check() {  # FILE COMMAND...: the run ends in time with exit 2 and an error at the file
  local file=$1
  shift
  check_naming "$file" "$file" "$@"
}

check_naming() {  # FILE NAMED COMMAND...: the run on FILE ends in time with exit 2 and an error naming NAMED
  local file=$2
  shift 2
  local start end status
  start=$(date +%s%N)
  timeout 5 "$pledge" "$@" >"$work/stdout" 2>"$work/stderr"
  status=$?
  end=$(date +%s%N)
  [ $status != 124 ] || fail "$* did not end within 5 s"
  [ $status = 2 ] || fail "$*: exit status $status, expected 2: $(head -c 300 "$work/stderr")"
  grep -q "^$file\(:[0-9]*\)*: error: " "$work/stderr" ||
    fail "$*: no error naming $file: $(head -c 300 "$work/stderr")"
  echo "$(( (end - start) / 1000000 )) ms: $*"
}

for file in tests/data/hostile/*.yaml; do
  case $file in
    *.pledge.yaml)
      check "$file" resolve "$file"
      check "$file" checklist "$file"
      check "$file" build "$file" -o "$work/out" -j 2
      [ ! -e "$work/out" ] || [ -z "$(ls -A "$work/out")" ] || fail "build $file wrote $(ls -A "$work/out")"
      ;;
  esac
  check "$file" lint "$file"
done

every_command() {  # SERVICE NAMED: every command on SERVICE ends in time with exit 2 naming NAMED, writing nothing
  local service=$1 named=$2
  check_naming "$service" "$named" resolve "$service"
  check_naming "$service" "$named" checklist "$service"
  check_naming "$service" "$named" lint "$service"
  rm -rf "$work/out"
  check_naming "$service" "$named" build "$service" -o "$work/out" -j 2
  [ ! -e "$work/out" ] || [ -z "$(ls -A "$work/out")" ] || fail "build $service wrote $(ls -A "$work/out")"
}

# A logo whose PNG header chunk claims 4 GB: the identity file names it at the logo: value.
every_command tests/data/hostile/logo-4gb-chunk/ward.pledge.yaml tests/data/hostile/logo-4gb-chunk/.pledge-identity.yaml
grep -q "damaged PNG" "$work/stderr" || fail "no damaged PNG message: $(head -c 300 "$work/stderr")"

# An identity file that is a folder, a named pipe (which would wait for a writer for ever if opened), or a
# link to /dev/zero.
for kind in folder pipe device; do
  mkdir -p "$work/$kind/wards"
  printf 'service: Ward 9\nlibraries: [ward-values]\n' >"$work/$kind/wards/ward.pledge.yaml"
  case $kind in
    folder) mkdir "$work/$kind/.pledge-identity.yaml" ;;
    pipe) mkfifo "$work/$kind/.pledge-identity.yaml" ;;
    device) ln -s /dev/zero "$work/$kind/.pledge-identity.yaml" ;;
  esac
  every_command "$work/$kind/wards/ward.pledge.yaml" "$work/$kind/.pledge-identity.yaml"
done

# A service file that links to /dev/zero: read up to the 16 MiB limit, then refused.
ln -s /dev/zero "$work/zero.pledge.yaml"
every_command "$work/zero.pledge.yaml" "$work/zero.pledge.yaml"

# A --font whose composite glyphs are each made of themselves: refused by name before anything is drawn (it
# built, leaving accented letters out of the poster unseen).
python3 - /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf "$work/looping.ttf" <<'PY' || fail "making the font"
import struct, sys
b = bytearray(open(sys.argv[1], 'rb').read())
tables = {}
for i in range(struct.unpack('>H', b[4:6])[0]):
    tag, _, offset, _ = struct.unpack('>4sIII', b[12 + 16 * i:28 + 16 * i])
    tables[tag] = offset
long_loca = struct.unpack('>h', b[tables[b'head'] + 50:tables[b'head'] + 52])[0] == 1
glyphs = struct.unpack('>H', b[tables[b'maxp'] + 4:tables[b'maxp'] + 6])[0]
def loca(i):
    at = tables[b'loca'] + (4 if long_loca else 2) * i
    return struct.unpack('>I', b[at:at + 4])[0] if long_loca else 2 * struct.unpack('>H', b[at:at + 2])[0]
for glyph in range(glyphs):
    at = tables[b'glyf'] + loca(glyph)
    if loca(glyph + 1) > loca(glyph) and struct.unpack('>h', b[at:at + 2])[0] < 0:
        b[at + 12:at + 14] = struct.pack('>H', glyph)  # the first component is the glyph itself
open(sys.argv[2], 'wb').write(b)
PY
printf 'service: Ward Á É Í Ó Ú\nlibraries: [ward-values]\nstaff: [Áine Ó Súilleabháin]\n' >"$work/accents.pledge.yaml"
rm -rf "$work/out"
start=$(date +%s%N)
timeout 5 "$pledge" build "$work/accents.pledge.yaml" -o "$work/out" --font "$work/looping.ttf" >"$work/stdout" 2>"$work/stderr"
status=$?
[ $status = 2 ] || fail "build with a looping font: exit status $status, expected 2: $(head -c 300 "$work/stderr")"
grep -q "cannot use font '$work/looping.ttf': composite glyph [0-9]* in table 'glyf' is made of itself" "$work/stderr" ||
  fail "build with a looping font: $(head -c 300 "$work/stderr")"
[ ! -e "$work/out" ] || [ -z "$(ls -A "$work/out")" ] || fail "build with a looping font wrote $(ls -A "$work/out")"
echo "$(( ($(date +%s%N) - start) / 1000000 )) ms: build --font looping.ttf"
echo "ok"
