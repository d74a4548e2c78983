// The console's production build served as docker/nginx.conf serves it behind TLS with HTTP/2: one connection, no
// six-at-a-time queue, gzip for the text files (compressed once, as gzip_static does), the same cache headers, and
// /graphql proxied to the api. For the chart section's A/B (`BENCH_CHART_HTTP2=1`, see bench/README.md), beside
// `vite preview`'s HTTP/1.1 figure, not instead of it.
//   node console-h2.mjs <outDir> <port> <apiUrl> <keyFile> <certFile>
import { readFileSync, statSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import path from "node:path";
import { gzipSync } from "node:zlib";

const [outDir, port, apiUrl, keyFile, certFile] = process.argv.slice(2);
const api = new URL(apiUrl);
const TYPES = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml", ".json": "application/json", ".png": "image/png", ".ico": "image/x-icon" };
const COMPRESSED = new Set([".js", ".css", ".html", ".svg", ".json"]);
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "http2-settings"]);

/** Each file read (and gzipped) once. */
const files = new Map();
function file(relative) {
  if (files.has(relative)) return files.get(relative);
  const full = path.join(outDir, relative);
  let entry = null;
  if (full.startsWith(path.resolve(outDir)) && statSync(full, { throwIfNoEntry: false })?.isFile()) {
    const body = readFileSync(full);
    const ext = path.extname(full);
    entry = { body, gzipped: COMPRESSED.has(ext) ? gzipSync(body, { level: 9 }) : null, type: TYPES[ext] ?? "application/octet-stream" };
  }
  files.set(relative, entry);
  return entry;
}

function proxy(req, res) {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !name.startsWith(":") && !HOP_BY_HOP.has(name)));
  headers.host = api.host;
  const upstream = http.request({ host: api.hostname, port: api.port, method: req.method, path: req.url, headers }, (answer) => {
    const out = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    res.writeHead(answer.statusCode ?? 502, out);
    answer.pipe(res);
  });
  upstream.on("error", () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

// allowHTTP1 for the bench's own sign-in request (Playwright's request client speaks HTTP/1.1); Chromium negotiates h2.
const server = http2.createSecureServer({ key: readFileSync(keyFile), cert: readFileSync(certFile), allowHTTP1: true }, (req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, "https://console").pathname);
  if (pathname === "/graphql" || pathname.startsWith("/graphql/")) return proxy(req, res);
  // A single-page app: an address that is not a file gets index.html (nginx's try_files $uri /index.html).
  const asset = pathname !== "/" ? file(pathname) : null;
  const served = asset ?? file("/index.html");
  const gzip = served.gzipped && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  res.writeHead(200, {
    "content-type": served.type,
    "cache-control": pathname.startsWith("/assets/") && asset ? "public, max-age=31536000, immutable" : "no-cache",
    vary: "accept-encoding",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  res.end(gzip ? served.gzipped : served.body);
});
server.listen(Number(port), "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));
