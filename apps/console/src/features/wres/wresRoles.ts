import { Role } from "@ascent/domain";

/** Who may upload returns and set targets (the api checks the organisation is theirs as well). */
export const WRES_UPLOAD_ROLES: readonly Role[] = [Role.ADMIN, Role.PROGRAMME_MANAGER];

/** Who may read WRES figures at all: not facilitators, who get no monitoring data (the api refuses them too). */
export const WRES_READ_ROLES: readonly Role[] = [Role.ADMIN, Role.PROGRAMME_MANAGER];
