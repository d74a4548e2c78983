import { parse, serialize } from "cookie";
import type { Request, Response } from "express";

export const SESSION_COOKIE_NAME = "ascent_session";

export interface SessionCookie {
  read(): string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** httpOnly so scripts can't read it, SameSite=Lax against cross-site posts, Secure outside development. */
export function sessionCookieFor(req: Request, res: Response, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" };
  return {
    read: () => parse(req.headers.cookie ?? "")[SESSION_COOKIE_NAME] || undefined,
    set: (token, expiresAt) => res.append("Set-Cookie", serialize(SESSION_COOKIE_NAME, token, { ...options, expires: expiresAt })),
    clear: () => res.append("Set-Cookie", serialize(SESSION_COOKIE_NAME, "", { ...options, expires: new Date(0) })),
  };
}
