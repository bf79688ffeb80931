// Measures page loads in headless Chromium: for each view, the time from
// navigation to the view being rendered (main[data-ready]), with a fresh
// browser profile (cold HTTP cache) for the first load.
//
//   DYAD_URL=http://127.0.0.1:8080 node web/tests/page-load.mjs
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const BASE = process.env.DYAD_URL || "http://127.0.0.1:8080";
const exe = process.env.CHROMIUM || execFileSync("which", ["chromium"]).toString().trim();
const profile = mkdtempSync(join(tmpdir(), "dyad-perf-"));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: exe, headless: true, viewport: { width: 1400, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = ctx.pages()[0] || (await ctx.newPage());
try {
  for (const [name, hash] of [["overview (first load, cold cache)", "#/"], ["overview (reload)", "#/"], ["graph", "#/graph"], ["events", "#/events"], ["timeline RUS→PRK", "#/timeline?actor=RUS&recipient=PRK"], ["map", "#/map"], ["search", "#/search?q=trattato"]]) {
    const t = Date.now();
    await page.goto("about:blank");
    await page.goto(`${BASE}/${hash}`);
    await page.waitForSelector("main[data-ready='1']", { timeout: 30000 });
    console.log(`${name.padEnd(36)} ${String(Date.now() - t).padStart(6)} ms`);
  }
} finally {
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}
