// The workshop page for a pledge in two languages (pledge serve), in Debian's Chromium with axe-core: every
// statement shows its Welsh beside the English; a statement reworded without its Welsh is saved and the
// missing Welsh is the page's warning; the team writes the Welsh with the keyboard, linted in Welsh as it is
// typed, and it is saved as translations:. Run by run.sh as: node workshop-languages.mjs PLEDGE ROOT MODULES
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { runInBrowser, typeOver, wcagViolations } from "./chromium.mjs";

const [pledge, root, modules] = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "pledge-workshop-languages-"));
const file = path.join(work, "ward.pledge.yaml");
fs.copyFileSync(path.join(root, "tests", "data", "welsh", "ward.pledge.yaml"), file);
const readFile = () => fs.readFileSync(file, "utf8");
const step = (text) => console.log("- " + text);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const server = spawn(pledge, ["--library-path", path.join(root, "tests", "data", "welsh"), "serve", file],
  { stdio: ["ignore", "pipe", "pipe"] });
let serverOut = "";
let serverErr = "";
server.stdout.on("data", (d) => (serverOut += d));
server.stderr.on("data", (d) => (serverErr += d));
for (let i = 0; i < 100 && !/token=/.test(serverOut); i++) await sleep(100);
const address = (serverOut.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}/) || [])[0];

async function axe(page, what) {
  const { passes, violations } = await wcagViolations(page, modules);
  assert.deepEqual(violations, [], "axe-core finds WCAG 2.2 A/AA violations " + what);
  step("axe-core: no WCAG 2.2 A or AA violations " + what + " (" + passes + " rules pass)");
}

async function focusAndPress(page, selector, key) {
  await page.waitForSelector(selector, { timeout: 10000, polling: 100 });
  await page.focus(selector);
  await page.keyboard.press(key);
}

const text = (page, selector) => page.$eval(selector, (e) => e.textContent);

await runInBrowser({ modules, work, server, serverErr: () => serverErr }, async (browser) => {
  assert.ok(address, "pledge serve printed no address: " + serverErr);
  const page = await browser.newPage();
  await page.setBypassCSP(true);
  await page.setViewport({ width: 1400, height: 1000 });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(address + "&poll=0", { waitUntil: "load" });
  await page.waitForSelector(".translation", { timeout: 10000, polling: 100 });
  const dignity = "#s-bilingual-ward--dignity";
  assert.ok((await text(page, dignity)).includes("Byddwn yn eich trin ag urddas a pharch."), "the Welsh is shown");
  assert.equal(await page.$eval(dignity + " .translation [lang]", (e) => e.getAttribute("lang")), "cy");
  step("every statement shows its Welsh beside its English, marked lang=cy");
  await axe(page, "on a pledge in Welsh and English");

  // Reword a library statement: saved, and its missing Welsh is the page's warning.
  await focusAndPress(page, '[data-key="first:bilingual-ward/dignity"]', "Enter");
  await typeOver(page, "We respect you and your wishes.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.getElementById("warnings").hidden, { timeout: 10000, polling: 100 });
  assert.ok(readFile().includes("    text: We respect you and your wishes.\n"), "the rewording is saved");
  assert.ok((await text(page, "#warning-list")).includes("cy"), "the warning names the language");
  assert.ok((await text(page, dignity)).includes("No wording in Welsh (cy) yet"), "the statement says so");
  step("a rewording without its Welsh is saved; the missing Welsh is the page's warning, not an error");
  await axe(page, "with the missing Welsh shown as a warning");

  // Write the Welsh: linted in Welsh as it is typed, then saved as translations:.
  const key = "tr:cy:bilingual-ward/dignity";
  await focusAndPress(page, `[data-key="${key}"]`, "Enter");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("lang")), "cy", "the box is lang=cy");
  await page.keyboard.type("Rydym yn eich parchu chi a'ch dymunniadau.");
  await page.waitForFunction(() => {
    const draft = document.querySelector(".editor .draft");
    return draft && draft.textContent.includes("dymunniadau");
  }, { timeout: 10000, polling: 100 });
  step("a misspelt Welsh word is found as it is typed, by the Welsh dictionary");
  await axe(page, "with the Welsh box open and its finding shown");
  for (let i = 0; i < "dymunniadau.".length; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("dymuniadau.");
  await page.waitForFunction(() => {
    const draft = document.querySelector(".editor .draft");
    return draft && draft.textContent.includes("reads well");
  }, { timeout: 10000, polling: 100 });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("warnings").hidden, { timeout: 10000, polling: 100 });
  assert.ok(readFile().includes("    text: We respect you and your wishes.\n    translations:\n" +
    "      cy: Rydym yn eich parchu chi a'ch dymuniadau.\n"), "the Welsh is saved: " + readFile());
  assert.ok((await text(page, dignity)).includes("Rydym yn eich parchu chi a'ch dymuniadau."));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.key), key, "focus returns to its button");
  step("the Welsh is saved under translations:, the warning goes, focus returns");
  assert.deepEqual(errors, [], "no script errors");
  console.log("ok");
});
