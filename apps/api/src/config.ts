import path from "node:path";
import { DEFAULT_STATEMENT_TIMEOUT_MS } from "./db/data-source";
import { replicaUrlsFrom } from "./db/read-replica";

export interface AppConfig {
  environment: "development" | "test" | "production";
  host: string;
  port: number;
  /** External PostgreSQL; when absent the api starts an embedded server in dataDir. */
  databaseUrl: string | undefined;
  /** Streaming replicas of that database (DATABASE_REPLICA_URLS): lag-tolerant reads go there (graphql/replica-reads.ts). Empty: everything on the primary. */
  databaseReplicaUrls: string[];
  /** Project-local folder for the embedded server's data and run state. */
  dataDir: string;
  embeddedPostgresPort: number;
  loadDemoData: boolean;
  firstAdmin: { email: string; password: string; name: string } | undefined;
  sessionTtlHours: number;
  /** Failed sign-ins one address may make in 10 minutes, all accounts together (modules/auth/login-throttle.ts). */
  loginFailuresPerAddress: number;
  /**
   * Proxies whose X-Forwarded-For is believed when finding a caller's address,
   * as express's "trust proxy" takes them: addresses, subnets, the names
   * loopback / linklocal / uniquelocal, or a number of hops.
   */
  trustedProxies: string[] | number;
  logLevel: string;
  /** PostgreSQL cancels a request's statement after this long (0 = never). */
  statementTimeoutMs: number;
  /** Hot-path statements run as named prepared statements (ASCENT_PREPARED_STATEMENTS; off behind a PgBouncer older than 1.21 in transaction mode). */
  preparedStatements?: boolean;
  /** Bearer token a Prometheus scraper sends for /metrics; without it /metrics is served only outside production. */
  metricsToken: string | undefined;
  shutdownGraceMs: number;
  /** The console's public address, for links in emails. */
  consoleUrl: string;
  /** Where mail goes (smtp:// or smtps://); unset, development runs its own mailbox and production keeps messages waiting. */
  smtpUrl: string | undefined;
  /** The From header of every message. */
  mailFrom: string;
  /** Retries of a message after the first attempt, and the first retry's delay (then doubling). */
  mailRetryLimit: number;
  mailRetryDelaySeconds: number;
  /** Preferred port of the development mailbox (SMTP, loopback only). */
  devSmtpPort: number;
  /** Set by boot while it runs the development mailbox: the folder it keeps messages in. */
  devMailboxDir?: string;
  /** How often an idle job worker asks PostgreSQL for due jobs. */
  jobPollingIntervalSeconds: number;
  /** A partner token's query budget: points it may bank, and points it regains each second (graphql/query-cost.ts prices queries). */
  partnerBudget: { maximumAvailable: number; restoreRate: number };
  /** Each api process caches every WRES data year's summed counts under the year's version in PostgreSQL (ASCENT_WRES_CACHE=off recomputes them on every request). */
  wresYearCache: boolean;
  /** Seconds each api process keeps a partner token's lookup (ASCENT_TOKEN_CACHE_SECONDS, 0 = off): a token revoked elsewhere is refused at most this long after (modules/api-token/token-cache.ts). */
  tokenCacheSeconds?: number;
  /** Each api process caches catalogue answers under the catalogue's version in PostgreSQL (ASCENT_CATALOGUE_CACHE=off runs every read; graphql/response-cache.ts). */
  catalogueCache?: boolean;
}

/**
 * A partner reading a page of 50 open cohorts with their programmes,
 * academies and places (203 points) every second or so fits the refill; a
 * full bucket is the largest query anyone may send (QUERY_LIMITS.maxCost).
 */
export const DEFAULT_PARTNER_BUDGET = { maximumAvailable: 5000, restoreRate: 250 };

const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

function environmentOf(value: string | undefined): AppConfig["environment"] {
  if (value === "production" || value === "test") return value;
  return "development";
}

function intFrom(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? "", 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** "loopback" unless set; "true" is refused because it would believe any caller's claimed address. */
export function trustedProxiesFrom(value: string | undefined): string[] | number {
  const text = value?.trim() || "loopback";
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
  if (text === "true" || text === "*") throw new Error("ASCENT_TRUSTED_PROXIES: name the proxies (addresses, subnets, loopback, uniquelocal) or a number of hops, not every address.");
  return text.split(",").map((part) => part.trim()).filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const environment = environmentOf(env.NODE_ENV);
  const adminEmail = env.ASCENT_ADMIN_EMAIL?.trim();
  const adminPassword = env.ASCENT_ADMIN_PASSWORD;
  return {
    environment,
    host: env.HOST ?? "0.0.0.0",
    port: intFrom(env.PORT, 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReplicaUrls: replicaUrlsFrom(env.DATABASE_REPLICA_URLS),
    dataDir: path.resolve(env.ASCENT_DATA_DIR ?? path.join(REPO_ROOT, ".ascent")),
    embeddedPostgresPort: intFrom(env.ASCENT_PG_PORT, 54329),
    loadDemoData: env.ASCENT_DEMO_DATA === "1" || env.ASCENT_DEMO_DATA === "true",
    firstAdmin:
      adminEmail && adminPassword
        ? { email: adminEmail, password: adminPassword, name: env.ASCENT_ADMIN_NAME ?? "Ascent administrator" }
        : undefined,
    sessionTtlHours: intFrom(env.ASCENT_SESSION_TTL_HOURS, 12),
    // ASCENT_LOGIN_ATTEMPTS_PER_ADDRESS is this setting's earlier name.
    loginFailuresPerAddress: intFrom(env.ASCENT_LOGIN_FAILURES_PER_ADDRESS ?? env.ASCENT_LOGIN_ATTEMPTS_PER_ADDRESS, 100),
    trustedProxies: trustedProxiesFrom(env.ASCENT_TRUSTED_PROXIES),
    metricsToken: env.ASCENT_METRICS_TOKEN || undefined,
    statementTimeoutMs: intFrom(env.ASCENT_STATEMENT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS),
    preparedStatements: !["0", "false", "off"].includes((env.ASCENT_PREPARED_STATEMENTS ?? "").trim().toLowerCase()),
    logLevel: env.LOG_LEVEL ?? (environment === "test" ? "warn" : "info"),
    shutdownGraceMs: intFrom(env.ASCENT_SHUTDOWN_GRACE_MS, 10_000),
    consoleUrl: (env.ASCENT_CONSOLE_URL ?? `http://localhost:${intFrom(env.ASCENT_CONSOLE_PORT, 5173)}`).replace(/\/+$/, ""),
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.ASCENT_MAIL_FROM ?? "Ascent <no-reply@ascent.local>",
    mailRetryLimit: intFrom(env.ASCENT_MAIL_RETRY_LIMIT, 10),
    mailRetryDelaySeconds: intFrom(env.ASCENT_MAIL_RETRY_DELAY_SECONDS, 30),
    devSmtpPort: intFrom(env.ASCENT_SMTP_PORT, 2525),
    jobPollingIntervalSeconds: Math.max(0.5, Number.parseFloat(env.ASCENT_JOB_POLL_SECONDS ?? "1") || 1),
    partnerBudget: {
      maximumAvailable: Math.max(1, intFrom(env.ASCENT_PARTNER_BUDGET, DEFAULT_PARTNER_BUDGET.maximumAvailable)),
      restoreRate: Math.max(1, intFrom(env.ASCENT_PARTNER_RESTORE_RATE, DEFAULT_PARTNER_BUDGET.restoreRate)),
    },
    wresYearCache: !["off", "0", "false"].includes((env.ASCENT_WRES_CACHE ?? "").trim().toLowerCase()),
    catalogueCache: !["off", "0", "false"].includes((env.ASCENT_CATALOGUE_CACHE ?? "").trim().toLowerCase()),
    tokenCacheSeconds: Math.max(0, Number.parseFloat(env.ASCENT_TOKEN_CACHE_SECONDS ?? "5") || 0),
  };
}
