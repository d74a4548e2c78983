import { Role } from "@ascent/domain";
import { DataSource } from "typeorm";
import { hashPassword } from "../auth";
import { User } from "./user.entity";

/**
 * Creates the first administrator when the database has no user at all.
 * Runs in one transaction with a lock so two api copies starting together
 * create one admin, not two.
 */
export async function ensureFirstAdmin(
  dataSource: DataSource,
  admin: { email: string; password: string; name: string } | undefined,
): Promise<"created" | "exists" | "not-configured"> {
  return dataSource.transaction(async (db) => {
    await db.query("SELECT pg_advisory_xact_lock(hashtext('ascent:first-admin'))");
    if ((await db.getRepository(User).count()) > 0) return "exists";
    if (!admin) return "not-configured";
    await db.getRepository(User).insert({
      email: admin.email,
      name: admin.name,
      role: Role.ADMIN,
      passwordHash: await hashPassword(admin.password),
      deactivatedAt: null,
    });
    return "created";
  });
}
