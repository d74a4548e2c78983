import type { EntityManager } from "typeorm";

export const ADDRESS_WINDOW_SECONDS = 600;

/**
 * Counts an attempt from `clientIp` and says whether it is within the limit
 * (`attemptsPerAddress` in ADDRESS_WINDOW_SECONDS),
 * in one atomic statement so concurrent requests on any api copy agree.
 * Returns the seconds to wait when over the limit.
 */
export async function takeLoginAttempt(db: EntityManager, clientIp: string, attemptsPerAddress: number): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const rows: Array<{ attempts: number; retry_after: number }> = await db.query(
    `INSERT INTO login_throttle (key, window_started_at, attempts) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       attempts = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE login_throttle.attempts + 1 END,
       window_started_at = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE login_throttle.window_started_at END
     RETURNING attempts, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry_after`,
    [`ip:${clientIp}`, ADDRESS_WINDOW_SECONDS],
  );
  const { attempts, retry_after } = rows[0];
  return attempts <= attemptsPerAddress ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, retry_after) };
}
