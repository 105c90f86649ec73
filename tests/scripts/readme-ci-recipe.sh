#!/usr/bin/env bash
# The README's GitHub Actions recipe, run: its steps are read from README.md (between the ci-recipe markers, so
# the recipe and this test cannot drift) and run as shell, in order, as Actions would run them (a step
# without `if: always()` is skipped once one has failed), in a team repository this script makes, for a
# pull request: once with good service files and once with a broken one among them. pledgekit is a fresh
# clone of this repository; two steps are stood in for: apt-get (the test must not install packages; the
# tools are checked instead) and `make -C /opt/pledgekit build` (the binary under test is used, rather than
# building the clone again). The uploads are checked: the SARIF file complete, the PDFs there.
# A script, not a case: it makes git repositories and runs many commands that depend on each other.
source "$(dirname "$0")/../script_setup.bash"
readme="$root/README.md"
export HOME="$work/home"  # the recipe writes git's global config
mkdir -p "$HOME"

# The steps: kind (run or uses), its text, its `if:` and its `with:`.
kinds=() texts=() conditions=() withs=()
inside=0
while IFS= read -r line; do
  case $line in
    '<!-- ci-recipe: begin -->') inside=1; continue ;;
    '<!-- ci-recipe: end -->') inside=0; continue ;;
  esac
  [ $inside = 1 ] || continue
  if [[ $line =~ ^\ \ \ \ \ \ -\ (run|uses):\ (.*)$ ]]; then
    kinds+=("${BASH_REMATCH[1]}") texts+=("${BASH_REMATCH[2]}") conditions+=("") withs+=("")
  elif [[ $line =~ ^\ \ \ \ \ \ \ \ if:\ (.*)$ ]]; then
    conditions[-1]=${BASH_REMATCH[1]}
  elif [[ $line =~ ^\ \ \ \ \ \ \ \ with:\ (.*)$ ]]; then
    withs[-1]=${BASH_REMATCH[1]}
  fi
done <"$readme"
[ ${#kinds[@]} -ge 6 ] || fail "found ${#kinds[@]} steps between the ci-recipe markers of README.md"
grep -A8 -- '<!-- ci-recipe: begin -->' "$readme" | grep -qx '    container: debian:12' ||
  fail "the recipe does not run on debian:12"

# git must be installed before actions/checkout, or the checkout has no .git.
git_step=-1 checkout_step=-1
for i in "${!kinds[@]}"; do
  [[ ${kinds[i]} = run && ${texts[i]} == *apt-get\ install*\ git* && $git_step = -1 ]] && git_step=$i
  [[ ${kinds[i]} = uses && ${texts[i]} == actions/checkout@* ]] && checkout_step=$i
done
[ "$checkout_step" -ge 0 ] || fail "no actions/checkout step"
[ "$git_step" -ge 0 ] && [ "$git_step" -lt "$checkout_step" ] || fail "git is not installed before actions/checkout"
[[ ${withs[checkout_step]} == *"fetch-depth: 0"* ]] || fail "actions/checkout lacks fetch-depth: 0"

# pledgekit: a fresh clone of this repository, with the binary under test.
opt="$work/opt/pledgekit"
git clone -q --depth 1 "file://$(cd "$root" && git rev-parse --show-toplevel)" "$opt" || fail "cannot clone $root"
mkdir -p "$opt/build/cli" && ln -s "$(realpath "$pledge")" "$opt/build/cli/pledge"

# The team's repository: main with the example services, a pull request branch that changes one.
make_team() {  # make_team DIR [broken]
  local team=$1
  git init -q -b main "$team" && cd "$team" || exit 1
  git config user.email ci@example.org && git config user.name CI
  mkdir services && cp "$root"/examples/*.pledge.yaml services/
  git add . && git commit -qm "our services" && git checkout -qb change
  sed -i 's/^staff:$/staff:\n  - Tomasz Nowak/' services/hydrotherapy.pledge.yaml
  if [ "${2:-}" = broken ]; then
    printf 'service: Broken Ward\nlibraries: [nice-patient-experience]\nexclude:\n  - ref: nice-patient-experience/no-such\n    reason: None.\n' \
      >services/broken.pledge.yaml
  fi
  git add . && git commit -qm "a change" && cd "$work" || exit 1
}

# Runs the recipe for a pull request of `team`'s branch into main, in workspace `ws`; sets ran[] and failed.
run_recipe() {  # run_recipe TEAM WORKSPACE
  local team=$1 ws=$2 i status
  ran=() failed=0
  mkdir -p "$ws"
  for i in "${!kinds[@]}"; do
    local condition=${conditions[i]} text=${texts[i]}
    case $condition in
      '') [ $failed = 0 ] || continue ;;
      'always()') ;;
      "github.event_name == 'pull_request'") [ $failed = 0 ] || continue ;;
      *) fail "a condition this test does not know: $condition" ;;
    esac
    ran+=("$i")
    if [ "${kinds[i]}" = uses ]; then
      case $text in
        actions/checkout@*)
          rmdir "$ws" && git clone -q "$team" "$ws" && git -C "$ws" checkout -q change &&
            git -C "$ws" fetch -q origin main:refs/remotes/origin/main || fail "checkout"
          ;;
        github/codeql-action/upload-sarif@*)
          local sarif=${withs[i]#*sarif_file: }
          sarif=${sarif%\}}
          [ -s "$ws/$sarif" ] || fail "no SARIF file $sarif to upload"
          tail -c 3 "$ws/$sarif" | grep -q '}' || fail "the SARIF file is cut short"
          grep -q '"version": "2.1.0"' "$ws/$sarif" || fail "not SARIF 2.1.0: $(head -c 300 "$ws/$sarif")"
          uploaded_sarif="$ws/$sarif"
          ;;
        actions/upload-artifact@*)
          local path=${withs[i]#*path: }
          path=${path%\}}
          uploaded_pdfs=$(find "$ws/$path" -name '*.pdf' 2>/dev/null | wc -l)
          ;;
        *) fail "an action this test does not know: $text" ;;
      esac
      continue
    fi
    if [[ $text == apt-get* ]]; then
      for tool in git make; do command -v $tool >/dev/null || fail "$tool is missing"; done
      continue
    fi
    if [[ $text == *git\ clone*/opt/pledgekit* ]]; then
      [[ $text == *"make -C /opt/pledgekit build"* ]] || fail "the recipe does not build pledgekit"
      continue
    fi
    (cd "$ws" && GITHUB_WORKSPACE=$ws GITHUB_BASE_REF=main GITHUB_EVENT_NAME=pull_request \
      bash -e -c "${text//\/opt\/pledgekit/$opt}") >"$ws/step-$i.out" 2>"$ws/step-$i.err"
    status=$?
    [ $status = 0 ] || failed=1
    statuses[i]=$status
  done
}

step_of() {  # the index of the first run step containing $1
  local i
  for i in "${!kinds[@]}"; do [[ ${kinds[i]} = run && ${texts[i]} == *"$1"* ]] && { echo "$i"; return; }; done
  fail "no step runs '$1'"
}
lint_step=$(step_of 'lint --format sarif')
build_step=$(step_of ' build services')
diff_step=$(step_of ' diff services')

# Good services: every step runs and succeeds; the SARIF and the PDFs are uploaded.
make_team "$work/team"
declare -a statuses
uploaded_sarif='' uploaded_pdfs=0
run_recipe "$work/team" "$work/ws"
[ $failed = 0 ] || fail "a step failed with good services: $(cat "$work"/ws/step-*.err)"
[ ${#ran[@]} = ${#kinds[@]} ] || fail "not every step ran: ${ran[*]}"
grep -q '"executionSuccessful": true' "$uploaded_sarif" || fail "SARIF says the run failed"
[ "$uploaded_pdfs" -ge 24 ] || fail "$uploaded_pdfs PDFs uploaded for 6 services"
grep -q '^staff added: Tomasz Nowak$' "$work/ws/step-$diff_step.out" || fail "diff: $(cat "$work/ws/step-$diff_step.out")"
[ -d "$work/ws/.git" ] || fail "the checkout has no .git for git log"

# A broken service file among them: lint exits 2, the SARIF is still complete and uploaded with the error
# at its place and every other service's findings; the other services' PDFs are built and uploaded.
make_team "$work/team-broken" broken
uploaded_sarif='' uploaded_pdfs=0
run_recipe "$work/team-broken" "$work/ws-broken"
[ "${statuses[lint_step]}" = 2 ] || fail "lint of a broken file exited ${statuses[lint_step]}, expected 2"
[ -n "$uploaded_sarif" ] || fail "the SARIF was not uploaded after the broken file"
grep -q '"executionSuccessful": false' "$uploaded_sarif" || fail "SARIF does not say the run failed"
grep -q '"uri": "services/broken.pledge.yaml"' "$uploaded_sarif" || fail "the broken file's error has no place"
for example in "$root"/examples/*.pledge.yaml; do
  grep -q "\"services/$(basename "$example")\"" "$uploaded_sarif" || fail "no findings of $(basename "$example")"
done
[ "${statuses[build_step]}" = 2 ] || fail "build with a broken file exited ${statuses[build_step]:-(not run)}"
[ "$uploaded_pdfs" -ge 24 ] || fail "$uploaded_pdfs PDFs uploaded for the 6 good services"
echo ok
