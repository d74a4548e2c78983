import { AfcBand, MentoringOffer } from "@ascent/domain";
import { EntityManager } from "typeorm";
import { Mentor } from "../modules/mentoring";
import { Organisation } from "../modules/organisation";

/** Fictional people (names and emails made up) so the directory has something to pair with on first start. */
const DEMO_MENTORS: Array<{ academy: string; name: string; email: string; ods: string; band: AfcBand | null; offers: MentoringOffer; expertise: string[]; capacity: number }> = [
  { academy: "South East Leadership Academy", name: "Grace Mensah", email: "grace.mensah@example.nhs.uk", ods: "RTH", band: AfcBand.BAND_8C, offers: MentoringOffer.MENTORING, expertise: ["nursing leadership", "board reporting"], capacity: 2 },
  { academy: "South East Leadership Academy", name: "Ravi Chandran", email: "ravi.chandran@example.nhs.uk", ods: "RYR", band: AfcBand.BAND_8B, offers: MentoringOffer.MENTORING_AND_COACHING, expertise: ["finance", "business cases"], capacity: 3 },
  { academy: "South East Leadership Academy", name: "Helen Ward", email: "helen.ward@example.nhs.uk", ods: "RWF", band: AfcBand.BAND_9, offers: MentoringOffer.COACHING, expertise: ["operational management", "interview preparation"], capacity: 2 },
  { academy: "South East Leadership Academy", name: "Dr Tunde Adeyemi", email: "tunde.adeyemi@example.nhs.uk", ods: "RTH", band: null, offers: MentoringOffer.MENTORING, expertise: ["clinical leadership", "research"], capacity: 1 },
  { academy: "HPMA London Academy", name: "Sarah O'Connell", email: "sarah.oconnell@example.nhs.uk", ods: "RJ1", band: AfcBand.BAND_8D, offers: MentoringOffer.MENTORING_AND_COACHING, expertise: ["HR and OD", "employee relations"], capacity: 2 },
  { academy: "HPMA London Academy", name: "Priya Shah", email: "priya.shah@example.nhs.uk", ods: "R1H", band: AfcBand.BAND_8A, offers: MentoringOffer.MENTORING, expertise: ["recruitment", "inclusion"], capacity: 3 },
  { academy: "HPMA London Academy", name: "Kwame Boateng", email: "kwame.boateng@example.nhs.uk", ods: "RJZ", band: AfcBand.VSM, offers: MentoringOffer.COACHING, expertise: ["executive presence", "system leadership"], capacity: 1 },
];

/** Adds the demo directory when no mentor exists yet (idempotent). */
export async function seedDemoMentors(db: EntityManager): Promise<"seeded" | "skipped"> {
  if ((await db.getRepository(Mentor).count()) > 0) return "skipped";
  const organisations = await db.getRepository(Organisation).find();
  const byKey = new Map(organisations.flatMap((o) => [[o.name, o.id] as const, ...(o.odsCode ? [[o.odsCode, o.id] as const] : [])]));
  const idOf = (key: string) => {
    const id = byKey.get(key);
    if (!id) throw new Error(`demo mentors: unknown organisation ${key}`);
    return id;
  };
  await db.getRepository(Mentor).insert(
    DEMO_MENTORS.map(({ academy, ods, ...mentor }) => ({ ...mentor, academyId: idOf(academy), organisationId: idOf(ods) })),
  );
  return "seeded";
}
