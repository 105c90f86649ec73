#!/usr/bin/env bash
# CONTRIBUTING.md's four lists of the files a change touches (a lint rule, a document, a `resolve` format, a
# service-file field) name at most 5 files each in their numbered steps, plus tests and man page, and every
# file, folder and function they name is in the tree, so that the lists cannot fall behind the code.
# A script, not a case: it reads the repository, not the binary's output.
source "$(dirname "$0")/../script_setup.bash"
python3 - "$root" <<'EOF'
import glob, os, re, subprocess, sys

root = sys.argv[1]
text = open(os.path.join(root, "CONTRIBUTING.md"), encoding="utf-8").read()
sections = {
    "a lint rule": "## How to add a lint rule",
    "a document": "## How to add a document",
    "a resolve format": "## How to add a `resolve` format",
    "a service-file field": "## How to add a service-file field",
}
path_pattern = re.compile(r"^(lib|cli|tests|man|statements|fuzz|bench|tools)/")
problems = []
for what, heading in sections.items():
    start = text.find(heading + "\n")
    if start < 0:
        problems.append(f"CONTRIBUTING.md has no section '{heading}'")
        continue
    end = text.find("\n## ", start + len(heading))
    body = text[start:end if end >= 0 else len(text)]
    # The files of the numbered steps: the paths before each step's first ": ".
    steps = re.findall(r"^\d+\. (.*?(?:\n   .*?)*)$", body, flags=re.M)
    files = []
    for step in steps:
        head = step.split(": ", 1)[0]
        files += [p for p in re.findall(r"`([^`]+)`", head) if path_pattern.match(p)]
    if not files:
        problems.append(f"the list for {what} names no files in its numbered steps")
    if len(files) > 5:
        problems.append(f"the list for {what} names {len(files)} files, more than 5: {', '.join(files)}")
    # Every path the section names is there; a <name> in it stands for the new file, whose folder must be.
    for path in re.findall(r"`([^`\s]+)`", body):
        if not path_pattern.match(path):
            continue
        if "<" in path:
            folder = os.path.dirname(path.split("<", 1)[0])
            if not os.path.isdir(os.path.join(root, folder)):
                problems.append(f"the list for {what} names the folder {folder}/, which is not there")
        elif "*" in path:
            if not glob.glob(os.path.join(root, path)):
                problems.append(f"the list for {what} names {path}, which matches nothing")
        elif not os.path.exists(os.path.join(root, path)):
            problems.append(f"the list for {what} names {path}, which is not there")
    # Every function it names, as `name()`, is defined or called in lib/, cli/ or tests/.
    for name in re.findall(r"`([A-Za-z_][A-Za-z0-9_:]*)\(\)`", body):
        short = name.split("::")[-1]
        found = subprocess.run(["grep", "-rqE", "--include=*.cpp", "--include=*.hpp", r"\b" + short + r"\(",
                                "lib", "cli", "tests"], cwd=root).returncode == 0
        if not found:
            problems.append(f"the list for {what} names {name}(), which nothing in lib/, cli/ or tests/ has")
    print(f"{what}: {len(files)} files: {', '.join(files)}")
for p in problems:
    print("FAIL: " + p)
sys.exit(1 if problems else 0)
EOF
