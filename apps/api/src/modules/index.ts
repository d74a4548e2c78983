import type { FeatureModule } from "../graphql/feature-module";
import { academyMembershipModule } from "./academy-membership/academy-membership.module";
import { actionLearningModule } from "./action-learning/action-learning.module";
import { applicationModule } from "./application/application.module";
import { apiTokenModule } from "./api-token/api-token.module";
import { auditModule } from "./audit/audit.module";
import { authModule } from "./auth/auth.module";
import { careerOutcomeModule } from "./career-outcome/career-outcome.module";
import { cohortModule } from "./cohort/cohort.module";
import { deliveryModule } from "./delivery/delivery.module";
import { evaluationModule } from "./evaluation/evaluation.module";
import { equalityMonitoringModule } from "./equality-monitoring/equality-monitoring.module";
import { mentoringModule } from "./mentoring/mentoring.module";
import { notificationModule } from "./notification/notification.module";
import { organisationModule } from "./organisation/organisation.module";
import { programmeModule } from "./programme/programme.module";
import { userModule } from "./user/user.module";
import { wresModule } from "./wres/wres.module";

/** Every feature of the api, in order: the one place a feature is registered. */
export const modules: readonly FeatureModule[] = [
  organisationModule,
  userModule,
  apiTokenModule,
  authModule,
  auditModule,
  academyMembershipModule,
  programmeModule,
  cohortModule,
  applicationModule,
  equalityMonitoringModule,
  wresModule,
  mentoringModule,
  actionLearningModule,
  careerOutcomeModule,
  evaluationModule,
  deliveryModule,
  notificationModule,
];
