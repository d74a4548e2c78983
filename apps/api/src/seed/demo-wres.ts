import {
  AfcBand,
  BME_GROUP_KEYS,
  type BmeGroupKey,
  MedicalGrade,
  NhsRegion,
  OrganisationKind,
  WorkforceCategory,
  type WresGrade,
  WresTargetGroup,
} from "@ascent/domain";
import { type EthnicCounts, type SurveyComparison, type SurveyGroupResult, SURVEY_KEYS, surveyYesCount, type WorkforceRow, type WresReturnInput } from "@ascent/metrics";
import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { Organisation } from "../modules/organisation/organisation.entity";
import { WresReturn, WresReturnSource } from "../modules/wres/wres-return.entity";
import { WresTarget } from "../modules/wres/wres-target.entity";
import { DEMO_ORGANISATIONS } from "./demo-organisations";

/**
 * Demo WRES returns: generated, deterministic (a seeded PRNG, never
 * Math.random), and consistent with the published national figures in
 * research/domain.md section 2:
 * - the BME share of the demo trusts' whole workforce equals the national
 *   figure of each year (calibrated exactly, before rounding to people);
 * - indicator 2 of each region is calibrated to HSJ's regional figures for
 *   2022-2024, and to the national figure times the region's usual ratio in
 *   earlier years, so England lands near the national figure;
 * - board and VSM shares, and the disciplinary ratio, follow the national
 *   figures where they were published.
 * Values marked [M] in the research, and years with no published figure,
 * are interpolated.
 */

export const DEMO_WRES_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;

interface NationalFigures {
  /** BME share of staff (fraction). */
  bmeShare: number;
  /** Indicator 2, national. */
  shortlistingRl: number;
  /** BME share of board voting members. */
  boardShare: number;
  /** BME share of VSMs. */
  vsmShare: number;
  /** Indicator 3, national. */
  disciplinaryRl: number;
}

/** Published figures where found (research/domain.md §2); others interpolated between them. */
export const NATIONAL_WRES_FIGURES: Record<number, NationalFigures> = {
  2016: { bmeShare: 0.177, shortlistingRl: 1.57, boardShare: 0.071, vsmShare: 0.06, disciplinaryRl: 1.56 },
  2017: { bmeShare: 0.184, shortlistingRl: 1.6, boardShare: 0.08, vsmShare: 0.065, disciplinaryRl: 1.37 },
  2018: { bmeShare: 0.191, shortlistingRl: 1.45, boardShare: 0.09, vsmShare: 0.07, disciplinaryRl: 1.22 },
  2019: { bmeShare: 0.197, shortlistingRl: 1.46, boardShare: 0.1, vsmShare: 0.075, disciplinaryRl: 1.16 },
  2020: { bmeShare: 0.21, shortlistingRl: 1.61, boardShare: 0.11, vsmShare: 0.08, disciplinaryRl: 1.16 },
  2021: { bmeShare: 0.224, shortlistingRl: 1.61, boardShare: 0.125, vsmShare: 0.09, disciplinaryRl: 1.14 },
  2022: { bmeShare: 0.242, shortlistingRl: 1.54, boardShare: 0.14, vsmShare: 0.1, disciplinaryRl: 1.14 },
  2023: { bmeShare: 0.264, shortlistingRl: 1.59, boardShare: 0.156, vsmShare: 0.112, disciplinaryRl: 1.03 },
  2024: { bmeShare: 0.286, shortlistingRl: 1.65, boardShare: 0.165, vsmShare: 0.127, disciplinaryRl: 1.03 },
};

const { LONDON, SOUTH_EAST, SOUTH_WEST, EAST_OF_ENGLAND, MIDLANDS, NORTH_EAST_AND_YORKSHIRE, NORTH_WEST } = NhsRegion;

/** Indicator 2 by region, 2022/23/24 (HSJ, research/domain.md §2). */
export const REGIONAL_SHORTLISTING_RL: Record<NhsRegion, Record<2022 | 2023 | 2024, number>> = {
  [LONDON]: { 2022: 1.43, 2023: 1.47, 2024: 1.16 },
  [EAST_OF_ENGLAND]: { 2022: 1.96, 2023: 1.46, 2024: 1.8 },
  [MIDLANDS]: { 2022: 1.46, 2023: 1.5, 2024: 1.71 },
  [NORTH_EAST_AND_YORKSHIRE]: { 2022: 1.81, 2023: 2.01, 2024: 1.74 },
  [NORTH_WEST]: { 2022: 1.62, 2023: 1.58, 2024: 2.01 },
  [SOUTH_EAST]: { 2022: 1.3, 2023: 1.63, 2024: 1.53 },
  [SOUTH_WEST]: { 2022: 1.82, 2023: 1.78, 2024: 1.93 },
};

/** How a region's BME share compares with England's (London about twice; the South West about half). [M] */
const REGIONAL_BME_FACTOR: Record<NhsRegion, number> = {
  [LONDON]: 1.9,
  [MIDLANDS]: 1.1,
  [EAST_OF_ENGLAND]: 0.9,
  [SOUTH_EAST]: 0.85,
  [NORTH_WEST]: 0.75,
  [NORTH_EAST_AND_YORKSHIRE]: 0.6,
  [SOUTH_WEST]: 0.5,
};

/** Share of a trust's headcount in each row, and how the row's BME share compares with the whole workforce's. [M] */
const ROW_PROFILE: ReadonlyArray<{ category: WorkforceCategory; grade: WresGrade; weight: number; representation: number }> = [
  ...(
    [
      [AfcBand.BAND_2, 0.06, 1.1],
      [AfcBand.BAND_3, 0.06, 1.0],
      [AfcBand.BAND_4, 0.03, 0.85],
      [AfcBand.BAND_5, 0.22, 1.45],
      [AfcBand.BAND_6, 0.17, 1.1],
      [AfcBand.BAND_7, 0.11, 0.8],
      [AfcBand.BAND_8A, 0.03, 0.65],
      [AfcBand.BAND_8B, 0.01, 0.55],
      [AfcBand.BAND_8C, 0.004, 0.5],
      [AfcBand.BAND_8D, 0.002, 0.45],
      [AfcBand.BAND_9, 0.001, 0.42],
      [MedicalGrade.CONSULTANT, 0.06, 1.5],
      [MedicalGrade.NON_CONSULTANT_CAREER_GRADE, 0.02, 2.0],
      [MedicalGrade.TRAINEE, 0.07, 1.7],
    ] as const
  ).map(([grade, weight, representation]) => ({ category: WorkforceCategory.CLINICAL, grade, weight, representation })),
  ...(
    [
      [AfcBand.BAND_1, 0.002, 1.2],
      [AfcBand.BAND_2, 0.05, 1.2],
      [AfcBand.BAND_3, 0.06, 0.95],
      [AfcBand.BAND_4, 0.04, 0.85],
      [AfcBand.BAND_5, 0.02, 0.8],
      [AfcBand.BAND_6, 0.015, 0.75],
      [AfcBand.BAND_7, 0.012, 0.7],
      [AfcBand.BAND_8A, 0.01, 0.6],
      [AfcBand.BAND_8B, 0.006, 0.5],
      [AfcBand.BAND_8C, 0.004, 0.45],
      [AfcBand.BAND_8D, 0.002, 0.42],
      [AfcBand.BAND_9, 0.001, 0.4],
      [AfcBand.VSM, 0.002, 0.4],
    ] as const
  ).map(([grade, weight, representation]) => ({ category: WorkforceCategory.NON_CLINICAL, grade, weight, representation })),
];
const TOTAL_WEIGHT = ROW_PROFILE.reduce((sum, row) => sum + row.weight, 0);
const MEAN_REPRESENTATION = ROW_PROFILE.reduce((sum, row) => sum + row.weight * row.representation, 0) / TOTAL_WEIGHT;

// ---- deterministic randomness ------------------------------------------------

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random: () => number, low: number, high: number) => low + (high - low) * random();
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const round = Math.round;

// ---- generation ----------------------------------------------------------------

export interface DemoWresOrganisation {
  /** Stable key (ODS code): seeds the trust's size and character. */
  key: string;
  region: NhsRegion;
}

interface TrustCharacter {
  headcount2016: number;
  growth: number;
  bmeFactor: number;
  shortlistingFactor: number;
  boardSize: number;
}

function characterOf(organisation: DemoWresOrganisation): TrustCharacter {
  const random = seededRandom(`character:${organisation.key}`);
  return {
    headcount2016: round(between(random, 3500, 17000)),
    growth: between(random, 0.005, 0.03),
    bmeFactor: between(random, 0.75, 1.25),
    shortlistingFactor: Math.exp(between(random, -0.2, 0.2)),
    boardSize: round(between(random, 13, 21)),
  };
}

function regionalShortlistingRl(region: NhsRegion, year: number): number {
  const published = REGIONAL_SHORTLISTING_RL[region][year as 2022 | 2023 | 2024];
  if (published !== undefined) return published;
  const years = [2022, 2023, 2024] as const;
  const ratio = years.reduce((sum, y) => sum + REGIONAL_SHORTLISTING_RL[region][y] / NATIONAL_WRES_FIGURES[y].shortlistingRl, 0) / years.length;
  return NATIONAL_WRES_FIGURES[year].shortlistingRl * ratio;
}

const counts = (white: number, bme: number, unknown: number): EthnicCounts => ({ white, bme, unknown });

function surveyFor(random: () => number, respondents: { white: number; bme: number }, rates: { white: number; bme: number }): SurveyComparison {
  const jitter = () => between(random, -0.03, 0.03);
  return {
    white: { respondents: respondents.white, yes: round(respondents.white * clamp(rates.white + jitter(), 0.01, 0.99)) },
    bme: { respondents: respondents.bme, yes: round(respondents.bme * clamp(rates.bme + jitter(), 0.01, 0.99)) },
  };
}

/**
 * One return per organisation and year, calibrated as described above.
 * `organisations` are the trusts that report; the result is keyed by their key.
 */
export function generateDemoWresReturns(
  organisations: readonly DemoWresOrganisation[],
  years: readonly number[] = DEMO_WRES_YEARS,
): Map<string, Map<number, WresReturnInput>> {
  const result = new Map<string, Map<number, WresReturnInput>>(organisations.map((o) => [o.key, new Map()]));
  const characters = new Map(organisations.map((o) => [o.key, characterOf(o)]));
  for (const year of years) {
    const national = NATIONAL_WRES_FIGURES[year] ?? NATIONAL_WRES_FIGURES[2024];
    const headcountOf = (o: DemoWresOrganisation) => {
      const c = characters.get(o.key) as TrustCharacter;
      return round(c.headcount2016 * (1 + c.growth) ** (year - 2016));
    };
    // Calibrate: the demo trusts' headcount-weighted BME share is exactly the national share.
    const weighted = organisations.reduce((sum, o) => sum + headcountOf(o) * REGIONAL_BME_FACTOR[o.region] * (characters.get(o.key) as TrustCharacter).bmeFactor, 0);
    const total = organisations.reduce((sum, o) => sum + headcountOf(o), 0);
    const scale = (national.bmeShare * total) / weighted;

    const drafts: Array<{ organisation: DemoWresOrganisation; input: WresReturnInput }> = [];
    for (const organisation of organisations) {
      const character = characters.get(organisation.key) as TrustCharacter;
      const random = seededRandom(`return:${organisation.key}:${year}`);
      const headcount = headcountOf(organisation);
      const bmeShare = clamp(scale * REGIONAL_BME_FACTOR[organisation.region] * character.bmeFactor, 0.02, 0.8);
      const unknownRate = between(random, 0.01, 0.05);

      const workforce: WorkforceRow[] = [];
      for (const row of ROW_PROFILE) {
        const people = round((headcount * row.weight) / TOTAL_WEIGHT);
        if (people === 0) continue;
        let representation = row.representation / MEAN_REPRESENTATION;
        if (row.grade === AfcBand.VSM) representation = national.vsmShare / national.bmeShare;
        const share = clamp(bmeShare * representation * between(random, 0.9, 1.1), 0, 0.95);
        const unknown = round(people * unknownRate);
        const bme = Math.min(round(people * share), people - unknown);
        workforce.push({ category: row.category, grade: row.grade, white: people - unknown - bme, bme, unknown });
      }
      const staff = workforce.reduce((sum, row) => ({ white: sum.white + row.white, bme: sum.bme + row.bme, unknown: sum.unknown + (row.unknown ?? 0) }), { white: 0, bme: 0, unknown: 0 });

      // Indicator 2: BME applicants are shortlisted in larger numbers than their share of staff.
      const shortlistedTotal = round(headcount * between(random, 0.5, 0.8));
      const shortlistedBmeShare = clamp(bmeShare * 1.5, 0.05, 0.85);
      const shortlistedUnknown = round(shortlistedTotal * 0.02);
      const shortlistedBme = round((shortlistedTotal - shortlistedUnknown) * shortlistedBmeShare);
      const shortlistedWhite = shortlistedTotal - shortlistedUnknown - shortlistedBme;
      const whiteRate = between(random, 0.2, 0.3);
      const rl = regionalShortlistingRl(organisation.region, year) * character.shortlistingFactor * Math.exp(between(random, -0.1, 0.1));

      // Indicator 3: white staff enter the process at ~0.6% a year.
      const disciplinaryWhiteRate = between(random, 0.004, 0.008);
      const disciplinaryRl = national.disciplinaryRl * Math.exp(between(random, -0.25, 0.25));
      // Indicator 4: white staff slightly more likely to access training.
      const trainingWhiteRate = between(random, 0.3, 0.5);
      const trainingRl = between(random, 1.0, 1.25);
      // Indicators 5-8: about 45% answer the survey.
      const respondents = { white: round(staff.white * between(random, 0.4, 0.5)), bme: round(staff.bme * between(random, 0.35, 0.45)) };
      const progress = (year - 2016) / 8;
      // Indicator 9: the board.
      const boardBme = clamp(round(character.boardSize * national.boardShare * REGIONAL_BME_FACTOR[organisation.region] * between(random, 0.5, 1.5)), 0, character.boardSize);
      const boardUnknown = random() < 0.1 ? 1 : 0;

      drafts.push({
        organisation,
        input: {
          year,
          workforce,
          shortlisting: {
            shortlisted: counts(shortlistedWhite, shortlistedBme, shortlistedUnknown),
            appointed: counts(round(shortlistedWhite * whiteRate), round((shortlistedBme * whiteRate) / rl), round(shortlistedUnknown * whiteRate * 0.8)),
          },
          disciplinary: {
            headcount: counts(staff.white, staff.bme, staff.unknown),
            entering: counts(round(staff.white * disciplinaryWhiteRate), round(staff.bme * disciplinaryWhiteRate * disciplinaryRl), round(staff.unknown * disciplinaryWhiteRate)),
          },
          training: {
            headcount: counts(staff.white, staff.bme, staff.unknown),
            accessed: counts(round(staff.white * trainingWhiteRate), round((staff.bme * trainingWhiteRate) / trainingRl), round(staff.unknown * trainingWhiteRate * 0.9)),
          },
          survey: {
            harassmentFromPublic: surveyFor(random, respondents, { white: 0.27, bme: 0.29 }),
            harassmentFromStaff: surveyFor(random, respondents, { white: 0.24 - 0.02 * progress, bme: 0.29 - 0.01 * progress }),
            equalOpportunities: surveyFor(random, respondents, { white: 0.6 - 0.02 * progress, bme: 0.45 + 0.02 * progress }),
            discrimination: surveyFor(random, respondents, { white: 0.06, bme: 0.15 + 0.01 * progress }),
          },
          board: counts(character.boardSize - boardBme - boardUnknown, boardBme, boardUnknown),
        },
      });
    }

    // Calibrate indicator 2 per region: scale BME appointments so the region's summed ratio is its target.
    for (const region of Object.values(NhsRegion)) {
      const inRegion = drafts.filter((d) => d.organisation.region === region);
      if (inRegion.length === 0) continue;
      const sum = (pick: (input: WresReturnInput) => number) => inRegion.reduce((total, d) => total + pick(d.input), 0);
      const whiteRate = sum((i) => i.shortlisting.appointed.white) / sum((i) => i.shortlisting.shortlisted.white);
      const bmeRate = sum((i) => i.shortlisting.appointed.bme) / sum((i) => i.shortlisting.shortlisted.bme);
      const factor = whiteRate / regionalShortlistingRl(region, year) / bmeRate;
      for (const draft of inRegion) {
        const { shortlisted, appointed } = draft.input.shortlisting;
        const bme = clamp(round(appointed.bme * factor), 0, shortlisted.bme);
        draft.input = { ...draft.input, shortlisting: { shortlisted, appointed: { ...appointed, bme } } };
      }
    }
    for (const draft of drafts) {
      const input = splitsByGroup(draft.organisation) ? withDemoGroupSplits(draft.input, draft.organisation, year) : draft.input;
      result.get(draft.organisation.key)?.set(year, input);
    }
  }
  return result;
}

// ---- splits of BME by group ------------------------------------------------------

type Shares = Record<BmeGroupKey, number>;

/**
 * Shares of BME staff by broad group in NHS trusts, England: Asian about
 * 47%, Black about 32%, Mixed about 8%, Other (Chinese included) about 13%.
 * Rounded from NHS Digital's NHS Hospital and Community Health Services
 * workforce statistics by ethnicity (March 2023) and the NHS WRES 2023 data
 * analysis report, which put Asian staff at about 12-13% of the workforce,
 * Black staff about 8-9%, Mixed about 2% and Other about 3% (docs/wres-by-group.md).
 */
export const NATIONAL_BME_GROUP_SHARES: Shares = { asian: 0.47, black: 0.32, mixed: 0.08, other: 0.13 };

/** How each region's mix differs from England's (London more Black staff; the Midlands and the North West more Asian staff). [M] */
const REGIONAL_GROUP_FACTORS: Record<NhsRegion, Shares> = {
  [LONDON]: { asian: 0.85, black: 1.4, mixed: 1.0, other: 1.0 },
  [MIDLANDS]: { asian: 1.2, black: 0.85, mixed: 1.0, other: 0.8 },
  [NORTH_WEST]: { asian: 1.15, black: 0.8, mixed: 1.0, other: 1.0 },
  [NORTH_EAST_AND_YORKSHIRE]: { asian: 1.2, black: 0.7, mixed: 1.1, other: 1.0 },
  [EAST_OF_ENGLAND]: { asian: 1.0, black: 1.0, mixed: 1.0, other: 1.0 },
  [SOUTH_EAST]: { asian: 1.05, black: 0.85, mixed: 1.1, other: 1.1 },
  [SOUTH_WEST]: { asian: 1.05, black: 0.8, mixed: 1.2, other: 1.1 },
};

/**
 * How a row's mix differs: medical staff are mostly Asian; nursing bands and
 * support bands have more Black staff; senior bands fewer Black staff than
 * Asian (the WRES 2023 report's finding that Black staff are the least
 * represented at band 8a and above). [M]
 */
function rowGroupFactors(grade: WresGrade): Shares {
  switch (grade) {
    case MedicalGrade.CONSULTANT:
      return { asian: 1.35, black: 0.4, mixed: 0.8, other: 1.4 };
    case MedicalGrade.NON_CONSULTANT_CAREER_GRADE:
    case MedicalGrade.TRAINEE:
      return { asian: 1.25, black: 0.6, mixed: 0.9, other: 1.3 };
    case AfcBand.BAND_1:
    case AfcBand.BAND_2:
    case AfcBand.BAND_3:
    case AfcBand.BAND_4:
      return { asian: 0.85, black: 1.3, mixed: 1.0, other: 0.9 };
    case AfcBand.BAND_5:
    case AfcBand.BAND_6:
      return { asian: 0.95, black: 1.15, mixed: 0.9, other: 0.9 };
    case AfcBand.BAND_7:
      return { asian: 1.0, black: 0.95, mixed: 1.0, other: 1.0 };
    default:
      return { asian: 1.15, black: 0.65, mixed: 1.2, other: 1.0 };
  }
}

/** Relative rates within BME staff, as the WRES 2023 report describes them: Black staff least likely to be appointed, most likely to enter the disciplinary process. [M] */
const APPOINTED_FACTORS: Shares = { asian: 1.05, black: 0.8, mixed: 1.2, other: 0.95 };
const DISCIPLINARY_FACTORS: Shares = { asian: 0.75, black: 1.55, mixed: 0.9, other: 0.85 };
const TRAINING_FACTORS: Shares = { asian: 1.0, black: 0.95, mixed: 1.05, other: 1.0 };
const SURVEY_FACTORS: Record<keyof WresReturnInput["survey"], Shares> = {
  harassmentFromPublic: { asian: 0.9, black: 1.2, mixed: 1.05, other: 0.9 },
  harassmentFromStaff: { asian: 0.95, black: 1.1, mixed: 1.1, other: 0.95 },
  equalOpportunities: { asian: 1.05, black: 0.85, mixed: 1.05, other: 1.05 },
  discrimination: { asian: 0.9, black: 1.25, mixed: 1.0, other: 0.95 },
};

/** Most demo trusts split BME by group (about four in five), so England and every region have group figures from the first start. */
function splitsByGroup(organisation: DemoWresOrganisation): boolean {
  return seededRandom(`groups:${organisation.key}`)() < 0.8;
}

const times = (a: Shares, b: Shares): Shares => ({ asian: a.asian * b.asian, black: a.black * b.black, mixed: a.mixed * b.mixed, other: a.other * b.other });

/**
 * `total` shared out in proportion to `weights`, whole numbers adding up to
 * `total` exactly (largest remainder), none above its cap.
 */
function allocate(total: number, weights: Shares, caps?: Shares): Record<BmeGroupKey, number> {
  const out = { asian: 0, black: 0, mixed: 0, other: 0 };
  let left = total;
  let open = BME_GROUP_KEYS.filter((key) => !caps || caps[key] > 0);
  while (left > 0 && open.length > 0) {
    const weight = open.reduce((sum, key) => sum + weights[key], 0) || open.length;
    const exact = open.map((key) => ({ key, share: (left * (weights[key] || (weight === open.length ? 1 : 0))) / weight }));
    let given = 0;
    for (const { key, share } of exact) {
      const room = caps ? caps[key] - out[key] : Number.POSITIVE_INFINITY;
      const whole = Math.min(Math.floor(share), room);
      out[key] += whole;
      given += whole;
    }
    const order = [...exact].sort((a, b) => (b.share % 1) - (a.share % 1));
    for (const { key } of order) {
      if (given >= left) break;
      if (caps && out[key] >= caps[key]) continue;
      out[key] += 1;
      given += 1;
    }
    left -= given;
    open = open.filter((key) => !caps || out[key] < caps[key]);
    if (given === 0) break;
  }
  return out;
}

/**
 * The demo return with every BME count split by group: staff by row from
 * the national mix, the region's and the row's factors and a trust's own
 * jitter; headcounts as the sum of the rows; appointments, disciplinary
 * cases, training and survey answers with the group rates above. Every
 * split adds up to its BME count, so the figures without groups are
 * unchanged.
 */
export function withDemoGroupSplits(input: WresReturnInput, organisation: DemoWresOrganisation, year: number): WresReturnInput {
  const random = seededRandom(`groups:${organisation.key}:${year}`);
  const jitter: Shares = { asian: between(random, 0.85, 1.15), black: between(random, 0.85, 1.15), mixed: between(random, 0.85, 1.15), other: between(random, 0.85, 1.15) };
  const base = times(times(NATIONAL_BME_GROUP_SHARES, REGIONAL_GROUP_FACTORS[organisation.region]), jitter);
  const staff = { asian: 0, black: 0, mixed: 0, other: 0 };
  const workforce = input.workforce.map((row) => {
    const bmeGroups = allocate(row.bme, times(base, rowGroupFactors(row.grade)));
    for (const key of BME_GROUP_KEYS) staff[key] += bmeGroups[key];
    return { ...row, bmeGroups };
  });
  const split = (counts: EthnicCounts, weights: Shares, caps?: Shares): EthnicCounts => ({ ...counts, bmeGroups: allocate(counts.bme, weights, caps) });
  const shortlisted = split(input.shortlisting.shortlisted, base);
  const shortlistedGroups = shortlisted.bmeGroups as Shares;
  const headcount = (counts: EthnicCounts): EthnicCounts => ({ ...counts, bmeGroups: { ...staff } });
  const survey = Object.fromEntries(
    SURVEY_KEYS.map((key) => {
      const comparison = input.survey[key];
      const respondents = allocate(comparison.bme.respondents, staff, staff);
      const yes = allocate(surveyYesCount(comparison.bme), times(respondents, SURVEY_FACTORS[key]), respondents);
      const bmeGroups = Object.fromEntries(BME_GROUP_KEYS.map((group) => [group, { respondents: respondents[group], yes: yes[group] }])) as Record<BmeGroupKey, SurveyGroupResult>;
      return [key, { ...comparison, bmeGroups }];
    }),
  ) as unknown as WresReturnInput["survey"];
  return {
    ...input,
    workforce,
    shortlisting: { shortlisted, appointed: split(input.shortlisting.appointed, times(shortlistedGroups, APPOINTED_FACTORS), shortlistedGroups) },
    disciplinary: { headcount: headcount(input.disciplinary.headcount), entering: split(input.disciplinary.entering, times(staff, DISCIPLINARY_FACTORS), staff) },
    training: { headcount: headcount(input.training.headcount), accessed: split(input.training.accessed, times(staff, TRAINING_FACTORS), staff) },
    survey,
    board: split(input.board, times(base, { asian: 1.1, black: 0.9, mixed: 1.0, other: 0.9 })),
  };
}

/** Model Employer aspirations for a demo trust: 19% BME at band 8a and above by 2025 (NHSE's own target), and a board target. */
function demoTargets(organisationId: string, region: NhsRegion): Array<Pick<WresTarget, "organisationId" | "group" | "year" | "share">> {
  const workforceShare = NATIONAL_WRES_FIGURES[2024].bmeShare * REGIONAL_BME_FACTOR[region];
  return [
    { organisationId, group: WresTargetGroup.BAND_8A_AND_ABOVE, year: 2025, share: 0.19 },
    { organisationId, group: WresTargetGroup.BAND_8A_AND_ABOVE, year: 2028, share: Math.round(workforceShare * 100) / 100 },
    { organisationId, group: WresTargetGroup.BOARD, year: 2028, share: Math.round(workforceShare * 100) / 100 },
  ];
}

/**
 * Loads the demo returns (2016-2024) and targets of the demo trusts found in
 * the database (by ODS code). Idempotent: does nothing when any WRES return
 * exists. Runs in the caller's transaction.
 */
export async function seedDemoWres(db: EntityManager): Promise<"seeded" | "skipped"> {
  if ((await db.getRepository(WresReturn).count({ take: 1 })) > 0) return "skipped";
  const trustCodes = DEMO_ORGANISATIONS.filter((o) => o.kind === OrganisationKind.TRUST && o.odsCode && o.region).map((o) => o.odsCode as string);
  const trusts = await db.getRepository(Organisation).find({ where: { odsCode: In(trustCodes) } });
  const withRegion = trusts.filter((t): t is Organisation & { odsCode: string; region: NhsRegion } => t.region !== null && t.odsCode !== null);
  if (withRegion.length === 0) return "skipped";
  const generated = generateDemoWresReturns(withRegion.map((t) => ({ key: t.odsCode, region: t.region })));
  const rows = withRegion.flatMap((trust) =>
    [...(generated.get(trust.odsCode) ?? new Map<number, WresReturnInput>())].map(([year, input]) => ({
      organisationId: trust.id,
      year,
      version: 1,
      input,
      source: WresReturnSource.DEMO,
      submittedByUserId: null,
      submittedByTokenId: null,
      submittedAt: new Date(Date.UTC(year + 1, 7, 31)),
      supersededAt: null,
    })),
  );
  for (let i = 0; i < rows.length; i += 100) await db.getRepository(WresReturn).insert(rows.slice(i, i + 100));
  await db.getRepository(WresTarget).insert(withRegion.flatMap((trust) => demoTargets(trust.id, trust.region)));
  return "seeded";
}
