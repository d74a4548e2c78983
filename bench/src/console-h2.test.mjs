// The chart section's HTTP/2 console server (servers/console-h2.mjs, BENCH_CHART_HTTP2=1) serves a build as
// docker/nginx.conf does: gzip, immutable hashed assets, index.html for any other address, /graphql to the api.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { startConsoleHttp2 } from "./wresChart.mjs";

/** One HTTP/2 request: its status, headers and body. */
function get(url, pathname, { method = "GET", body } = {}) {
  return new Promise((resolve, reject) => {
    const session = http2.connect(url, { rejectUnauthorized: false });
    session.on("error", reject);
    const request = session.request({ ":path": pathname, ":method": method, "accept-encoding": "gzip" });
    const chunks = [];
    let headers;
    request.on("response", (h) => (headers = h));
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      session.close();
      resolve({ status: headers[":status"], headers, body: Buffer.concat(chunks) });
    });
    request.on("error", reject);
    request.end(body);
  });
}

test("serves a console build over TLS + HTTP/2 as production's nginx does", async () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "console-h2-test-"));
  mkdirSync(path.join(outDir, "assets"));
  const script = `export const answer = ${"42 + ".repeat(200)}0;\n`;
  writeFileSync(path.join(outDir, "assets", "app-abc123.js"), script);
  writeFileSync(path.join(outDir, "index.html"), "<!doctype html><title>console</title>");
  const api = http.createServer((req, res) => {
    let received = "";
    req.on("data", (chunk) => (received += chunk));
    req.on("end", () => res.end(JSON.stringify({ method: req.method, path: req.url, received })));
  });
  await new Promise((resolve) => api.listen(0, "127.0.0.1", resolve));
  const children = [];
  try {
    const port = await new Promise((resolve) => {
      const probe = http.createServer().listen(0, "127.0.0.1", () => {
        const { port: free } = probe.address();
        probe.close(() => resolve(free));
      });
    });
    const { url } = await startConsoleHttp2({ outDir, port, apiUrl: `http://127.0.0.1:${api.address().port}`, children });

    const asset = await get(url, "/assets/app-abc123.js");
    assert.equal(asset.status, 200);
    assert.equal(asset.headers["content-encoding"], "gzip");
    assert.equal(asset.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal(gunzipSync(asset.body).toString(), script);

    const page = await get(url, "/wres?organisation=x&year=2024");
    assert.equal(page.status, 200);
    assert.equal(page.headers["cache-control"], "no-cache");
    assert.match(gunzipSync(page.body).toString(), /<title>console<\/title>/);

    const graphql = await get(url, "/graphql", { method: "POST", body: '{"query":"{ viewer { user { id } } }"}' });
    assert.deepEqual(JSON.parse(graphql.body.toString()), { method: "POST", path: "/graphql", received: '{"query":"{ viewer { user { id } } }"}' });
  } finally {
    for (const child of children) child.kill("SIGTERM");
    api.close();
    rmSync(outDir, { recursive: true, force: true });
  }
});
