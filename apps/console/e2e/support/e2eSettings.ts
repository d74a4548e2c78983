/** The admin the api creates on first start (ASCENT_ADMIN_EMAIL / ASCENT_ADMIN_PASSWORD). */
export const E2E_ADMIN = {
  email: "e2e.admin@ascent.test",
  password: "correct-horse-battery-staple",
  name: "E2E Administrator",
} as const;

/** Where globalSetup writes server logs and tests write failure screenshots (git-ignored). */
export const ARTIFACTS_DIR = new URL("../artifacts/", import.meta.url);

declare module "vitest" {
  export interface ProvidedContext {
    /** The console's dev server, e.g. http://127.0.0.1:43123 */
    consoleUrl: string;
    /** The api itself, for tests that need to check the server directly. */
    apiUrl: string;
  }
}
