import { Router } from "express";
import { GraphQLError } from "graphql";
import { fromGlobalId } from "../../graphql/relay/global-id";
import type { RequestContextFactory } from "../../graphql/request-context";
import type { CohortService } from "./cohort.service";

/**
 * GET /calendar/cohorts/<cohort id>.ics: a cohort's sessions as an iCalendar
 * file that calendar apps can import or subscribe to. Same visibility as
 * cohort(id:): the public catalogue's cohorts for anyone, others for staff.
 */
export function cohortCalendarRouter(cohorts: CohortService, contextFor: RequestContextFactory): Router {
  const router = Router();
  router.get("/calendar/cohorts/:file", async (req, res, next) => {
    try {
      const match = /^(.+)\.ics$/.exec(req.params.file);
      const decoded = match ? fromGlobalId(match[1]) : undefined;
      if (!decoded || decoded.typeName !== "Cohort") {
        res.status(404).type("text/plain").send("No such calendar.");
        return;
      }
      const ctx = await contextFor(req, res);
      const cohort = await cohorts.findById(ctx, decoded.id);
      if (!cohort) {
        res.status(404).type("text/plain").send("No such calendar.");
        return;
      }
      res
        .type("text/calendar; charset=utf-8")
        .set("Content-Disposition", `attachment; filename="cohort-${match?.[1]}.ics"`)
        .send(await cohorts.calendarIcs(ctx, cohort));
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === "UNAUTHENTICATED") {
        res.status(401).type("text/plain").send("The API token is not valid.");
        return;
      }
      next(error);
    }
  });
  return router;
}
