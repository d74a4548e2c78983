import { defineModule } from "../../graphql/feature-module";
import { AcademyMembership } from "./academy-membership.entity";
import { createAcademyMembershipLoaders } from "./academy-membership.loaders";
import { AcademyMembershipResolver } from "./academy-membership.resolver";
import { AcademyMembershipService } from "./academy-membership.service";

export const academyMembershipModule = defineModule({
  name: "academy-membership",
  entities: [AcademyMembership],
  loaders: createAcademyMembershipLoaders,
  setup: () => ({ resolvers: [new AcademyMembershipResolver(new AcademyMembershipService())] }),
});
