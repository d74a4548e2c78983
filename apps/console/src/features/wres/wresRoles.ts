import { Role } from "@ascent/domain";

/** Who may upload returns and set targets (the api checks the organisation is theirs as well). */
export const WRES_UPLOAD_ROLES: readonly Role[] = [Role.ADMIN, Role.PROGRAMME_MANAGER];
