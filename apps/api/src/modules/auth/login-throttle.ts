import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";

/**
 * Sign-in throttling (NIST SP 800-63B 5.2.2, OWASP authentication cheat
 * sheet): growing delays instead of a lock, so a stranger can slow down only
 * their own guesses, never lock the owner out.
 *
 * - per address+account: 5 free failures, then 1 s, 2 s, 4 s ... up to 15
 *   minutes between attempts. Staff of one organisation behind one NAT each
 *   have their own budget.
 * - per account, from addresses the account has not signed in from in the
 *   last 90 days: 20 free failures, then 1 s ... up to 5 minutes. Catches
 *   guessing spread over many addresses; the owner at a usual address is
 *   never held up by it.
 * - per address, all accounts together: a generous ceiling of failures in
 *   10 minutes (a setting) against credential stuffing from one address.
 *
 * Counters live in PostgreSQL so every api copy shares them; each check and
 * count is one atomic statement, so parallel guesses can't slip past. An
 * attempt is counted as a failure before the password is checked and the
 * count is undone on success. Keys are hashed: the table holds no address
 * or email. Failures are forgotten after a quiet day.
 */
export const SIGN_IN_THROTTLE = {
  pair: { freeFailures: 5, maxDelaySeconds: 900 },
  account: { freeFailures: 20, maxDelaySeconds: 300 },
  addressWindowSeconds: 600,
  forgetAfterSeconds: 86_400,
  trustedAddressDays: 90,
} as const;

const digest = (value: string) => createHash("sha256").update(value).digest("hex");

export interface ThrottleKeys {
  address: string;
  pair: string;
  account: string | null;
}

export function throttleKeys(clientIp: string, email: string, userId: string | null): ThrottleKeys {
  return {
    address: `address:${digest(clientIp)}`,
    pair: `pair:${digest(`${clientIp}\n${email.trim().toLowerCase()}`)}`,
    account: userId ? `account:${userId}` : null,
  };
}

/** Counts a failure against the address's ceiling unless it is already reached; false when it is. */
export async function takeAddressAttempt(db: EntityManager, key: string, failuresPerWindow: number): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `INSERT INTO login_throttle (key, failures, window_started_at, last_failure_at) VALUES ($1, 1, now(), now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE login_throttle.failures + 1 END,
       window_started_at = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE login_throttle.window_started_at END,
       last_failure_at = now()
     WHERE login_throttle.failures < $3 OR login_throttle.window_started_at < now() - make_interval(secs => $2)
     RETURNING 1`,
    [key, SIGN_IN_THROTTLE.addressWindowSeconds, failuresPerWindow],
  );
  return rows.length > 0;
}

/**
 * Counts a failure against `key` unless its growing delay since the last
 * failure has not yet passed; false when it hasn't (nothing is counted then).
 */
export async function takeDelayedAttempt(db: EntityManager, key: string, policy: { freeFailures: number; maxDelaySeconds: number }): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `INSERT INTO login_throttle (key, failures, last_failure_at) VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN login_throttle.last_failure_at < now() - make_interval(secs => $4) THEN 1 ELSE login_throttle.failures + 1 END,
       last_failure_at = now()
     WHERE login_throttle.failures < $2
        OR login_throttle.last_failure_at < now() - make_interval(secs => $4)
        OR login_throttle.last_failure_at + make_interval(secs => least(power(2, login_throttle.failures - $2), $3)) <= now()
     RETURNING 1`,
    [key, policy.freeFailures, policy.maxDelaySeconds, SIGN_IN_THROTTLE.forgetAfterSeconds],
  );
  return rows.length > 0;
}

/** Whether the account has signed in from this address recently (the account-wide delay then doesn't apply). */
export async function isTrustedPair(db: EntityManager, pairKey: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM login_throttle WHERE key = $1 AND trusted_at > now() - make_interval(days => $2)`, [
    pairKey,
    SIGN_IN_THROTTLE.trustedAddressDays,
  ]);
  return rows.length > 0;
}

/** A successful sign-in: undoes its counted failure, clears the account's delays and trusts the address for it. */
export async function recordSuccess(db: EntityManager, keys: ThrottleKeys): Promise<void> {
  await db.query(`UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $1`, [keys.address]);
  await db.query(
    `INSERT INTO login_throttle (key, failures, trusted_at) VALUES ($1, 0, now())
     ON CONFLICT (key) DO UPDATE SET failures = 0, trusted_at = now()`,
    [keys.pair],
  );
  if (keys.account) await db.query(`DELETE FROM login_throttle WHERE key = $1`, [keys.account]);
  await db.query(
    `DELETE FROM login_throttle
     WHERE last_failure_at < now() - make_interval(secs => $1) AND window_started_at < now() - make_interval(secs => $1)
       AND (trusted_at IS NULL OR trusted_at < now() - make_interval(days => $2))`,
    [SIGN_IN_THROTTLE.forgetAfterSeconds, SIGN_IN_THROTTLE.trustedAddressDays],
  );
}

/** An administrator re-enabling an account also lifts its account-wide delay. */
export async function clearAccountThrottle(db: EntityManager, userId: string): Promise<void> {
  await db.query(`DELETE FROM login_throttle WHERE key = $1`, [`account:${userId}`]);
}
