import { boot, PortInUseError } from "./boot";
import { loadConfig } from "./config";
import { AlreadyRunningError } from "./db/data-dir-lock";
import { createLogger } from "./logger";
import { safeError } from "./log-safe-error";

async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  let running;
  try {
    running = await boot(config, log);
  } catch (error) {
    if (error instanceof AlreadyRunningError || error instanceof PortInUseError) {
      log.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  log.info({ url: running.url }, `api ready at ${running.url}`);
  // Started by `npm start`: report readiness, and stop when that launcher goes away, even if it was killed hard.
  process.send?.({ type: "ready", url: running.url, devSmtpUrl: running.devSmtpUrl });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      // A second Ctrl-C means "now"; a repeated SIGTERM (supervisors resend) just waits.
      if (signal !== "SIGINT") return;
      log.warn("SIGINT again: exiting without waiting");
      process.exit(1);
    }
    stopping = true;
    log.info(`${signal}: finishing in-flight requests, then stopping`);
    const force = setTimeout(() => {
      log.error("shutdown took too long; exiting");
      process.exit(1);
    }, config.shutdownGraceMs + 20_000);
    force.unref();
    // A supervisor's SIGTERM: clients on idle keep-alive connections get until their keep-alive timeout; Ctrl-C doesn't wait for them.
    running.shutdown(signal === "SIGTERM" ? {} : { idleMs: 0 }).then(
      () => {
        log.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ error: safeError(error) }, "error while stopping");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("disconnect", () => stop("launcher gone"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
