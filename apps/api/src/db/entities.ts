import { ApiToken } from "../modules/api-token/api-token.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { Session } from "../modules/auth/session.entity";
import { Organisation } from "../modules/organisation/organisation.entity";
import { User } from "../modules/user/user.entity";

/** Every entity the data source knows; migrations must match exactly these. */
export const entities = [Organisation, User, Session, ApiToken, AuditEvent];
