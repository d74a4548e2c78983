import { ApplicationStatus, EndorsementStatus } from "@ascent/domain";
import { addCohortListColumn } from "../cohort";
import type { PlaceCounts } from "./application.loaders";

const { AWAITING_ENDORSEMENT, OFFERED, ACCEPTED, WAITLISTED, SUBMITTED } = ApplicationStatus;

/**
 * A cohort list's places and waiting list come with its page: the same
 * counts as placeCountsByCohortId, as one scalar subquery per listed cohort
 * (PostgreSQL runs it for the page's rows only, after the sort and limit).
 */
export const PLACE_COUNTS_COLUMN = "placeCounts";

addCohortListColumn({
  key: PLACE_COUNTS_COLUMN,
  fields: ["placesRemaining", "waitlistLength", "placeCounts"],
  sql: (c) => `(SELECT json_build_object(
      'capacity', ${c}.capacity,
      'held', count(*) FILTER (WHERE a.status = '${AWAITING_ENDORSEMENT}'),
      'offered', count(*) FILTER (WHERE a.status = '${OFFERED}'),
      'accepted', count(*) FILTER (WHERE a.status = '${ACCEPTED}'),
      'waitlisted', count(*) FILTER (WHERE a.status = '${WAITLISTED}'),
      'underReview', count(*) FILTER (WHERE a.status = '${SUBMITTED}'),
      'awaitingEndorsement', count(*) FILTER (WHERE a.endorsement_status = '${EndorsementStatus.PENDING}' AND a.status IN ('${AWAITING_ENDORSEMENT}', '${WAITLISTED}', '${SUBMITTED}')))
    FROM application a WHERE a.cohort_id = ${c}.id)`,
  prime: (ctx, cohortId, value) => ctx.loaders.placeCountsByCohortId.prime(cohortId, value as PlaceCounts),
});
