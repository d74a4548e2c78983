import { accountFeature } from "../features/account";
import { actionLearningFeature } from "../features/action-learning";
import { apiTokensFeature } from "../features/api-tokens";
import { applicationsFeature } from "../features/applications";
import { auditFeature } from "../features/audit";
import { authFeature } from "../features/auth";
import { catalogueFeature } from "../features/catalogue";
import { equalityMonitoringFeature } from "../features/equality-monitoring";
import { evaluationsFeature } from "../features/evaluations";
import { cohortsFeature } from "../features/cohorts";
import { deliveryFeature } from "../features/delivery";
import { mailViewerFeature } from "../features/mail-viewer";
import { mentoringFeature } from "../features/mentoring";
import { organisationPaths, organisationsFeature } from "../features/organisations";
import { outcomesFeature } from "../features/outcomes";
import { programmesFeature } from "../features/programmes";
import { usersFeature } from "../features/users";
import { wresFeature } from "../features/wres";
import type { ConsoleFeature } from "../lib/consoleFeature";

/**
 * The console's features, in menu order. A feature declares its pages and
 * menu entry in its own folder (features/<feature>/index.ts); adding one
 * means adding its folder and one line here.
 */
export const features: readonly ConsoleFeature[] = [
  authFeature,
  catalogueFeature,
  applicationsFeature,
  equalityMonitoringFeature,
  organisationsFeature,
  programmesFeature,
  cohortsFeature,
  deliveryFeature,
  mentoringFeature,
  actionLearningFeature,
  outcomesFeature,
  evaluationsFeature,
  wresFeature,
  usersFeature,
  apiTokensFeature,
  auditFeature,
  mailViewerFeature,
  accountFeature,
];

/** Where "/" leads once signed in. */
export const START_PATH = organisationPaths.organisations;
