import type { EntityManager } from "typeorm";

/** Sign-in attempts allowed per address in a window, before TOO_MANY_ATTEMPTS. */
export const ATTEMPTS_PER_ADDRESS = 30;
export const ADDRESS_WINDOW_SECONDS = 600;

/**
 * Counts an attempt from `clientIp` and says whether it is within the limit,
 * in one atomic statement so concurrent requests on any api copy agree.
 * Returns the seconds to wait when over the limit.
 */
export async function takeLoginAttempt(db: EntityManager, clientIp: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const rows: Array<{ attempts: number; retry_after: number }> = await db.query(
    `INSERT INTO login_throttle (key, window_started_at, attempts) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       attempts = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE login_throttle.attempts + 1 END,
       window_started_at = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE login_throttle.window_started_at END
     RETURNING attempts, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry_after`,
    [`ip:${clientIp}`, ADDRESS_WINDOW_SECONDS],
  );
  const { attempts, retry_after } = rows[0];
  return attempts <= ATTEMPTS_PER_ADDRESS ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, retry_after) };
}
