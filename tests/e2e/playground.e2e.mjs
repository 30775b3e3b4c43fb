// End to end with a real client: PerfBot (perfbot serve) <- Microsoft 365 Agents Playground (-c msteams) <- Debian's
// headless Chromium driven by Playwright. Run it inside a loopback-only network namespace (see run-playground-e2e.sh):
// nothing here may reach beyond 127.0.0.1.
//
// Usage: node playground.e2e.mjs --bot "<command that starts perfbot serve>" --screenshot <png> [--bot-port N] [--playground-port N]
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const here = dirname(fileURLToPath(import.meta.url));

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const botPort = Number(args["bot-port"] ?? 3978);
const playgroundPort = Number(args["playground-port"] ?? 56150);
const screenshot = resolve(args.screenshot ?? join(here, "playground.png"));
const botCommand = args.bot;
if (!botCommand) throw new Error("--bot is required: the shell command that starts perfbot serve");

const children = [];
const log = (...parts) => console.log(`[e2e ${new Date().toISOString().slice(11, 23)}]`, ...parts);
const sleep = ms => new Promise(r => setTimeout(r, ms));

function start(name, command, argv, options) {
  const child = spawn(command, argv, { ...options, stdio: ["ignore", "pipe", "pipe"], detached: true });
  children.push(child);
  let output = "";
  const collect = chunk => {
    output += chunk;
    if (process.env.E2E_VERBOSE) process.stderr.write(`[${name}] ${chunk}`);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  child.output = () => output;
  child.on("exit", code => log(`${name} exited with ${code}`));
  return child;
}

async function waitFor(what, probe, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch { /* not yet */ }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), "perfbot-e2e-"));
  const timings = {};
  let t0 = Date.now();

  // 1. The bot first: every Playground page load probes it.
  const bot = start("bot", "sh", ["-c", botCommand], { cwd: scratch, env: { ...process.env, PERFBOT_DB: join(scratch, "perfbot.db") } });
  await waitFor("perfbot /healthz", async () => (await fetch(`http://127.0.0.1:${botPort}/healthz`)).ok);
  timings.botReadyMs = Date.now() - t0;
  log(`bot ready on ${botPort} in ${timings.botReadyMs} ms`);

  // 2. The Playground, from a scratch folder (it writes ./devTools), with every phone-home switched off.
  t0 = Date.now();
  const playgroundDir = join(scratch, "playground");
  mkdirSync(playgroundDir);
  const playground = start("playground", join(here, "node_modules", ".bin", "agentsplayground"),
    ["-e", `http://127.0.0.1:${botPort}/api/messages`, "-c", "msteams", "--disable-telemetry", "-p", String(playgroundPort)],
    {
      cwd: playgroundDir,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: "none",
        APPLICATIONINSIGHTS_CONFIGURATION_CONTENT: '{"disableStatsbeat":true,"enableAutoCollectHeartbeat":false,"disableAppInsights":true}',
      },
    });
  const port = await waitFor("the Playground's 'Listening on' line", async () => {
    const match = playground.output().match(/Listening on (\d+)/);
    return match && Number(match[1]);
  });
  await waitFor("Playground /_debug/ping", async () => (await (await fetch(`http://127.0.0.1:${port}/_debug/ping`)).text()).includes("pong"));
  timings.playgroundReadyMs = Date.now() - t0;
  log(`Playground ready on ${port} in ${timings.playgroundReadyMs} ms`);

  // 3. Debian's Chromium, never a downloaded one; every request off loopback aborted.
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--dns-prefetch-disable", "--no-first-run", "--no-default-browser-check",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const blocked = new Set();
    await page.route("**/*", route => {
      const host = new URL(route.request().url()).hostname;
      if (host === "localhost" || host === "127.0.0.1" || route.request().url().startsWith("data:")) return route.continue();
      blocked.add(host);
      return route.abort();
    });

    t0 = Date.now();
    await page.goto(`http://localhost:${port}/`, { waitUntil: "domcontentloaded", timeout: 60_000 });
    const box = page.getByRole("textbox").first();
    await box.waitFor({ timeout: 60_000 });
    timings.pageReadyMs = Date.now() - t0;
    log(`page ready in ${timings.pageReadyMs} ms`);

    const cards = page.locator(".fai-OutputCard .ac-adaptiveCard");
    async function ask(text, expected) {
      const before = await cards.count();
      const sent = Date.now();
      await box.click();
      await box.fill(text);
      await box.press("Enter");
      const card = cards.nth(before);
      await card.waitFor({ timeout: 30_000 });
      await card.getByText(expected).first().waitFor({ timeout: 10_000 });
      const ms = Date.now() - sent;
      log(`'${text}' answered with a card in ${ms} ms`);
      return ms;
    }

    timings.helpMs = await ask("help", "What PerfBot answers");
    // A member's question, answered from the demo store (Dorset's Q2 2025/26 report).
    timings.questionMs = await ask("whats red in childrens", "Percentage of looked after children placed outside the council area");

    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshot, fullPage: false });
    log(`screenshot saved to ${screenshot}`);

    // A card button (Action.Submit) goes back to the bot and is answered like typed text.
    const before = await cards.count();
    await cards.first().getByRole("button", { name: "When is the next meeting?" }).click();
    await cards.nth(before).waitFor({ timeout: 30_000 });
    await cards.nth(before).getByText("People and Health Scrutiny Committee").first().waitFor({ timeout: 10_000 });
    log("card button answered");
    const cardCount = await cards.count();
    const buttonAnswer = await cards.last().innerText();

    // A team channel: only posts that @mention the bot reach it; the mention is stripped before the text is read.
    t0 = Date.now();
    await page.getByRole("treeitem", { name: /General/ }).click();
    const composer = page.getByRole("textbox").first();
    await composer.click();
    await composer.pressSequentially("@Test");
    await page.getByRole("menuitem", { name: /Test Bot/ }).first().click();
    await composer.pressSequentially(" help");
    await page.getByRole("button", { name: "Post" }).click();
    const threadCard = page.locator("[role=group].fui-Card .ac-adaptiveCard").first();
    await threadCard.waitFor({ timeout: 30_000 });
    await threadCard.getByText("What PerfBot answers").first().waitFor({ timeout: 10_000 });
    timings.channelMs = Date.now() - t0;
    const channelReply = await threadCard.innerText();
    log(`channel post answered in the thread in ${timings.channelMs} ms`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshot.replace(/\.png$/, "-channel.png"), fullPage: false });
    console.log(JSON.stringify({ ok: true, cardCount, buttonAnswer, channelReply, blockedHosts: [...blocked], timings }));
  } catch (error) {
    const pages = browser.contexts().flatMap(c => c.pages());
    if (pages.length) await pages[0].screenshot({ path: screenshot.replace(/\.png$/, "-failure.png") }).catch(() => {});
    throw error;
  } finally {
    await browser.close();
  }
}

function stopChildren() {
  for (const child of children) {
    try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ }
  }
}

main()
  .then(() => { stopChildren(); process.exit(0); })
  .catch(error => {
    console.error(error);
    for (const child of children) console.error(`--- ${child.spawnargs.join(" ")}\n${child.output().slice(-4000)}`);
    stopChildren();
    process.exit(1);
  });
