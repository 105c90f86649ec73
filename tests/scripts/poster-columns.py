"""Checks that a poster's statement columns are balanced: no column ends more than one statement's height
short of its neighbour. Reads the words' boxes back from the PDF (pdftotext -bbox) and finds each statement
of the resolved pledge (and each ask) as a run of words, in the order the poster draws them.

A column is a run of statements drawn one under another at the same left edge; the next column of the same
page to the right of it is its neighbour (within a stacked panel, or the next page column when the panels
are side by side). When one column ends lower than its neighbour, the statement nearest the boundary in the
lower column (the last of a left column, the first of a right one) could move across: the shorter column
may end no further short than that statement's height and the space under a statement (the move would
only unbalance the pair the other way). Both are measured on the page: a statement's height from the top
of its first word to the bottom of its last, the space from one statement's bottom to the next one's top.

Usage: poster-columns.py POSTER_PDF RESOLVED_JSON. Prints one line per page with its columns' ends, then
"balanced: N pairs of neighbouring columns", or each pair that is not, and exits 1."""
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

TOLERANCE = 0.5  # points: pdftotext rounds its boxes


def words_by_page(pdf):
    xhtml = subprocess.run(["pdftotext", "-raw", "-bbox", pdf, "-"], check=True, capture_output=True).stdout
    root = ElementTree.fromstring(xhtml)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        pages.append([(w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("yMax")))
                      for w in page.iter("{http://www.w3.org/1999/xhtml}word")])
    return pages


def find_statements(pages, texts):
    """Each text's page, left edge, top and bottom, found in drawing order."""
    found = []
    page_index, at = 0, 0
    for text in texts:
        wanted = text.split()
        while page_index < len(pages):
            words = pages[page_index]
            match = next((i for i in range(at, len(words) - len(wanted) + 1)
                          if [w[0] for w in words[i:i + len(wanted)]] == wanted), None)
            if match is not None:
                run = words[match:match + len(wanted)]
                found.append({"text": text, "page": page_index, "x": min(w[1] for w in run),
                              "top": min(w[2] for w in run), "bottom": max(w[3] for w in run)})
                at = match + len(wanted)
                break
            page_index, at = page_index + 1, 0
        else:
            sys.exit(f"not found on the poster, in order: {text}")
    return found


def columns_of(statements):
    columns = []
    for statement in statements:
        last = columns[-1][-1] if columns else None
        if (last and last["page"] == statement["page"] and abs(last["x"] - statement["x"]) < 1
                and statement["top"] > last["bottom"]):
            columns[-1].append(statement)
        else:
            columns.append([statement])
    return columns


def main():
    pdf, resolved = sys.argv[1], sys.argv[2]
    pledge = json.load(open(resolved, encoding="utf-8"))
    texts = [s["text"] for s in pledge["statements"]] + list(pledge.get("asks", []))
    columns = columns_of(find_statements(words_by_page(pdf), texts))
    spaces = [b["top"] - a["bottom"] for column in columns for a, b in zip(column, column[1:])]
    space = min(spaces) if spaces else 0
    problems = []
    pairs = 0
    for page in sorted({c[0]["page"] for c in columns}):
        on_page = [c for c in columns if c[0]["page"] == page]
        print(f"page {page + 1}: columns ending at " +
              ", ".join(f"{c[-1]['bottom']:.1f} (x {c[0]['x']:.0f}, {len(c)} statements)" for c in on_page))
        for left, right in zip(on_page, on_page[1:]):
            if right[0]["x"] <= left[0]["x"]:  # the next panel, under this one: not a neighbour
                continue
            pairs += 1
            boundary = left[-1] if left[-1]["bottom"] > right[-1]["bottom"] else right[0]
            short = abs(left[-1]["bottom"] - right[-1]["bottom"])
            allowed = boundary["bottom"] - boundary["top"] + space
            if short > allowed + TOLERANCE:
                problems.append(f"page {page + 1}: the column at x {min(left, right, key=lambda c: c[-1]['bottom'])[0]['x']:.0f} "
                                f"ends {short:.1f} pt short of its neighbour, more than the "
                                f"{allowed:.1f} pt of the statement that could move ({boundary['text'][:40]}...)")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"balanced: {pairs} pairs of neighbouring columns")


main()
