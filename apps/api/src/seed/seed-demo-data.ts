import { DataSource } from "typeorm";
import { Organisation } from "../modules/organisation/organisation.entity";
import { DEMO_ORGANISATIONS } from "./demo-organisations";
import { seedDemoMentors } from "./demo-mentors";
import { seedDemoMentoring } from "./demo-mentoring";
import { seedDemoApplicationForms } from "./demo-application-forms";
import { seedDemoApplications } from "./demo-applications";
import { seedDemoOutcomes } from "./demo-outcomes";
import { seedDemoDelivery } from "./demo-delivery";
import { seedDemoEvaluations } from "./demo-evaluations";
import { seedDemoLearningSets } from "./demo-learning-sets";
import { seedDemoProgrammes } from "./demo-programmes";
import { seedDemoWres } from "./demo-wres";

/**
 * Loads the demo data into an empty database, in one transaction. A database
 * that already has organisations is left exactly as it is.
 */
export async function seedDemoData(dataSource: DataSource): Promise<"seeded" | "skipped"> {
  return dataSource.transaction(async (db) => {
    await db.query("SELECT pg_advisory_xact_lock(hashtext('ascent:demo-data'))");
    const organisations = db.getRepository(Organisation);
    // WRES demo returns are added to the demo trusts whenever none exist yet (idempotent).
    // So are the demo programmes, when there are no programmes yet.
    if ((await organisations.count()) > 0) {
      const outcomes = [await seedDemoWres(db), await seedDemoProgrammes(db), await seedDemoMentors(db)];
      await seedDemoApplicationForms(db);
      await seedDemoApplications(db);
      await seedDemoOutcomes(db);
      await seedDemoMentoring(db);
      await seedDemoEvaluations(db);
      await seedDemoLearningSets(db);
      await seedDemoDelivery(db);
      return outcomes.includes("seeded") ? "seeded" : "skipped";
    }
    const saved = await organisations.save(DEMO_ORGANISATIONS.map(({ parent: _parent, ...fields }) => organisations.create({ ...fields, parentId: null })));
    const byKey = new Map<string, Organisation>();
    for (const organisation of saved) {
      byKey.set(organisation.name, organisation);
      if (organisation.odsCode) byKey.set(organisation.odsCode, organisation);
    }
    for (const demo of DEMO_ORGANISATIONS.filter((d) => d.parent)) {
      const child = byKey.get(demo.odsCode ?? demo.name);
      const parent = byKey.get(demo.parent as string);
      if (!child || !parent) throw new Error(`demo data: unknown parent ${demo.parent} of ${demo.name}`);
      await organisations.update(child.id, { parentId: parent.id });
    }
    await seedDemoWres(db);
    await seedDemoProgrammes(db);
    await seedDemoMentors(db);
    await seedDemoApplicationForms(db);
    await seedDemoApplications(db);
    await seedDemoOutcomes(db);
    await seedDemoMentoring(db);
    await seedDemoEvaluations(db);
    await seedDemoLearningSets(db);
    await seedDemoDelivery(db);
    return "seeded";
  });
}
