import type { ApiScope } from "@ascent/domain";
import type { DataSource } from "typeorm";
import { perDataSource } from "../../db/per-data-source";

/** What a token lookup found: enough to check the presented secret and build the viewer without PostgreSQL. */
export interface CachedToken {
  organisationId: string;
  scopes: ApiScope[];
  secretHash: string;
  /** When the token expires (epoch ms): a cached token past it is refused like any expired one. */
  expiresAtMs: number;
  /** The stored query budget as read, and seconds since it was last written back, at `readAtMs`. */
  banked: number;
  idleSeconds: number;
  readAtMs: number;
}

interface Entry {
  token: CachedToken;
  until: number;
}

/**
 * A short per-process cache of partner token lookups (ASCENT_TOKEN_CACHE_SECONDS,
 * 5 s by default, 0 = off), so a partner's steady stream of requests costs one
 * token statement every few seconds instead of one per request.
 *
 * Bounds: a token revoked through this process (revokeApiToken) is dropped at
 * once; revoked by another api process or by hand in the database, it is
 * refused here at most the cache time later. Expiry is checked on every
 * request against the cached expiry. The query budget stays correct: whenever
 * this process writes a token's spend back (graphql/partner-cost.ts, every
 * 250 ms while it spends) the cached budget becomes what the write left
 * (`rebank`), and a lookup that was under way across the write is not cached
 * (the generation check), as it may have read the budget before it.
 */
export class TokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly generations = new Map<string, number>();

  constructor(readonly ttlMs: number) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(tokenId: string, now = Date.now()): CachedToken | undefined {
    const entry = this.entries.get(tokenId);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(tokenId);
      return undefined;
    }
    return entry.token;
  }

  /** The token's generation before a lookup starts; pass it to `set` so a lookup that raced a drop isn't kept. */
  generation(tokenId: string): number {
    return this.generations.get(tokenId) ?? 0;
  }

  set(tokenId: string, token: CachedToken, generation: number, now = Date.now()): void {
    if (!this.enabled || this.generation(tokenId) !== generation) return;
    // Bounded: a flood of distinct valid tokens can't grow the map without limit.
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(tokenId, { token, until: now + this.ttlMs });
  }

  /** The token's budget as this process's write-back just left it (banked now, no idle time). */
  rebank(tokenId: string, banked: number, now = Date.now()): void {
    this.generations.set(tokenId, this.generation(tokenId) + 1);
    const entry = this.entries.get(tokenId);
    if (entry) entry.token = { ...entry.token, banked, idleSeconds: 0, readAtMs: now };
  }

  drop(tokenId: string): void {
    this.entries.delete(tokenId);
    this.generations.set(tokenId, this.generation(tokenId) + 1);
    if (this.generations.size > 10_000) this.generations.clear();
  }
}

export const DEFAULT_TOKEN_CACHE_SECONDS = 5;

let ttlMs = DEFAULT_TOKEN_CACHE_SECONDS * 1000;

/** Sets the cache time for caches made from now on (the module's setup, from AppConfig.tokenCacheSeconds). */
export function configureTokenCache(seconds: number): void {
  ttlMs = Math.max(0, seconds) * 1000;
}

/** The cache for one database (one per DataSource, so two api instances in one test process don't share lookups). */
export const tokenCacheFor: (dataSource: DataSource) => TokenCache = perDataSource(() => new TokenCache(ttlMs));
