import { ApiToken } from "../modules/api-token/api-token.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { Session } from "../modules/auth/session.entity";
import { AcademyMembership } from "../modules/academy-membership/academy-membership.entity";
import { CohortFacilitator } from "../modules/cohort/cohort-facilitator.entity";
import { CohortSession } from "../modules/cohort/cohort-session.entity";
import { Cohort } from "../modules/cohort/cohort.entity";
import { Organisation } from "../modules/organisation/organisation.entity";
import { ModuleTemplate } from "../modules/programme/module-template.entity";
import { ProgrammeTrack } from "../modules/programme/programme-track.entity";
import { Programme } from "../modules/programme/programme.entity";
import { User } from "../modules/user/user.entity";
import { WresReturn } from "../modules/wres/wres-return.entity";
import { WresTarget } from "../modules/wres/wres-target.entity";

/** Every entity the data source knows; migrations must match exactly these. */
export const entities = [Organisation, User, Session, AcademyMembership, Programme, ProgrammeTrack, ModuleTemplate, Cohort, CohortFacilitator, CohortSession, ApiToken, AuditEvent, WresReturn, WresTarget];
