// Browser tests of the page served by `dyad serve`, driving Debian's
// Chromium through playwright-core (no browser download).
//
// Run by scripts/browser-test.sh, which starts the server on a database
// ingested from the seed articles and sets:
//   DYAD_URL         the server's base URL (loopback)
//   CHROMIUM         the browser binary (default: `which chromium`)
//   SCREENSHOT_DIR   where to save screenshots (optional)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";

const BASE = process.env.DYAD_URL || "http://127.0.0.1:8080";
const SHOTS = process.env.SCREENSHOT_DIR || "";
const exe = process.env.CHROMIUM || execFileSync("which", ["chromium"]).toString().trim();
let context, page, profile;

before(async () => {
  profile = mkdtempSync(join(tmpdir(), "dyad-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(15000);
  page.on("pageerror", (err) => console.error("page error:", err.message));
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Navigates to a hash route and waits until the view has rendered. */
async function go(hash) {
  await page.goto(`${BASE}/${hash}`);
  await page.waitForSelector("main[data-ready='1']");
}

async function shot(name) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

test("overview shows counts, top dyads and latest events", async () => {
  await go("#/");
  const cards = await page.locator(".card").allInnerTexts();
  assert.ok(cards.some((c) => /Events/.test(c)), cards.join("|"));
  assert.ok((await page.locator("[data-testid=latest] tbody tr").count()) > 0, "latest events listed");
  await page.waitForTimeout(300); // chart draw
  await shot("overview");
});

test("the relations graph shows RUS–PRK and RUS–VNM", async () => {
  await go("#/graph");
  const list = await page.locator("[data-testid=edge-list]").textContent(); // inside a collapsible <details>
  assert.match(list, /RUS → PRK/);
  assert.match(list, /RUS → VNM/);
  await page.waitForFunction(() => window.__dyadGraph && window.__dyadGraph.edges().length > 0);
  const ids = await page.evaluate(() => window.__dyadGraph.edges().map((e) => e.id()));
  assert.ok(ids.includes("RUS>PRK"), ids.join(","));
  assert.ok(ids.includes("RUS>VNM"), ids.join(","));
  // Clicking an edge lists its events.
  await page.evaluate(() => { window.__dyadGraph.getElementById("RUS>PRK").emit("tap"); return true; });
  await page.waitForSelector("[data-testid=edge-events] tbody tr");
  await shot("graph");
});

test("opening an event shows its highlighted sentence, and the article view", async () => {
  await go("#/events?actor=RUS&recipient=PRK");
  await page.locator("[data-testid=events-table] tbody tr a.quad").first().click();
  await page.waitForSelector("main[data-ready='1'] [data-testid=highlighted-sentence]");
  const sentence = page.locator("[data-testid=highlighted-sentence]").first();
  assert.ok((await sentence.locator("mark.trigger").count()) >= 1, "trigger highlighted");
  assert.ok((await sentence.locator("mark.actor").count()) >= 1, "actor highlighted");
  assert.ok((await sentence.getAttribute("title")).length > 0, "reason on hover");
  await shot("event");
  await page.locator("a", { hasText: "open article" }).first().click();
  await page.waitForSelector("main[data-ready='1'] [data-testid=article-text]");
  assert.ok((await page.locator(".hl.sentence.selected").count()) >= 1, "selected sentence highlighted");
  assert.ok((await page.locator(".hl.trigger").count()) >= 1);
  assert.ok((await page.locator(".hl.actor").count()) >= 1);
  await shot("article");
});

test("timeline and map render", async () => {
  await go("#/timeline?actor=RUS&recipient=PRK&period=day");
  assert.equal(await page.locator("canvas").count(), 1);
  await page.waitForTimeout(300);
  await shot("timeline");
  await go("#/map");
  assert.ok((await page.locator("[data-testid=map] path.country").count()) > 100, "world geometry drawn");
  await shot("map");
});

test("search finds articles with highlighted snippets", async () => {
  await go("#/");
  await page.fill("#quick-search input", "Putin");
  await page.press("#quick-search input", "Enter");
  await page.waitForSelector("main[data-ready='1'] [data-testid=search-results]");
  assert.ok((await page.locator("[data-testid=search-results] li").count()) >= 1);
  assert.ok((await page.locator("[data-testid=search-results] mark").count()) >= 1);
  await shot("search");
});

test("pasting an article codes it and shows its events", async () => {
  await go("#/paste");
  await page.fill("textarea[name=text]",
    "Mosca, 21 giugno 2024. Il presidente russo Vladimir Putin ha incontrato ieri a Mosca il presidente cinese Xi Jinping. " +
    "La Cina ha accusato gli Stati Uniti di destabilizzare la regione.");
  await page.selectOption("select[name=lang]", "it");
  await page.fill("input[name=date]", "2024-06-21");
  await page.click("form[data-testid=paste-form] button[type=submit]");
  await page.waitForSelector("[data-testid=paste-result] [data-testid=article-text]");
  const summary = await page.locator("[data-testid=paste-result]").innerText();
  assert.match(summary, /\d+ events/);
  assert.ok((await page.locator("[data-testid=paste-result] .article-events li").count()) >= 1, summary);
  await shot("paste");
});
