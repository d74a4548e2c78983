import "reflect-metadata";
import { createDataSource } from "../src/db/data-source";
import { runMigrationsLocked } from "../src/db/migrate-locked";

/**
 * Applies pending migrations to DATABASE_URL under the migrations' advisory
 * lock, as the api does at boot; prints what it applied. For deploy steps
 * that migrate before starting the api, and for the lock's test.
 */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL");
  const dataSource = createDataSource(url, { poolSize: 2, applicationName: "ascent-migrate" });
  await dataSource.initialize();
  try {
    const applied = await runMigrationsLocked(dataSource);
    console.log(JSON.stringify({ applied: applied.map((migration) => migration.name) }));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
