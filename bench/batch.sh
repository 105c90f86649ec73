#!/usr/bin/env bash
# Batch build: N synthetic services (N = 10, 100, 1000; 15-40 statements each from the shipped libraries, with
# exclusions, rewordings and local statements) built with -j 1 and -j 2 (poster, leaflet and checklist, lint
# gate on). Reports wall time, services per second, peak RSS (GNU time) and the ratio to the I/O floor: the same
# files written again with plain fwrite in the same run (bench_batch).
# Targets: 1,000 services in under 10 s with -j 2; peak RSS under 64 MB and flat as N grows.
set -eu
build=${1:-build}
pledge="$build/cli/pledge"
floor="$build/bench/bench_batch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time, Debian package time) is needed"; exit 1; }
sizes=${BATCH_SIZES:-10 100 1000}

# Services are generated deterministically (seeded) so that runs compare.
generate() {
  python3 - "$1" "$2" <<'PY'
import os, random, re, sys
n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20240601)
libraries = {}
for name in sorted(os.listdir("statements")):
    if not name.endswith(".yaml") or name.startswith("."):
        continue
    text = open(os.path.join("statements", name), encoding="utf-8").read()
    ids = re.findall(r"^  - id: (\S+)\n    group:", text.split("\nstatements:", 1)[1], re.M)
    libraries[name[:-5]] = ids
rewordings = [
    "We tell you our names and what we do.",
    "We plan your care with you, never without you.",
    "We ask who you want us to talk to, and we respect your wishes.",
    "We explain the benefits and risks of each choice, and we ask your permission first.",
    "We keep you informed about waiting times and any delays.",
    "We listen to you and act on what you tell us.",
    "We treat you with kindness and respect at every visit.",
    "We give you written information you can take home.",
    "We make sure the same team sees you whenever we can.",
    "We tell you how to reach us if you need help between visits.",
]
local = [
    "We answer the phone within five rings during the day.",
    "We offer a quiet room if you would like to talk in private.",
    "We check that you know when your next visit is before you leave.",
    "We ask you about your experience at the end of every course of care.",
    "We make the waiting area welcoming for children and older people.",
    "We share what we have changed because of your comments.",
]
os.makedirs(out, exist_ok=True)
for i in range(n):
    target = rng.randint(15, 40)
    adds = rng.randint(1, 4)
    names = list(libraries)
    rng.shuffle(names)
    chosen, pool = [], []
    for lib in names:
        if len(pool) >= target - adds:
            break
        chosen.append(lib)
        pool += [(lib, s) for s in libraries[lib]]
    keep = max(0, target - adds)
    excluded = pool[keep:]
    kept = pool[:keep]
    lines = [f"service: Synthetic Team {i:04d}", "audience: Patients, their families and carers",
             f"libraries: [{', '.join(chosen)}]",
             "groups:", "  - id: our-own", "    title: Our own promises"]
    if len(kept) + adds > 22:  # as the poster fit advice says: A3 holds about 25 long statements
        lines.append("poster: {size: A2}")
    if excluded:
        lines.append("exclude:")
        for lib, s in excluded:
            lines += [f"  - ref: {lib}/{s}", "    reason: This does not apply to the care we give in this service."]
    reworded = [k for k in kept if rng.random() < 0.25]
    if reworded:
        lines.append("reword:")
        for lib, s in reworded:
            lines += [f"  - ref: {lib}/{s}", f"    text: {rng.choice(rewordings)}"]
    lines.append("add:")
    for a in range(adds):
        lines += [f"  - id: own-{a}", "    group: our-own", f"    text: {local[(i + a) % len(local)]}"]
    with open(os.path.join(out, f"service-{i:04d}.pledge.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
PY
}

printf '%6s %3s %9s %11s %9s %10s %9s %8s %s\n' N -j "wall s" "services/s" "RSS MB" "MB out" "floor s" "x floor" "result"
for n in $sizes; do
  generate "$n" "$work/in-$n"
  for jobs in 1 2; do
    out="$work/out-$n-$jobs"
    /usr/bin/time -f "%e %M" -o "$work/time" env -u PLEDGE_LIBRARY_PATH "$pledge" build "$work/in-$n" -o "$out" \
      -j "$jobs" --only poster,leaflet,checklist >/dev/null 2>"$work/stderr" || true
    read -r wall rss_kb < <(tail -1 "$work/time")
    grep -h ": error: " "$work/stderr" | head -3 >&2
    result=$(tail -1 "$work/stderr" | sed 's/^pledge build: //')
    read -r files bytes floor_s < <("$floor" "$out" "$work/floor-$n-$jobs")
    rm -rf "$work/floor-$n-$jobs"
    awk -v n="$n" -v j="$jobs" -v w="$wall" -v r="$rss_kb" -v b="$bytes" -v f="$floor_s" -v res="$result" 'BEGIN {
      printf "%6d %3d %9.2f %11.1f %9.1f %10.1f %9.3f %8.0f %s\n", n, j, w, (w > 0 ? n / w : 0), r / 1024, b / 1048576, f,
        (f > 0 ? w / f : 0), res }'
    rm -rf "$out"
  done
done
echo "targets: 1000 services with -j 2 in under 10 s; peak RSS under 64 MB and flat as N grows"
