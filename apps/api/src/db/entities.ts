import { Session } from "../modules/auth/session.entity";
import { Organisation } from "../modules/organisation/organisation.entity";
import { User } from "../modules/user/user.entity";

/** Every entity the data source knows; migrations must match exactly these. */
export const entities = [Organisation, User, Session];
