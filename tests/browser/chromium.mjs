// What every browser test of tests/browser/ needs: Debian's Chromium started headless by puppeteer-core with
// a fresh profile and nothing fetched in the background, and axe-core's WCAG 2.2 A and AA rules run on a page.
//   import { launch, typeOver, wcagViolations } from "./chromium.mjs";
//   const browser = await launch(modules, profileFolder);
//   const violations = await wcagViolations(page, modules);  // [] when axe-core finds none
//   await typeOver(page, "We respect you.");  // the focused box's text replaced, as typed
//   await runInBrowser({ modules, work, server, serverErr: () => serverErr }, async (browser) => { ... });
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const wcag22 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

function requireFrom(modules) {
  return createRequire(path.join(modules, "package.json"));
}

export async function launch(modules, profile) {
  const puppeteer = requireFrom(modules)("puppeteer-core");
  return puppeteer.launch({
    executablePath: process.env.PLEDGE_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    userDataDir: profile,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

// axe-core's WCAG 2.2 A and AA violations on `page` as it is now, one line each: rule, impact, help, where.
export async function wcagViolations(page, modules) {
  const source = fs.readFileSync(requireFrom(modules).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
    wcag22
  );
  return {
    passes: result.passes.length,
    violations: result.violations.map(
      (v) => v.id + " (" + v.impact + "): " + v.help + " at " + v.nodes.map((n) => n.target.join(" ")).join(", ")
    ),
  };
}

// Types `text` over all the text of the focused box of `page` (Ctrl+A, then the text), as a person rewording
// it does.
export async function typeOver(page, text) {
  await page.keyboard.down("Control");
  await page.keyboard.press("a");
  await page.keyboard.up("Control");
  await page.keyboard.type(text);
}

// Runs `test(browser)` with Chromium launched on a fresh profile in the folder `work`, then, passed or failed,
// closes the browser, stops `server` (the spawned pledge serve) and removes `work`, and exits: 0, or 1 with
// the failure printed beside what the server wrote on standard error (`serverErr()`).
export async function runInBrowser({ modules, work, server, serverErr }, test) {
  let browser;
  let failed = false;
  try {
    browser = await launch(modules, path.join(work, "chromium-profile"));
    await test(browser);
  } catch (error) {
    failed = true;
    console.log("FAIL: " + (error && error.stack ? error.stack : error));
    console.log("pledge serve said:\n" + serverErr());
  } finally {
    if (browser) await browser.close();
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.on("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
