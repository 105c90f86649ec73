// The workshop page (pledge serve) in a real browser: Debian's Chromium, driven by puppeteer-core, checked by
// axe-core. Run by tests/browser/run.sh as: node workshop.mjs PLEDGE REPO_ROOT NODE_MODULES_FOLDER
// Everything is done with the keyboard. Prints the measured latencies; exits 1 with the first failure.
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { runInBrowser, typeOver } from "./chromium.mjs";

const [pledge, root, modules] = process.argv.slice(2);
const require = createRequire(path.join(modules, "package.json"));
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const libraries = path.join(root, "tests", "data", "libraries");

const work = fs.mkdtempSync(path.join(os.tmpdir(), "pledge-workshop-browser-"));
const file = path.join(work, "ward.pledge.yaml");
const original = `# Ward 7's pledge, agreed with the team
service: Ward 7 – Older Adults
audience: Patients and carers
libraries: [ward-values]   # the test library
exclude:
  - ref: ward-values/single-sex-accommodation
    reason: All our rooms are single rooms with their own bathroom.
reword:
  # in our own words
  - ref: ward-values/second-opinion
    text: You can ask for a second opinion.
add:
  - id: visiting
    group: caring
    text: Your family can visit at any time.
staff: [Siân Prydderch]
`;
fs.writeFileSync(file, original);

const step = (text) => console.log("- " + text);
const readFile = () => fs.readFileSync(file, "utf8");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// --- The server --------------------------------------------------------------------------------------------
const server = spawn(pledge, ["--library-path", libraries, "serve", file], { stdio: ["ignore", "pipe", "pipe"] });
let serverOut = "";
let serverErr = "";
server.stdout.on("data", (d) => (serverOut += d));
server.stderr.on("data", (d) => (serverErr += d));
const address = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error("pledge serve printed no address: " + serverErr)), 10000);
  const look = setInterval(() => {
    const found = serverOut.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}/);
    if (found) {
      clearTimeout(timer);
      clearInterval(look);
      resolve(found[0]);
    }
  }, 20);
});
step("pledge serve listens at " + address.replace(/token=.*/, "token=…"));

let browser;

// --- Helpers -----------------------------------------------------------------------------------------------

async function openPage(parameters = "", viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage();
  // axe-core is injected as a script, which the page's Content-Security-Policy would refuse.
  await page.setBypassCSP(true);
  await page.setViewport(viewport);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // A refused change (409 after a conflict) is logged by the browser as a failed load: expected here.
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 409 \(Conflict\)/.test(message.text()))
      errors.push(message.text() + " " + JSON.stringify(message.location()));
  });
  page.errors = errors;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) console.log("  (navigated: " + frame.url().replace(/token=[0-9a-f]*/, "token=…") + ")");
  });
  await page.goto(address + parameters, { waitUntil: "load" });
  await page.waitForSelector(".statement", { timeout: 10000, polling: 100 });
  return page;
}

// The page comes with its statements written in; its script then draws them with their buttons and marks
// the version drawn. A tab brought to the front may have been reloaded by the browser meanwhile (headless
// Chromium discards background tabs under memory pressure), so every switch waits for this again.
async function ready(page) {
  await drawn(page, () => true);
}

// `measure` run in the page once its script has drawn the pledge. (Headless Chromium has been seen to answer
// an evaluation from a new tab with the page as sent, before its script ran, just after answering one with the
// page drawn; so the check and the measurement are made in one evaluation, tried again until it holds.)
async function drawn(page, measure) {
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    const result = await page.evaluate(`(() => {
      if (!(document.body && document.body.dataset.version && document.querySelector(".statement .actions button")))
        return null;
      return (${measure.toString()})();
    })()`);
    if (result !== null) return result;
    await sleep(50);
  }
  throw new Error("the page's script did not draw the pledge within 10 s");
}

async function use(page) {
  await page.bringToFront();
  await ready(page);
}

async function axe(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    })
  );
  const violations = result.violations.map(
    (v) => v.id + " (" + v.impact + "): " + v.help + " at " + v.nodes.map((n) => n.target.join(" ")).join(", ")
  );
  assert.deepEqual(violations, [], "axe-core finds WCAG 2.2 A/AA violations " + what);
  step("axe-core: no WCAG 2.2 A or AA violations " + what + " (" + result.passes.length + " rules pass)");
}

const now = (page) => page.evaluate(() => performance.now());
// The first time the page recorded `event` after `after`, for `text` if given.
const timing = (page, event, after, text) =>
  page.evaluate(
    (e, t, x) => window.workshopTimings.find((m) => m.event === e && m.t >= t && (!x || (m.detail.text || m.detail) === x)),
    event, after, text || null);

// Focuses `selector` (looking again for up to 10 s, for the reason given at drawn()) and presses `key`.
async function press(page, key, selector) {
  if (selector) {
    const deadline = Date.now() + 10000;
    while (!(await page.evaluate((s) => {
      const target = document.querySelector(s);
      if (target) target.focus();
      return Boolean(target) && document.activeElement === target;
    }, selector))) {
      if (Date.now() > deadline) {
        const seen = await page.evaluate(() => document.getElementById("statements").innerHTML);
        throw new Error("no " + selector + " on the page: " + seen.slice(0, 2000));
      }
      await sleep(50);
    }
  }
  await page.keyboard.press(key);
}

async function activeElement(page) {
  return page.evaluate(() => ({
    tag: document.activeElement.tagName,
    id: document.activeElement.id,
    key: document.activeElement.dataset.key || "",
    text: document.activeElement.textContent,
  }));
}

async function waitForText(page, selector, text, timeout = 10000) {
  try {
    await page.waitForFunction(
      (s, t) => [...document.querySelectorAll(s)].some((e) => e.textContent.includes(t)),
      { timeout, polling: 100 },
      selector,
      text
    );
  } catch (error) {
    const seen = await page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent), selector);
    const status = await page.evaluate(() => document.getElementById("save-status").textContent);
    throw new Error(`no '${text}' in ${selector} (it has ${JSON.stringify(seen)}; status: ${status}; errors: ${page.errors})`);
  }
}

async function pageText(page) {
  return page.evaluate(() => document.body.innerText);
}

// The text of the web page preview, read through the DevTools protocol (the frame is sandboxed).
async function webPageText(page) {
  const frame = page.frames().find((f) => f.url().includes("/api/page.html"));
  assert.ok(frame, "a frame shows the web page preview");
  return frame.evaluate(() => document.body.innerText);
}

async function posterVersion(page) {
  return page.$eval("#poster", (frame) => frame.dataset.version || "");
}

function resolved() {
  return JSON.parse(
    execFileSync(pledge, ["--library-path", libraries, "resolve", file, "--format", "json"], { encoding: "utf8" })
  );
}

const key = (ref) => ref.replace(/[^a-z0-9-]/g, "--");

// --- The test ----------------------------------------------------------------------------------------------

async function run() {
  const page = await openPage();
  const shown = await pageText(page);
  for (const text of [
    "Our patients are treated with dignity and respect.",
    "You can ask for a second opinion.",
    "Patients staying in our wards have single-sex accommodation.",
    "All our rooms are single rooms with their own bathroom.",
    "Your family can visit at any time.",
    "We are caring",
    "We work in partnership",
  ])
    assert.ok(shown.includes(text), "the page shows " + text);
  step("the page shows every group and statement, with the reason of the crossed-off one");
  await page.waitForFunction(() => document.getElementById("poster").dataset.version, { timeout: 10000, polling: 100 });
  step("the poster preview is shown (a PDF from the renderer, in the browser's viewer)");
  await page.waitForFunction(() => document.getElementById("web-page").dataset.version, { timeout: 10000, polling: 100 });
  const webText = await webPageText(page);
  assert.ok(webText.includes("Our patients are treated with dignity and respect."), "the web page preview shows the pledge");
  assert.ok(!webText.includes("single-sex accommodation"), "the web page preview leaves out what is crossed off");
  step("the web page preview is shown beside it (pledge build's page, from memory)");
  await sleep(500);
  assert.equal(readFile(), original, "the file is unchanged until something is saved");
  step("the file is unchanged until something is saved");
  await axe(page, "on the page as loaded");

  // Cross off, with the keyboard; the reason is required.
  const dignity = "ward-values/dignity";
  await press(page, "Enter", `[data-key="cross:${dignity}"]`);
  let active = await activeElement(page);
  assert.equal(active.id, "reason-" + key(dignity), "Enter on Cross off opens the reason box and focuses it");
  await page.keyboard.press("Tab");
  assert.equal((await activeElement(page)).text, "Cross it off", "Tab reaches the Cross it off button");
  await page.keyboard.press("Enter");
  await waitForText(page, ".editor .error", "Write why it does not fit");
  active = await activeElement(page);
  assert.equal(active.id, "reason-" + key(dignity), "without a reason the box keeps the focus");
  assert.equal(readFile(), original, "crossing off without a reason saves nothing");
  step("crossing off without a reason is refused, with a message, and saves nothing");
  await axe(page, "with the reason form open and its error shown");
  const reason = "Dignity is in every statement we make.";
  await page.keyboard.type(reason);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await waitForText(page, `#s-${key(dignity)} .badge`, "Crossed off");
  assert.ok(readFile().includes(`  - ref: ward-values/dignity\n    reason: ${reason}\n`), "the exclusion is saved");
  assert.ok(!(await pageText(page)).includes("passive voice"), "the finding of the crossed-off statement is gone");
  step("crossed off with the keyboard: saved at once, and its passive-voice finding is gone from the page");

  // Reword: a finding appears as the team types, and goes when the word is put right.
  const second = "ward-values/second-opinion";
  await press(page, "Enter", `[data-key="first:${second}"]`);
  active = await activeElement(page);
  assert.equal(active.id, "text-" + key(second), "Enter on Change the wording focuses the text box");
  const originalShown = await page.$eval(".editor .original-box", (e) => e.textContent);
  assert.ok(originalShown.includes("Our patients are made aware that they can ask for a second opinion."),
    "the original wording is shown beside the box");
  const misspelt = "You can ask to see another docter for a second opinion.";
  await typeOver(page, misspelt);
  const typed = await now(page);
  await waitForText(page, ".editor .draft", "Unknown word 'docter'");
  await page.waitForFunction((x) => window.workshopTimings.some((m) => m.event === "draft-shown" && m.detail.text === x),
    { timeout: 10000, polling: 100 }, misspelt);
  const findingShown = await timing(page, "draft-shown", typed, misspelt);
  const draftSent = await timing(page, "draft-sent", typed, misspelt);
  const lintLatency = findingShown.t - typed;
  step(`a spelling finding appears as the team types (${lintLatency.toFixed(0)} ms after the last key)`);
  await axe(page, "with the wording form open and a finding shown");
  await page.keyboard.press("Backspace");
  for (let i = 0; i < "docter for a second opinion".length; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("doctor for a second opinion.");
  const fixed = await now(page);
  const wording = "You can ask to see another doctor for a second opinion.";
  await page.waitForFunction(
    () => {
      const draft = document.querySelector(".editor .draft");
      return draft && !draft.textContent.includes("docter") && !draft.textContent.includes("Checking");
    },
    { timeout: 10000, polling: 100 }
  );
  await page.waitForFunction((x) => window.workshopTimings.some((m) => m.event === "draft-shown" && m.detail.text === x),
    { timeout: 10000, polling: 100 }, wording);
  const findingGone = await timing(page, "draft-shown", fixed, wording);
  step(`the finding goes when the word is put right (${(findingGone.t - fixed).toFixed(0)} ms after the last key)`);
  await page.keyboard.press("Tab");
  assert.equal((await activeElement(page)).text, "Save the wording");
  const posterBefore = await posterVersion(page);
  const saveTime = await now(page);
  await page.keyboard.press("Enter");
  await waitForText(page, `#s-${key(second)} .statement-text`, wording);
  const saved = await timing(page, "change-saved", saveTime);
  await page.waitForFunction((v) => {
    const frame = document.getElementById("poster");
    return frame.dataset.version && frame.dataset.version !== v;
  }, { timeout: 10000, polling: 100 }, posterBefore);
  const posterShown = await timing(page, "poster-shown", saveTime);
  await page.waitForFunction((v) => {
    const frame = document.getElementById("web-page");
    return frame.dataset.version === v;
  }, { timeout: 10000, polling: 100 }, await page.evaluate(() => document.body.dataset.version));
  const webPageShown = await timing(page, "page-shown", saveTime);
  assert.ok((await webPageText(page)).includes(wording), "the web page preview has the new wording");
  const webPageLatency = webPageShown.t - saveTime;
  const saveLatency = saved.t - saveTime;
  const posterLatency = posterShown.t - saveTime;
  assert.ok(readFile().includes(`    text: ${wording}\n`), "the wording is saved");
  assert.equal((await activeElement(page)).key, "first:" + second, "focus returns to the statement");
  step(`reworded: saved with its findings in ${saveLatency.toFixed(0)} ms, new poster shown ${posterLatency.toFixed(0)} ms ` +
    `and new web page ${webPageLatency.toFixed(0)} ms after Save`);

  // Add a statement of the team's own.
  const added = "We explain your care plan in plain words.";
  await press(page, "Enter", '[data-key="add:partnership"]');
  assert.equal((await activeElement(page)).tag, "TEXTAREA", "Enter on Add opens a box for the new statement");
  await page.keyboard.type(added);
  await page.keyboard.press("Tab");
  const beforeAdd = readFile();
  await page.keyboard.press("Enter");
  await waitForText(page, ".decision-added .statement-text", added);
  active = await activeElement(page);
  assert.equal(active.key, "first:local/we-explain-your-care-plan", "focus goes to the new statement");
  step("added a statement with the keyboard; focus goes to it");

  // Undo takes the file back to its exact bytes, and redo makes the change again, byte for byte.
  const afterAdd = readFile();
  await press(page, "Enter", "#undo");
  await page.waitForFunction((t) => !document.body.innerText.includes(t), { timeout: 10000, polling: 100 }, added);
  assert.equal(readFile(), beforeAdd, "undo restores the file's bytes from before the change");
  step("undo takes the added statement back out, restoring the file byte for byte");
  await waitForText(page, "#redo", "Redo: Added local/we-explain-your-care-plan");
  await press(page, "Enter", "#redo");
  await waitForText(page, ".decision-added .statement-text", added);
  assert.equal(readFile(), afterAdd, "redo writes the change's own bytes again");
  assert.equal((await activeElement(page)).id, "undo", "with nothing left to redo, focus goes to Undo");
  assert.ok(await page.$eval("#redo", (b) => b.disabled), "Redo is off with nothing to redo");
  step("redo (Enter on its button) puts the added statement back, byte for byte; focus moves to Undo");
  await page.keyboard.down("Control");
  await page.keyboard.press("z");
  await page.keyboard.up("Control");
  await page.waitForFunction((t) => !document.body.innerText.includes(t), { timeout: 10000, polling: 100 }, added);
  assert.equal(readFile(), beforeAdd, "Ctrl+Z undoes");
  await page.keyboard.down("Control");
  await page.keyboard.down("Shift");
  await page.keyboard.press("Z");
  await page.keyboard.up("Shift");
  await page.keyboard.up("Control");
  await waitForText(page, ".decision-added .statement-text", added);
  assert.equal(readFile(), afterAdd, "Ctrl+Shift+Z redoes");
  step("Ctrl+Z and Ctrl+Shift+Z undo and redo from the keyboard too");

  // Asks: added with a finding as the team types, reworded and removed, each saved with the comments kept.
  await press(page, "Enter", '[data-key="add-ask"]');
  assert.equal((await activeElement(page)).id, "text-add-ask", "Enter on Add an ask opens its box");
  const askTyped = await now(page);
  await page.keyboard.type("Tell us if you are in pian.");
  await waitForText(page, ".editor .draft", "pian");
  const askFinding = await timing(page, "draft-shown", askTyped, "Tell us if you are in pian.");
  step(`a new ask is linted as it is typed: 'pian' shown ${(askFinding.t - askTyped).toFixed(0)} ms after typing began`);
  await axe(page, "with the ask form open and its finding shown");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("ain.");
  await page.waitForFunction(() => {
    const draft = document.querySelector(".editor .draft");
    return draft && !draft.textContent.includes("pian") && !draft.textContent.includes("Checking");
  }, { timeout: 10000, polling: 100 });
  const askDraft = await page.$eval(".editor .draft", (e) => e.textContent);
  assert.equal(askDraft, "No suggestions: it reads well.", "the finding goes when the ask is put right");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await waitForText(page, "#a-asks--1 .statement-text", "Tell us if you are in pain.");
  assert.ok(readFile().endsWith("asks:\n  - Tell us if you are in pain.\n"), "the ask is saved: " + readFile());
  assert.equal((await activeElement(page)).key, "first:asks/1", "focus goes to the new ask");
  await press(page, "Enter", '[data-key="first:asks/1"]');
  await typeOver(page, "Tell us when you are in pain.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await waitForText(page, "#a-asks--1 .statement-text", "Tell us when you are in pain.");
  assert.ok(readFile().endsWith("asks:\n  - Tell us when you are in pain.\n"), "the ask is reworded in place");
  const withAsk = readFile();
  await press(page, "Enter", '[data-key="remove:asks/1"]');
  await waitForText(page, ".asks", "No asks yet.");
  assert.ok(readFile().endsWith("asks:\n  # - Tell us when you are in pain.\n"), "a removed ask is kept as a comment");
  assert.equal((await activeElement(page)).key, "add-ask", "after removing, focus goes to Add an ask");
  await press(page, "Enter", "#undo");
  await waitForText(page, "#a-asks--1 .statement-text", "Tell us when you are in pain.");
  assert.equal(readFile(), withAsk, "undo brings the ask back");
  step("an ask added, reworded, removed and brought back with undo, all with the keyboard");

  // The saved file: comments kept, and it resolves to the pledge the team made.
  const text = readFile();
  for (const comment of ["# Ward 7's pledge, agreed with the team", "# the test library", "# in our own words"])
    assert.ok(text.includes(comment), "the file keeps its comment " + comment);
  const pledgeNow = resolved();
  const summary = pledgeNow.statements.map((s) => s.ref + " " + s.status + ": " + s.text);
  assert.deepEqual(summary, [
    "local/visiting added: Your family can visit at any time.",
    "ward-values/second-opinion reworded: " + wording,
    "local/we-explain-your-care-plan added: " + added,
  ]);
  assert.deepEqual(pledgeNow.asks, ["Tell us when you are in pain."], "the ask resolves");
  assert.deepEqual(pledgeNow.excluded.map((x) => x.ref + ": " + x.reason).sort(), [
    "ward-values/dignity: " + reason,
    "ward-values/single-sex-accommodation: All our rooms are single rooms with their own bathroom.",
  ]);
  step("the saved file keeps its comments and resolves to the expected pledge");

  // Two tabs: the second one's change, made to the version it showed, is refused and shown, never written over.
  const second_tab = await openPage("&poll=0");
  const other_tab = await openPage("&poll=0");
  await use(other_tab);
  await press(other_tab, "Enter", '[data-key="first:ward-values/single-sex-accommodation"]'); // Keep it
  await waitForText(other_tab, "#s-ward-values--single-sex-accommodation .badge", "Kept");
  const afterOtherTab = readFile();
  await use(second_tab);
  await press(second_tab, "Enter", '[data-key="first:local/visiting"]');
  const visiting = "Your family and friends can visit at any time.";
  await typeOver(second_tab, visiting);
  await second_tab.keyboard.press("Tab");
  await second_tab.keyboard.press("Enter");
  await second_tab.waitForSelector("#conflict[open]", { timeout: 10000, polling: 100 });
  const disk = await second_tab.$eval("#conflict-disk", (e) => e.textContent);
  const yours = await second_tab.$eval("#conflict-yours", (e) => e.textContent);
  assert.ok(disk.includes("# - ref: ward-values/single-sex-accommodation"), "the dialog shows the file on disk");
  assert.ok(yours.includes(visiting), "the dialog shows this tab's version");
  assert.equal(readFile(), afterOtherTab, "the conflicting change is not written");
  assert.equal((await activeElement(second_tab)).id, "conflict-reload", "the dialog takes the focus");
  step("a change from a second tab made to an old version is refused: the page shows both versions");
  await axe(second_tab, "with the conflict dialog open");
  await second_tab.keyboard.press("Escape");
  assert.ok(await second_tab.$("#conflict[open]"), "Escape does not dismiss the conflict unresolved");
  await second_tab.keyboard.press("Enter"); // Use the file on disk
  await second_tab.waitForFunction(() => !document.querySelector("#conflict[open]"), { timeout: 10000, polling: 100 });
  assert.equal(readFile(), afterOtherTab, "using the file on disk writes nothing");
  await waitForText(second_tab, "#s-ward-values--single-sex-accommodation .badge", "Kept");
  assert.equal((await activeElement(second_tab)).tag, "TEXTAREA", "the tab's words are still in their box");
  await second_tab.keyboard.press("Tab");
  await second_tab.keyboard.press("Enter");
  await waitForText(second_tab, "#s-local--visiting .statement-text", visiting);
  assert.ok(readFile().includes("# - ref: ward-values/single-sex-accommodation"), "the other tab's change stays");
  assert.ok(readFile().includes(visiting), "this tab's change is made on top of it");
  step("after choosing the file on disk, the same words save on top of the other tab's change");

  // An editor changes the file on disk; a stale tab keeps its own version only when the team chooses so.
  const edited = readFile().replace("Dignity is in every statement we make.", "Dignity runs through all we do.");
  // Written as most editors save (a new file renamed over the old one): written in place, the file is empty for
  // a moment, and a preview the second tab is still fetching would honestly answer 422 for that empty file.
  fs.writeFileSync(file + ".tmp", edited);
  fs.renameSync(file + ".tmp", file);
  await use(other_tab);
  await press(other_tab, "Enter", `[data-key="cross:ward-values/second-opinion"]`);
  await other_tab.keyboard.type("We have no doctors of our own.");
  await other_tab.keyboard.press("Tab");
  await other_tab.keyboard.press("Enter");
  await other_tab.waitForSelector("#conflict[open]", { timeout: 10000, polling: 100 });
  assert.equal(readFile(), edited, "a save after the file changed on disk is refused");
  // Each line of the dialog starts with two characters: "▶ " if it differs, else two spaces.
  const mine = await other_tab.$eval("#conflict-yours", (e) =>
    e.textContent.split("\n").slice(0, -1).map((line) => line.slice(2) + "\n").join(""));
  await press(other_tab, "Enter", "#conflict-keep");
  await other_tab.waitForFunction(() => !document.querySelector("#conflict[open]"), { timeout: 10000, polling: 100 });
  await waitForText(other_tab, "#save-status", "Saved");
  assert.equal(readFile(), mine, "keeping this tab's version writes exactly what the dialog showed");
  step("after an editor's change, 'Keep my version' writes the version the dialog showed, and only then");
  await press(other_tab, "Enter", "#undo");
  await other_tab.waitForFunction(() => document.getElementById("save-status").textContent.startsWith("Undone"),
    { timeout: 10000, polling: 100 });
  assert.equal(readFile(), edited, "undo brings the editor's version back");
  step("and that can be undone: the editor's version is back");

  // The first tab, which polls while it is shown, shows what changed elsewhere.
  await use(page);
  await waitForText(page, "#notice", "changed outside this page", 10000);
  await waitForText(page, "#s-local--visiting .statement-text", visiting);
  step("a tab that was left open shows the changes made elsewhere within seconds, and says so");

  // Readable on a phone and on a projector.
  // A phone's width (isMobile would make Chromium reload the page after it is drawn, so it is left out).
  const phone = await openPage("&poll=0", { width: 375, height: 740, deviceScaleFactor: 2 });
  const phoneLayout = await drawn(phone, () => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    text: parseFloat(getComputedStyle(document.querySelector(".statement-text")).fontSize),
    button: document.querySelector(".actions button").getBoundingClientRect().height,
  }));
  assert.ok(phoneLayout.overflow <= 0, "no sideways scrolling on a phone (" + phoneLayout.overflow + " px)");
  assert.ok(phoneLayout.text >= 18, "statements at 18 px or more on a phone (" + phoneLayout.text + ")");
  assert.ok(phoneLayout.button >= 44, "buttons at least 44 px high (" + phoneLayout.button + ")");
  await axe(phone, "on a phone (375 px wide)");
  const projector = await openPage("&poll=0", { width: 1920, height: 1080 });
  const projectorText = await drawn(projector, () =>
    parseFloat(getComputedStyle(document.querySelector(".statement-text")).fontSize));
  assert.ok(projectorText >= 24, "statements at 24 px or more on a 1920 px projector (" + projectorText + ")");
  await press(projector, "Enter", "#larger-text");
  const larger = await projector.evaluate(() =>
    parseFloat(getComputedStyle(document.querySelector(".statement-text")).fontSize));
  assert.ok(larger > projectorText * 1.2, "Larger text makes the text larger (" + larger + ")");
  await axe(projector, "on a projector with larger text");
  step(`readable: ${phoneLayout.text} px statements on a phone without sideways scrolling, ${projectorText} px on a projector (${larger} px larger)`);

  for (const p of [page, second_tab, other_tab, phone, projector])
    assert.deepEqual(p.errors, [], "no script errors on the page " + p.url().replace(/token=[0-9a-f]*/, "token=…"));

  console.log(`MEASURED change to lint findings on the page: ${lintLatency.toFixed(0)} ms from the last key to the ` +
    `finding shown (the page waits for a 250 ms pause in typing; request, lint and display took ` +
    `${(findingShown.t - draftSent.t).toFixed(0)} ms), ${(findingGone.t - fixed).toFixed(0)} ms for it to go; ` +
    `${saveLatency.toFixed(0)} ms from Save to the saved statement shown with its findings`);
  console.log(`MEASURED change to a new poster preview: ${posterLatency.toFixed(0)} ms from Save to the new PDF shown`);
  console.log(`MEASURED change to a new web page preview: ${webPageLatency.toFixed(0)} ms from Save to the new page shown`);
  console.log("ok");
}

// --- Run --------------------------------------------------------------------------------------------------

await runInBrowser({ modules, work, server, serverErr: () => serverErr }, async (launched) => {
  browser = launched;
  await run();
});

