import { ApplicationActor, ApplicationQuestionKind, ApplicationStatus, EndorsementStatus, ParticipantStatus, TransitionReason } from "@ascent/domain";
import type { AppConfig } from "../../config";
import { defineModule } from "../../graphql/feature-module";
import { applicationJobs } from "./application.jobs";
import { visibleNode } from "../../graphql/relay/node-fetcher";
import { Allocation } from "./allocation";
import { ApplicationActions } from "./application-actions";
import { ApplicationBulkActions } from "./application-bulk";
import { ApplicationExport } from "./application-export";
import { ApplicationScore } from "./application-score.entity";
import { CohortExportResolver } from "./cohort-export.resolver";
import { ApplicationPanelResolver, ApplicationScoreResolver } from "./panel.resolver";
import { PanelService } from "./panel.service";
import { ApplicationFormResolver } from "./application-form.resolver";
import { ApplicationFormService } from "./application-form.service";
import { ApplicationTransition } from "./application-transition.entity";
import { Application } from "./application.entity";
import { createApplicationLoaders } from "./application.loaders";
import { ApplicationNotifier } from "./application.messages";
import { ApplicationResolver, ApplicationTransitionResolver } from "./application.resolver";
import { ApplicationService } from "./application.service";
import { loadApplicationSettings } from "./application.settings";
import { CohortApplicationsResolver } from "./cohort-applications.resolver";
// Registers the places and waiting list as a column cohort lists fetch with their page.
import "./cohort-place-column";
import { CohortApplicationSettings } from "./cohort-application-settings.entity";
import { ParticipantTransition } from "./participant-transition.entity";
import { Participant } from "./participant.entity";
import { ParticipantResolver } from "./participant.resolver";
import { ParticipantService } from "./participant.service";

/** Stateless services, built once (settings come from the environment; see application.settings.ts). */
function buildServices(consoleUrl: string) {
  const notifier = new ApplicationNotifier(loadApplicationSettings(process.env, consoleUrl));
  const allocation = new Allocation(notifier, notifier.settings.offerReminderHoursBefore);
  const service = new ApplicationService(allocation, notifier);
  const actions = new ApplicationActions(service, allocation);
  const panel = new PanelService(service, allocation);
  return { notifier, allocation, service, actions, panel, bulk: new ApplicationBulkActions(service, actions), exports: new ApplicationExport(service), participants: new ParticipantService() };
}

let services: ReturnType<typeof buildServices> | undefined;
const getServices = (config: AppConfig) => (services ??= buildServices(config.consoleUrl));

export const applicationModule = defineModule({
  name: "application",
  entities: [Application, ApplicationTransition, ApplicationScore, Participant, ParticipantTransition, CohortApplicationSettings],
  enums: [
    [
      ApplicationStatus,
      {
        name: "ApplicationStatus",
        description:
          "SUBMITTED (panel review), AWAITING_ENDORSEMENT (place held), WAITLISTED, OFFERED, ACCEPTED; final: DECLINED, WITHDRAWN, REJECTED, NOT_ENDORSED, LAPSED, INELIGIBLE.",
      },
    ],
    [EndorsementStatus, { name: "EndorsementStatus" }],
    [ApplicationActor, { name: "ApplicationActor" }],
    [TransitionReason, { name: "TransitionReason" }],
    [ParticipantStatus, { name: "ParticipantStatus", description: "ENROLLED (on the roster), ACTIVE (seen at a session), COMPLETED (met the completion rule), WITHDRAWN (left, with a reason)." }],
    [ApplicationQuestionKind, { name: "ApplicationQuestionKind" }],
  ],
  loaders: createApplicationLoaders,
  jobs: (config) => applicationJobs(() => getServices(config)),
  setup: (config) => {
    const { service, actions, panel, bulk, exports, participants } = getServices(config);
    return {
      resolvers: [
        new ApplicationResolver(service, actions),
        new ApplicationTransitionResolver(),
        new CohortApplicationsResolver(actions, participants),
        new ParticipantResolver(participants),
        new ApplicationFormResolver(new ApplicationFormService()),
        new ApplicationPanelResolver(panel, bulk),
        new ApplicationScoreResolver(panel),
        new CohortExportResolver(exports),
      ],
      nodes: {
        Application: (ctx, id) => service.findVisible(ctx, id),
        Participant: visibleNode(
          (ctx, id) => participants.findVisible(ctx, id),
          () => true,
        ),
      },
    };
  },
});
