import { UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { userError } from "../../graphql/user-error";
import { User } from "../user/user.entity";
import { LoginPayload, LogoutPayload } from "./dto/auth.payloads";
import { LoginInput } from "./dto/login.input";
import { decoyPasswordHash, verifyPassword } from "./password";
import { Session } from "./session.entity";
import { hashToken, newSessionToken } from "./session-token";

const INVALID_CREDENTIALS = "That email and password don't match an active account.";

export class AuthService {
  constructor(private readonly sessionTtlHours: number) {}

  async login(ctx: RequestContext, input: LoginInput): Promise<LoginPayload> {
    const user = await ctx.db
      .getRepository(User)
      .createQueryBuilder("u")
      .where("lower(u.email) = lower(:email)", { email: input.email.trim() })
      .andWhere("u.deactivated_at IS NULL")
      .getOne();
    const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
    if (!user || !passwordMatches) {
      return { viewer: null, userErrors: [userError(null, UserErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS)] };
    }
    const token = newSessionToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.sessionTtlHours * 3_600_000);
    await ctx.db.getRepository(Session).insert({ tokenHash: hashToken(token), userId: user.id, expiresAt, lastSeenAt: now });
    ctx.sessionCookie.set(token, expiresAt);
    ctx.log.info({ userId: user.id }, "signed in");
    return { viewer: { user }, userErrors: [] };
  }

  async logout(ctx: RequestContext): Promise<LogoutPayload> {
    const token = ctx.sessionCookie.read();
    if (token) await ctx.db.getRepository(Session).delete({ tokenHash: hashToken(token) });
    ctx.sessionCookie.clear();
    return { userErrors: [] };
  }
}
