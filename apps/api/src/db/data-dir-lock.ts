import fs from "node:fs";
import path from "node:path";
import { isProcessAlive } from "./process-alive";

export class AlreadyRunningError extends Error {
  constructor(readonly pid: number, lockFile: string) {
    super(
      `Ascent is already running from this folder (process ${pid}). Stop it first (Ctrl-C in its terminal, or \`kill ${pid}\`), ` +
        `or give this run its own ASCENT_DATA_DIR. Lock file: ${lockFile}`,
    );
  }
}

/**
 * One process owns a data folder at a time. The lock is a pid file created
 * exclusively; a lock whose process is gone (killed hard) is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "ascent.pid");
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => {
        try {
          if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockFile, "utf8").trim(), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isProcessAlive(holder)) throw new AlreadyRunningError(holder, lockFile);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`could not lock ${lockFile}`);
}
