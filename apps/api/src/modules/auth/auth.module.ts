import { defineModule } from "../../graphql/feature-module";
import { AuthResolver } from "./auth.resolver";
import { AuthService } from "./auth.service";
import { Session } from "./session.entity";
import { viewerFromSessionToken } from "./viewer";

export const authModule = defineModule({
  name: "auth",
  entities: [Session],
  authenticate: async (_req, db, sessionCookie) => {
    const viewer = await viewerFromSessionToken(db, sessionCookie.read());
    return viewer.kind === "anonymous" ? undefined : viewer;
  },
  setup: (config) => ({
    resolvers: [new AuthResolver(new AuthService(config.sessionTtlHours, config.loginFailuresPerAddress))],
  }),
});
