import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { RequestPressure } from "./request-pressure";

/** A server whose requests stay open until released, watched by a RequestPressure(burst 3, quiet 100 ms, max 400 ms). */
async function server() {
  const open: http.ServerResponse[] = [];
  const srv = http.createServer((_req, res) => void open.push(res));
  const pressure = new RequestPressure(3, 100, 400);
  pressure.watch(srv);
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/`;
  const send = (n: number) => Array.from({ length: n }, () => fetch(url).then((r) => r.text()));
  const answerAll = () => open.splice(0).forEach((res) => res.end("ok"));
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { srv, pressure, send, answerAll, until, open };
}

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

describe("RequestPressure", () => {
  it("lets background work run at once without a burst", async () => {
    const s = await server();
    servers.push(s.srv);
    const replies = s.send(2);
    await s.until(() => s.open.length === 2);
    expect(s.pressure.yielding).toBe(false);
    await s.pressure.whenQuiet();
    s.answerAll();
    await Promise.all(replies);
  });

  it("holds background work during a burst until it has been quiet a while", async () => {
    const s = await server();
    servers.push(s.srv);
    const replies = s.send(5);
    await s.until(() => s.open.length === 5);
    expect(s.pressure.yielding).toBe(true);
    let ran = false;
    const waiting = s.pressure.whenQuiet().then(() => (ran = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toBe(false);
    s.answerAll();
    await Promise.all(replies);
    const answeredAt = Date.now();
    await waiting;
    // Not before the quiet period after the last busy moment.
    expect(Date.now() - answeredAt).toBeGreaterThanOrEqual(50);
    expect(s.pressure.requestsInFlight).toBe(0);
  });

  it("never holds background work longer than the maximum, however long the burst", async () => {
    const s = await server();
    servers.push(s.srv);
    const replies = s.send(5);
    await s.until(() => s.open.length === 5);
    const started = Date.now();
    await s.pressure.whenQuiet();
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(1500);
    // Still busy, but past the maximum: later work runs at once.
    expect(s.pressure.yielding).toBe(false);
    s.answerAll();
    await Promise.all(replies);
  });
});
