import { Role } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { visibleNode } from "../../graphql/relay/node-fetcher";
import { AuditEvent } from "./audit-event.entity";
import { AuditResolver } from "./audit.resolver";
import { AuditService } from "./audit.service";

export const auditModule = defineModule({
  name: "audit",
  entities: [AuditEvent],
  setup: () => ({
    resolvers: [new AuditResolver(new AuditService())],
    nodes: {
      AuditEvent: visibleNode(
        (ctx, id) => ctx.db.getRepository(AuditEvent).findOneBy({ id }),
        (ctx) => ctx.viewer.kind === "user" && ctx.viewer.role === Role.ADMIN,
      ),
    },
  }),
});
