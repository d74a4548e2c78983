// The WRES dashboard in headless Chromium: from `page.goto` to the band chart
// being visible, cold (a new browser context: empty cache, the session cookie
// only) and warm (a second navigation in the same context). See bench/README.md.
// The functions passed to page.evaluate and addInitScript run in the browser.
/* global window, document, requestAnimationFrame */
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, mkdtempSync } from "node:fs";
import http2 from "node:http2";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { median } from "./measure.mjs";

/** The band chart's accessible name (apps/console/src/features/wres/BandRepresentation.tsx). */
export const BAND_CHART_NAME = /^Bar chart of the BME share of each band/;

/**
 * A bar of the band chart: recharts' (before 2026-12-03 afternoon) or the console's own SVG bars (`data-chart-bar`,
 * GroupedBarChart.tsx); both, so that A/B rounds can compare builds from either side of that change.
 */
export const BAR_SELECTOR = ":is(.recharts-bar-rectangle, [data-chart-bar])";

/** The dashboard's address for an organisation (a database uuid) and year: `/wres?organisation=<global id>&year=<year>`. */
export function wresDashboardPath(organisationUuid, year) {
  const globalId = Buffer.from(`Organisation:${organisationUuid}`, "utf8").toString("base64url");
  return `/wres?organisation=${encodeURIComponent(globalId)}&year=${year}`;
}

/** Medians (and the range) of the cold and warm timings, in ms. */
export function summariseChartTimes(cold, warm) {
  const range = (list) => (list.length ? [Math.min(...list), Math.max(...list)] : [NaN, NaN]);
  return { cold: median(cold), warm: median(warm), coldRange: range(cold), warmRange: range(warm), repetitions: cold.length };
}

/**
 * Serves a built console with `vite preview`, proxying /graphql to the api
 * (vite.config.ts reads ASCENT_API_URL). Returns the child process once the
 * page answers.
 */
export async function startConsolePreview({ consoleDir, outDir, port, apiUrl, children }) {
  const vite = path.join(consoleDir, "node_modules", "vite", "bin", "vite.js");
  const child = spawn(process.execPath, [vite, "preview", "--outDir", outDir, "--host", "127.0.0.1", "--port", String(port), "--strictPort", "--logLevel", "warn"], {
    cwd: consoleDir,
    env: { ...process.env, ASCENT_API_URL: apiUrl },
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, child };
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer on ${url} within 60 s`);
}

/**
 * Serves a built console over TLS and HTTP/2 with gzip, as production's nginx does behind TLS
 * (`servers/console-h2.mjs`, a self-signed certificate made here with openssl). Returns the https URL once it answers.
 */
export async function startConsoleHttp2({ outDir, port, apiUrl, children }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ascent-console-tls-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "servers", "console-h2.mjs"), outDir, String(port), apiUrl, key, cert], { stdio: ["ignore", "inherit", "inherit"] });
  children.push(child);
  const url = `https://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the HTTP/2 console server exited with ${child.exitCode}`);
    const answered = await new Promise((resolve) => {
      const session = http2.connect(url, { rejectUnauthorized: false });
      session.on("error", () => resolve(false));
      const request = session.request({ ":path": "/" });
      request.on("response", (headers) => {
        session.close();
        resolve(headers[":status"] === 200);
      });
      request.on("error", () => resolve(false));
      request.end();
    });
    if (answered) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the HTTP/2 console server did not answer on ${url} within 30 s`);
}

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { viewer { user { id } } userErrors { message } } }`;

/**
 * Opens the dashboard `repetitions` times, each in a fresh context (cold),
 * then once more in that context (warm). The session comes from the login
 * mutation through the context's own request client (it shares the cookie
 * jar), so the cold navigation starts with an empty cache, as a bookmarked
 * dashboard would on a first visit after signing in elsewhere.
 */
export async function measureWresChart({
  consoleDir,
  consoleUrl,
  dashboardPath,
  user,
  repetitions = 5,
  chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  tracePath = process.env.BENCH_CHART_TRACE,
  log = () => undefined,
}) {
  // playwright-core is the console's (e2e) dependency; the bench borrows it rather than pin a second copy.
  const { chromium } = createRequire(path.join(consoleDir, "package.json"))("playwright-core");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    chromiumSandbox: false,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const cold = [];
  const warm = [];
  const coldDrawn = [];
  const warmDrawn = [];
  const coldPhases = [];
  try {
    const visit = async (page) => {
      // Each GraphQL request's operation and its start and end, in ms from the navigation's start.
      const waterfall = [];
      const startedAt = Date.now();
      const onFinished = (request) => {
        if (new URL(request.url()).pathname !== "/graphql") return;
        const timing = request.timing();
        let operation = "?";
        try {
          operation = JSON.parse(request.postData() ?? "{}").operationName ?? "?";
        } catch {
          // not JSON
        }
        waterfall.push({ operation, start: timing.startTime - startedAt, end: timing.startTime + timing.responseEnd - startedAt });
      };
      page.on("requestfinished", onFinished);
      const start = performance.now();
      await page.goto(`${consoleUrl}${dashboardPath}`, { waitUntil: "commit" });
      const chart = page.getByRole("img", { name: BAND_CHART_NAME });
      // Visible with its bars drawn, not just the frame around it: the page's own flag (the frame a bar is drawn
      // with a size, see the init script below), checked every animation frame. Playwright's visibility wait polls
      // at 0, 20, 50, 100, 100 then every 500 ms, so it noticed a chart drawn at 1.3 s up to half a second late.
      await page.waitForFunction(() => typeof window.__benchChartDrawn === "number", undefined, { polling: "raf" });
      const ms = performance.now() - start;
      await chart.locator(BAR_SELECTOR).first().waitFor({ state: "visible" });
      // Where the time went, from the page's own clock (0 = the navigation's start).
      const phases = await page.evaluate(() => {
        const navigation = performance.getEntriesByType("navigation")[0];
        const resources = performance.getEntriesByType("resource");
        const graphql = resources.filter((entry) => new URL(entry.name).pathname === "/graphql");
        const scripts = resources.filter((entry) => entry.name.endsWith(".js"));
        const longTasks = (window.__benchLongTasks ?? []).filter((task) => task.start >= 0);
        return {
          chartVisible: performance.now(),
          chartDrawn: window.__benchChartDrawn ?? NaN,
          scriptsEnd: scripts.length ? Math.max(...scripts.map((entry) => entry.responseEnd)) : NaN,
          // The chunks in the order they arrived, for the waterfall below.
          scriptTimes: scripts.map((entry) => ({ name: new URL(entry.name).pathname.split("/").at(-1), start: entry.startTime, end: entry.responseEnd, bytes: entry.encodedBodySize })),
          longTasks,
          longFrames: window.__benchLongFrames ?? [],
          // Every request's Resource Timing, for BENCH_CHART_RESOURCES: queued (start → request sent: the browser's queue
          // for one of HTTP/1.1's six connections), waited (request sent → first byte: the server) and downloaded.
          resources: resources.map((entry) => ({
            name: new URL(entry.name).pathname,
            type: entry.initiatorType,
            start: entry.startTime,
            requestStart: entry.requestStart,
            responseStart: entry.responseStart,
            end: entry.responseEnd,
            bytes: entry.encodedBodySize,
            protocol: entry.nextHopProtocol,
          })),
          domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN,
          lastGraphql: graphql.length ? Math.max(...graphql.map((entry) => entry.responseEnd)) : NaN,
          graphqlRequests: graphql.length,
          scripts: scripts.length,
        };
      });
      page.off("requestfinished", onFinished);
      return { ms, ...phases, waterfall: waterfall.sort((a, b) => a.start - b.start) };
    };
    // One untimed visit first: the api's and PostgreSQL's first-request costs (plans, the WRES year cache) are not the browser's.
    for (let repetition = -1; repetition < repetitions; repetition += 1) {
      // The HTTP/2 server's certificate is self-signed (startConsoleHttp2).
      const context = await browser.newContext({ ignoreHTTPSErrors: consoleUrl.startsWith("https:"), locale: "en-GB", timezoneId: "Europe/London", viewport: { width: 1280, height: 800 } });
      context.setDefaultTimeout(60_000);
      // Main-thread tasks over 50 ms, on the page's clock, reset by each navigation (a new document).
      await context.addInitScript((barSelector) => {
        window.__benchLongTasks = [];
        try {
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: Math.round(entry.startTime), ms: Math.round(entry.duration) });
          }).observe({ type: "longtask", buffered: true });
        } catch {
          // no long task timing in this browser
        }
        // Long animation frames (over 50 ms) with their scripts, for BENCH_CHART_RESOURCES: which chunk's code ran, how
        // long, and how much of it was a layout it forced; the frame's own style and layout after the scripts.
        window.__benchLongFrames = [];
        try {
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              window.__benchLongFrames.push({
                start: Math.round(entry.startTime),
                ms: Math.round(entry.duration),
                styleAndLayout: entry.styleAndLayoutStart ? Math.round(entry.startTime + entry.duration - entry.styleAndLayoutStart) : 0,
                scripts: entry.scripts.map((script) => ({
                  invoker: script.invoker,
                  source: script.sourceURL.split("/").at(-1),
                  ms: Math.round(script.duration),
                  forcedLayout: Math.round(script.forcedStyleAndLayoutDuration),
                })),
              });
            }
          }).observe({ type: "long-animation-frame", buffered: true });
        } catch {
          // no long animation frame timing in this browser
        }
        // The frame in which the band chart's first bar is drawn with a size, on the page's clock: Playwright's own
        // check polls every 500 ms once it has waited a while, so it notices the chart up to half a second late.
        window.__benchChartDrawn = null;
        const selector = `[role="img"][aria-label^="Bar chart of the BME share of each band"] ${barSelector}`;
        const frame = () => {
          const bar = document.querySelector(selector);
          const box = bar?.getBoundingClientRect();
          if (box && box.width > 0 && box.height > 0) window.__benchChartDrawn = performance.now();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }, BAR_SELECTOR);
      try {
        const login = await context.request.post(`${consoleUrl}/graphql`, { data: { query: LOGIN, variables: { input: user } } });
        const body = await login.json();
        if (body.errors?.length || body.data?.login?.userErrors?.length || !body.data?.login?.viewer) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
        const page = await context.newPage();
        // With BENCH_CHART_TRACE=<file.json>, the last cold visit is recorded as a Chromium performance trace (open it in chrome://tracing or DevTools).
        const tracing = tracePath && repetition === repetitions - 1;
        if (tracing) await browser.startTracing(page, { path: tracePath, screenshots: true, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame", "blink.user_timing", "v8.execute", "disabled-by-default-devtools.screenshot", "loading", "netlog", "disabled-by-default-v8.cpu_profiler"] });
        const first = await visit(page);
        if (tracing) {
          await browser.stopTracing();
          log(`    trace of the last cold visit written to ${tracePath}`);
        }
        const second = await visit(page);
        // With BENCH_CHART_SHOTS=<dir>: the page when the bars are drawn, then the whole page once everything has loaded, desktop and phone.
        if (process.env.BENCH_CHART_SHOTS && repetition === repetitions - 1) {
          const dir = process.env.BENCH_CHART_SHOTS;
          await page.screenshot({ path: path.join(dir, "wres-chart-drawn-desktop.png"), fullPage: true });
          for (const [label, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]]) {
            await page.setViewportSize(viewport);
            await page.getByTestId("wres-version-history").waitFor().catch(() => undefined);
            await page.waitForTimeout(1000);
            await page.screenshot({ path: path.join(dir, `wres-dashboard-${label}.png`), fullPage: true });
          }
          log(`    screenshots in ${dir}`);
        }
        if (repetition >= 0) {
          // With BENCH_CHART_RESOURCES=<file.json>: each cold visit's requests, long tasks and milestones, appended as one JSON line.
          if (process.env.BENCH_CHART_RESOURCES) {
            const { resources, longTasks, longFrames, chartDrawn, domContentLoaded, waterfall } = first;
            appendFileSync(process.env.BENCH_CHART_RESOURCES, `${JSON.stringify({ consoleUrl, chartDrawn, domContentLoaded, longTasks, longFrames, waterfall, resources })}\n`);
          }
          cold.push(first.ms);
          warm.push(second.ms);
          coldDrawn.push(first.chartDrawn);
          warmDrawn.push(second.chartDrawn);
          coldPhases.push(first);
          const phase = (v) => `drawn ${v.chartDrawn.toFixed(0)} ms on the page clock, DOM ready ${v.domContentLoaded.toFixed(0)} ms, last script ${v.scriptsEnd.toFixed(0)} ms, last of ${v.graphqlRequests} GraphQL answers ${v.lastGraphql.toFixed(0)} ms, ${v.scripts} scripts`;
          if (repetition === repetitions - 1) {
            for (const step of first.waterfall) log(`    cold GraphQL ${step.operation.padEnd(28)} ${step.start.toFixed(0).padStart(6)} → ${step.end.toFixed(0).padStart(6)} ms`);
            const scripts = [...first.scriptTimes].sort((a, b) => a.end - b.end);
            const big = scripts.filter((script) => script.bytes > 8_000 || script === scripts.at(-1));
            for (const script of big) log(`    cold script  ${script.name.padEnd(36)} ${script.start.toFixed(0).padStart(6)} → ${script.end.toFixed(0).padStart(6)} ms  ${(script.bytes / 1024).toFixed(1).padStart(6)} KiB`);
            log(`    cold long tasks (start+ms): ${first.longTasks.map((task) => `${task.start}+${task.ms}`).join(" ") || "none"}; chart visible at ${first.chartVisible.toFixed(0)} ms (page clock)`);
          }
          log(`  repetition ${repetition + 1}: cold ${first.ms.toFixed(0)} ms (${phase(first)}); warm ${second.ms.toFixed(0)} ms (${phase(second)})`);
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return {
    ...summariseChartTimes(cold, warm),
    // The frame the bars were drawn in, on the page's clock (see the init script above).
    drawn: summariseChartTimes(coldDrawn, warmDrawn),
    coldRuns: cold,
    coldWaterfall: coldPhases.at(-1)?.waterfall ?? [],
    warmRuns: warm,
    coldDomContentLoaded: median(coldPhases.map((p) => p.domContentLoaded)),
    coldLastGraphql: median(coldPhases.map((p) => p.lastGraphql)),
    coldGraphqlRequests: median(coldPhases.map((p) => p.graphqlRequests)),
    coldScripts: median(coldPhases.map((p) => p.scripts)),
  };
}
