import type { JobDefinition } from "../../jobs";
import type { EvaluationSender } from "./evaluation-sending";

export const EVALUATION_SWEEP_JOB = "evaluation.sweep";

/**
 * Every five minutes, questionnaires whose window has opened go out. A sweep
 * rather than one timed job per cohort: sessions move and participants join
 * after scheduling, and the sweep sees the cohort as it is now.
 */
export function evaluationJobs(sender: () => EvaluationSender): Record<string, JobDefinition> {
  return {
    [EVALUATION_SWEEP_JOB]: {
      cron: "*/5 * * * *",
      handler: async (_data: unknown, ctx) => {
        await sender().sweep(ctx);
      },
    },
  };
}
