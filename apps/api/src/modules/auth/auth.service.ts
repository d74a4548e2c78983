import { LOGIN_LOCKOUT_MINUTES, LOGIN_LOCKOUT_THRESHOLD, UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { runMutation } from "../../graphql/mutation";
import { userError } from "../../graphql/user-error";
import { User } from "../user";
import { LoginPayload, LogoutPayload } from "./dto/auth.payloads";
import { LoginInput } from "./dto/login.input";
import { takeLoginAttempt } from "./login-throttle";
import { decoyPasswordHash, verifyPassword } from "./password";
import { Session } from "./session.entity";
import { hashToken, newSessionToken } from "./session-token";
import { SESSION_IDLE_TIMEOUT_MS } from "./viewer";

const INVALID_CREDENTIALS = "That email and password don't match an active account.";

const refused = (code: UserErrorCode, message: string): LoginPayload => ({ viewer: null, userErrors: [userError(null, code, message)] });

export class AuthService {
  constructor(
    private readonly sessionTtlHours: number,
    private readonly loginAttemptsPerAddress: number,
  ) {}

  /**
   * Checks the password (argon2id), counting failures: too many from one
   * address are throttled, and too many in a row lock the account for a
   * while. A successful sign-in always starts a new session (new token).
   */
  async login(ctx: RequestContext, input: LoginInput): Promise<LoginPayload> {
    const throttle = await takeLoginAttempt(ctx.db, ctx.clientIp, this.loginAttemptsPerAddress);
    if (!throttle.allowed) {
      const minutes = Math.ceil(throttle.retryAfterSeconds / 60);
      return refused(UserErrorCode.TOO_MANY_ATTEMPTS, `Too many sign-in attempts from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
    const user = await ctx.db
      .getRepository(User)
      .createQueryBuilder("u")
      .where("lower(u.email) = lower(:email)", { email: input.email.trim() })
      .andWhere("u.deactivated_at IS NULL")
      .getOne();
    const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
      return refused(UserErrorCode.TOO_MANY_ATTEMPTS, `This account is locked after repeated failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask an administrator.`);
    }
    if (!user || !passwordMatches) {
      if (user) await this.countFailure(ctx, user.id);
      return refused(UserErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }
    return runMutation<LoginPayload>(
      ctx,
      async (tx) => {
        await tx.db.getRepository(User).update(user.id, { failedLoginCount: 0, lockedUntil: null });
        const presented = tx.sessionCookie.read();
        if (presented) await tx.db.getRepository(Session).delete({ tokenHash: hashToken(presented) });
        // Sessions that have ended are of no use to anyone: clear this user's at each sign-in.
        await tx.db.query(`DELETE FROM session WHERE user_id = $1 AND (expires_at < now() OR last_seen_at < now() - make_interval(secs => $2))`, [
          user.id,
          SESSION_IDLE_TIMEOUT_MS / 1000,
        ]);
        const token = newSessionToken();
        const now = new Date();
        const expiresAt = new Date(now.getTime() + this.sessionTtlHours * 3_600_000);
        await tx.db.getRepository(Session).insert({ tokenHash: hashToken(token), userId: user.id, expiresAt, lastSeenAt: now });
        tx.sessionCookie.set(token, expiresAt);
        tx.log.info({ userId: user.id }, "signed in");
        return { viewer: { user, organisationId: user.organisationId, scopes: [] }, userErrors: [] };
      },
      (userErrors) => ({ viewer: null, userErrors }),
    );
  }

  async logout(ctx: RequestContext): Promise<LogoutPayload> {
    const token = ctx.sessionCookie.read();
    if (token) await ctx.db.getRepository(Session).delete({ tokenHash: hashToken(token) });
    ctx.sessionCookie.clear();
    return { userErrors: [] };
  }

  /** One atomic update: the count can't be lost to concurrent attempts. */
  private async countFailure(ctx: RequestContext, userId: string) {
    await ctx.db.query(
      `UPDATE user_account SET
         failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
         locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
       WHERE id = $1`,
      [userId, LOGIN_LOCKOUT_THRESHOLD, LOGIN_LOCKOUT_MINUTES],
    );
    ctx.log.info({ userId }, "failed sign-in");
  }
}
