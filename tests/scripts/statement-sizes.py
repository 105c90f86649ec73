"""Checks that every statement of a pledge is set at SIZE pt or more in a tagged PDF: for each LBody of the
structure tree whose text is a statement, the Tf size in force for each text-showing operator of its marked
content. Prints the smallest size found, or what is wrong. Usage: statement-sizes.py PDF RESOLVED_JSON SIZE.
Uses the tagging checker's structure reader (tests/tagged-pdf/check-tagged-pdf)."""
import importlib.machinery
import importlib.util
import json
import os
import sys

import pikepdf

here = os.path.dirname(os.path.abspath(__file__))
loader = importlib.machinery.SourceFileLoader("check_tagged_pdf",
                                              os.path.join(here, "..", "tagged-pdf", "check-tagged-pdf"))
spec = importlib.util.spec_from_loader(loader.name, loader)
checker = importlib.util.module_from_spec(spec)
loader.exec_module(checker)


def sizes_by_mcid(page):
    """The Tf sizes of the text shown inside each MCID of the page."""
    sizes = {}
    stack = []
    size = None
    resources = page.obj.get("/Resources", pikepdf.Dictionary())
    for item in pikepdf.parse_content_stream(page.obj):
        operands, operator = item.operands, str(item.operator)
        if operator in ("BDC", "BMC"):
            props = operands[1] if operator == "BDC" and len(operands) > 1 else None
            if props is not None and isinstance(props, pikepdf.Name):
                props = resources.get("/Properties", {}).get(props)
            mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
            stack.append(mcid)
        elif operator == "EMC" and stack:
            stack.pop()
        elif operator == "Tf":
            size = float(operands[1])
        elif operator in ("Tj", "TJ", "'", '"'):
            owner = next((m for m in reversed(stack) if m is not None), None)
            if owner is not None and size is not None:
                sizes.setdefault(owner, []).append(size)
    return sizes


def main():
    path, resolved, least = sys.argv[1], sys.argv[2], float(sys.argv[3])
    pledge = json.load(open(resolved, encoding="utf-8"))
    wanted = {checker.normalise(s["text"]) for s in pledge["statements"]}
    pdf = pikepdf.open(path)
    failures = checker.Failures(path)
    page_index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
    elements, _ = checker.build_tree(pdf, page_index, failures)
    texts = {}
    sizes = {}
    for i, page in enumerate(pdf.pages):
        page_texts, _ = checker.read_page(pdf, i + 1, page, failures, {})
        texts.update({(i, m): t for m, t in page_texts.items()})
        sizes.update({(i, m): s for m, s in sizes_by_mcid(page).items()})
    found = set()
    smallest = None
    for element in checker.walk_elements(elements):
        if element.role != "LBody":
            continue
        text = checker.normalise(checker.element_text(element, texts))
        if text not in wanted:
            continue
        found.add(text)
        for kid in element.kids:
            for size in sizes.get(kid, []) if isinstance(kid, tuple) else []:
                smallest = size if smallest is None else min(smallest, size)
                if size < least:
                    print(f"'{text[:60]}' is set at {size} pt, below {least} pt")
                    return 1
    missing = wanted - found
    if missing:
        print(f"{len(missing)} statements are in no LBody, such as '{sorted(missing)[0][:60]}'")
        return 1
    print(f"every statement at {smallest} pt or more")
    return 0


sys.exit(main())
