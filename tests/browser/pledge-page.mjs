// `pledge build --only html` in a real browser: each example's pledge.html opened from disk in Debian's
// Chromium with every request that would leave the file refused and recorded, then checked: axe-core finds
// no WCAG 2.2 A or AA violation, on a wide screen and on a phone; the page has its lang, one h1, an alt on
// every image, no script; every statement of `pledge resolve --format json` is in a list under its group's
// h2, in order; and it prints on A4. Run by run.sh as: node pledge-page.mjs PLEDGE REPO_ROOT NODE_MODULES
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { launch, wcagViolations } from "./chromium.mjs";

const [pledge, root, modules] = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "pledge-page-browser-"));
const examples = fs
  .readdirSync(path.join(root, "examples"))
  .filter((f) => f.endsWith(".pledge.yaml"))
  .sort()
  .map((f) => path.join(root, "examples", f));
// A Welsh and English ward (languages: [cy, en-GB]): the page in Welsh, each text followed by its English.
const bilingual = path.join(root, "tests/data/welsh/ward.pledge.yaml");
examples.push(bilingual);
const libraryPath = (example) => (example === bilingual ? ["--library-path", path.join(root, "tests/data/welsh")] : []);

let browser;
let failed = false;
try {
  browser = await launch(modules, path.join(work, "chromium-profile"));
  for (const example of examples) {
    const name = path.basename(example, ".pledge.yaml");
    const out = path.join(work, name);
    const built = execFileSync(pledge, [...libraryPath(example), "build", "--no-lint", example, "-o", out, "--only", "html"], {
      encoding: "utf8",
    });
    const file = built.split("\n").find((line) => line.endsWith("/pledge.html"));
    assert.ok(file, name + ": pledge build printed no pledge.html: " + built);
    const resolved = JSON.parse(execFileSync(pledge, [...libraryPath(example), "resolve", "--format", "json", example], { encoding: "utf8" }));

    const page = await browser.newPage();
    const requests = [];
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("file://" + file) || url.startsWith("data:")) return request.continue();
      requests.push(url);
      request.abort();
    });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto("file://" + file, { waitUntil: "load" });

    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      h1: [...document.querySelectorAll("h1")].map((h) => h.textContent.replace(/\s+/g, " ").trim()),
      images: [...document.images].map((i) => i.getAttribute("alt")),
      scripts: document.scripts.length,
      groups: [...document.querySelectorAll("h2")].map((h) => {
        const list = h.parentElement.querySelector("ul");
        return {
          title: h.textContent.trim(),
          items: list ? [...list.children].map((li) => li.textContent.replace(/\s+/g, " ").trim()) : [],
        };
      }),
    }));
    // Each text in each of the pledge's languages, the first first, as the page writes them.
    const inEach = (texts, fallback) => (texts ? resolved.languages.map((l) => texts[l]).join(" ") : fallback);
    const ourPledge = { cy: "Ein haddewid", "en-GB": "Our pledge" };
    const languages = resolved.languages || ["en-GB"];
    assert.equal(facts.lang, languages[0], name + ": <html lang>");
    assert.deepEqual(facts.h1, [languages.map((l) => ourPledge[l]).join(" ") + " " + resolved.service],
      name + ": one h1, the pledge's title");
    assert.equal(facts.title, languages.map((l) => ourPledge[l]).join(" / ") + ": " + resolved.service,
      name + ": <title>");
    assert.ok(facts.images.every((alt) => alt !== null && alt.trim() !== ""), name + ": an image without alt");
    assert.equal(facts.scripts, 0, name + ": a script in the page");
    const wanted = [];
    for (const statement of resolved.statements) {
      const title = inEach(statement.group_titles, statement.group_title);
      if (!wanted.length || wanted[wanted.length - 1].title !== title) wanted.push({ title, items: [] });
      wanted[wanted.length - 1].items.push(inEach(statement.texts, statement.text).replace(/\s+/g, " ").trim());
    }
    assert.deepEqual(facts.groups.slice(0, wanted.length), wanted, name + ": the statements under their groups, in order");

    const wide = await wcagViolations(page, modules);
    assert.deepEqual(wide.violations, [], name + ": axe-core finds WCAG 2.2 A/AA violations on a wide screen");
    await page.setViewport({ width: 375, height: 740, isMobile: true, hasTouch: true });
    const phone = await wcagViolations(page, modules);
    assert.deepEqual(phone.violations, [], name + ": axe-core finds WCAG 2.2 A/AA violations on a phone");
    const narrowest = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(narrowest <= 375, name + ": the page scrolls sideways on a phone (" + narrowest + " px wide)");

    await page.emulateMediaType("print");
    const printed = path.join(out, "printed.pdf");
    await page.pdf({ path: printed, format: "A4", preferCSSPageSize: true, printBackground: true });
    const info = execFileSync("pdfinfo", [printed], { encoding: "utf8" });
    assert.match(info, /Page size: +59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/, name + ": does not print on A4");
    const pages = Number(info.match(/Pages: +(\d+)/)[1]);

    assert.deepEqual(requests, [], name + ": the page asked for something outside itself");
    assert.deepEqual(errors, [], name + ": the browser reported errors");
    console.log(
      "- " + name + ": no WCAG 2.2 A/AA violations (" + wide.passes + " rules pass), " +
        resolved.statements.length + " statements in order, no request, " + pages + " A4 pages printed"
    );
    await page.close();
  }

  // The check can fail: the same page without its lang and with grey text finds both faults.
  const some = fs.readdirSync(work).find((d) => fs.existsSync(path.join(work, d)) && d !== "chromium-profile");
  const built = fs.readdirSync(path.join(work, some)).find((d) => fs.existsSync(path.join(work, some, d, "pledge.html")));
  const html = fs.readFileSync(path.join(work, some, built, "pledge.html"), "utf8");
  const broken = path.join(work, "broken.html");
  fs.writeFileSync(broken, html.replace('<html lang="en-GB">', "<html>").replace("color: #212B32;", "color: #B0B0B0;"));
  const page = await browser.newPage();
  await page.goto("file://" + broken, { waitUntil: "load" });
  const found = (await wcagViolations(page, modules)).violations.map((v) => v.split(" ")[0]);
  assert.ok(found.includes("html-has-lang") && found.includes("color-contrast"),
    "axe-core misses the faults of a page broken on purpose: " + found.join(", "));
  console.log("- a page broken on purpose (no lang, grey text) fails: " + found.join(", "));
  await page.close();
} catch (error) {
  failed = true;
  console.log("FAIL: " + (error && error.stack ? error.stack : error));
} finally {
  if (browser) await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
