// Loaded into the api by the bench only (`node --expose-gc --require <this file>`,
// bench/src/memory.mjs), never in production: on the bench's message over the
// IPC channel it forces a full garbage collection and answers, so the heap
// figures read from /metrics next are what is still live, not garbage that
// has not been collected yet.
"use strict";

if (typeof globalThis.gc === "function" && typeof process.send === "function") {
  // A CommonJS preload (node --require), so require is the way to load a module here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const v8 = require("node:v8");
  process.on("message", (message) => {
    if (!message || typeof message.benchGc !== "number") return;
    // Twice: the first collection runs finalizers and weak callbacks whose targets the second one frees.
    globalThis.gc();
    globalThis.gc();
    // --memory-snapshots: a heap snapshot too (compare two with bench/src/memory-heap-diff.mjs).
    if (typeof message.heapSnapshot === "string") v8.writeHeapSnapshot(message.heapSnapshot);
    process.send({ benchGcDone: message.benchGc });
  });
  // Listening must not keep the api alive on shutdown.
  process.channel?.unref();
}
