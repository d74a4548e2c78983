import { UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { runMutation } from "../../graphql/mutation";
import { userError } from "../../graphql/user-error";
import { User } from "../user";
import { LoginPayload, LogoutPayload } from "./dto/auth.payloads";
import { LoginInput } from "./dto/login.input";
import { isTrustedPair, recordSuccess, SIGN_IN_THROTTLE, takeAddressAttempt, takeDelayedAttempt, throttleKeys } from "./login-throttle";
import { decoyPasswordHash, verifyPassword } from "./password";
import { Session } from "./session.entity";
import { hashToken, newSessionToken } from "./session-token";
import { SESSION_IDLE_TIMEOUT_MS } from "./viewer";

/**
 * The one answer to every refused sign-in (unknown email, wrong password,
 * deactivated account, throttled): telling them apart would confirm which
 * emails are registered. The log keeps the difference.
 */
export const SIGN_IN_REFUSED = "That email and password don't match an active account. After several failed attempts, wait a few minutes before trying again.";

type Refusal = "unknown-account" | "wrong-password" | "throttled-address" | "throttled-address-account" | "throttled-account";

export class AuthService {
  constructor(
    private readonly sessionTtlHours: number,
    private readonly loginFailuresPerAddress: number,
  ) {}

  /**
   * Checks the password (argon2id) under the throttles of login-throttle.ts.
   * Every refusal gets the same answer; a throttled attempt still checks a
   * decoy hash so it takes as long as a wrong password. A successful
   * sign-in always starts a new session (new token).
   */
  async login(ctx: RequestContext, input: LoginInput): Promise<LoginPayload> {
    const email = input.email.trim();
    const user = await ctx.db.getRepository(User).createQueryBuilder("u").where("lower(u.email) = lower(:email)", { email }).andWhere("u.deactivated_at IS NULL").getOne();
    const keys = throttleKeys(ctx.clientIp, email, user?.id ?? null);
    // Over the address ceiling the password isn't checked at all: that refusal says nothing about any account,
    // and skipping argon2 keeps a flood from one address cheap.
    if (!(await takeAddressAttempt(ctx.db, keys.address, this.loginFailuresPerAddress))) return this.refuse(ctx, "throttled-address", user);
    const throttled = await this.throttled(ctx, keys);
    const passwordMatches = await verifyPassword(user && !throttled ? user.passwordHash : await decoyPasswordHash(), input.password);
    if (throttled) return this.refuse(ctx, throttled, user);
    if (!user || !passwordMatches) return this.refuse(ctx, user ? "wrong-password" : "unknown-account", user);
    return runMutation<LoginPayload>(
      ctx,
      async (tx) => {
        await recordSuccess(tx.db, keys);
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

  /** Takes an attempt from the address+account budget and, from an address the account doesn't know, the account's. */
  private async throttled(ctx: RequestContext, keys: ReturnType<typeof throttleKeys>): Promise<Refusal | null> {
    if (keys.account && !(await isTrustedPair(ctx.db, keys.pair))) {
      if (!(await takeDelayedAttempt(ctx.db, keys.account, SIGN_IN_THROTTLE.account))) return "throttled-account";
    }
    return (await takeDelayedAttempt(ctx.db, keys.pair, SIGN_IN_THROTTLE.pair)) ? null : "throttled-address-account";
  }

  private refuse(ctx: RequestContext, reason: Refusal, user: User | null): LoginPayload {
    // The user id, never the email typed: unknown emails are often someone's real address mistyped.
    ctx.log[reason.startsWith("throttled") ? "warn" : "info"]({ reason, userId: user?.id }, "sign-in refused");
    return { viewer: null, userErrors: [userError(null, UserErrorCode.INVALID_CREDENTIALS, SIGN_IN_REFUSED)] };
  }
}
