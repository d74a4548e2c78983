import { CareerOutcomeKind, CareerOutcomeSource, ImpactNullReason, ImpactVerdict, OutcomeGroup } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { LinkSigner, loadApplicationSettings } from "../application";
import { CareerOutcome } from "./career-outcome.entity";
import { CareerOutcomeResolver } from "./career-outcome.resolver";
import { CareerOutcomeService } from "./career-outcome.service";
import { followUpJobs } from "./follow-up";
import { ProgrammeImpactBaseline } from "./impact-baseline.entity";
import { ImpactResolver } from "./impact.resolver";
import { ImpactService } from "./impact.service";

/** Follow-up links are signed with the secret of the application module's links (ASCENT_LINK_SECRET). */
const signerFor = (consoleUrl: string) => new LinkSigner(loadApplicationSettings(process.env, consoleUrl).linkSecret);

export const careerOutcomeModule = defineModule({
  name: "career-outcome",
  entities: [CareerOutcome, ProgrammeImpactBaseline],
  enums: [
    [CareerOutcomeKind, { name: "CareerOutcomeKind" }],
    [CareerOutcomeSource, { name: "CareerOutcomeSource", description: "STAFF (academy staff), SELF_REPORTED (the person's follow-up link), PARTNER (their employer's API token)." }],
    [OutcomeGroup, { name: "OutcomeGroup", description: "PARTICIPANT, or COMPARISON: applicants to the same cohort who were waitlisted, never placed, and agreed to be followed up." }],
    [ImpactVerdict, { name: "ImpactVerdict" }],
    [ImpactNullReason, { name: "ImpactNullReason", description: "NOT_YET (nobody has reached the horizon), SUPPRESSED (disclosure control), EMPTY_GROUP." }],
  ],
  jobs: (config) => followUpJobs(() => signerFor(config.consoleUrl), () => ({ consoleUrl: config.consoleUrl.replace(/\/+$/, "") })),
  setup: (config) => {
    const outcomes = new CareerOutcomeService(signerFor(config.consoleUrl));
    return {
      resolvers: [new CareerOutcomeResolver(outcomes), new ImpactResolver(new ImpactService())],
      nodes: { CareerOutcome: (ctx, id) => outcomes.findVisible(ctx, id) },
    };
  },
});
