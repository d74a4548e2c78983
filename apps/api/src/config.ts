import path from "node:path";

export interface AppConfig {
  environment: "development" | "test" | "production";
  host: string;
  port: number;
  /** External PostgreSQL; when absent the api starts an embedded server in dataDir. */
  databaseUrl: string | undefined;
  /** Project-local folder for the embedded server's data and run state. */
  dataDir: string;
  embeddedPostgresPort: number;
  loadDemoData: boolean;
  firstAdmin: { email: string; password: string; name: string } | undefined;
  sessionTtlHours: number;
  /** Sign-in attempts one address may make in 10 minutes. */
  loginAttemptsPerAddress: number;
  logLevel: string;
  shutdownGraceMs: number;
}

const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

function environmentOf(value: string | undefined): AppConfig["environment"] {
  if (value === "production" || value === "test") return value;
  return "development";
}

function intFrom(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? "", 10);
  return Number.isFinite(parsed) ? parsed : fallback;
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
    dataDir: path.resolve(env.ASCENT_DATA_DIR ?? path.join(REPO_ROOT, ".ascent")),
    embeddedPostgresPort: intFrom(env.ASCENT_PG_PORT, 54329),
    loadDemoData: env.ASCENT_DEMO_DATA === "1" || env.ASCENT_DEMO_DATA === "true",
    firstAdmin:
      adminEmail && adminPassword
        ? { email: adminEmail, password: adminPassword, name: env.ASCENT_ADMIN_NAME ?? "Ascent administrator" }
        : undefined,
    sessionTtlHours: intFrom(env.ASCENT_SESSION_TTL_HOURS, 12),
    loginAttemptsPerAddress: intFrom(env.ASCENT_LOGIN_ATTEMPTS_PER_ADDRESS, 30),
    logLevel: env.LOG_LEVEL ?? (environment === "test" ? "warn" : "info"),
    shutdownGraceMs: intFrom(env.ASCENT_SHUTDOWN_GRACE_MS, 10_000),
  };
}
