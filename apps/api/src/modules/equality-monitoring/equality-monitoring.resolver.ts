import { Audience, Role } from "@ascent/domain";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { EqualityMonitoringInput, EqualityMonitoringTokenInput } from "./dto/equality-monitoring.inputs";
import { EqualityMonitoringPayload, FairSelection } from "./dto/equality-monitoring.types";
import { EqualityMonitoringService } from "./equality-monitoring.service";

@Resolver()
export class EqualityMonitoringResolver {
  constructor(private readonly service: EqualityMonitoringService) {}

  @Allow(Audience.PUBLIC)
  @Mutation(() => EqualityMonitoringPayload, {
    description:
      "The applicant's optional equality monitoring answers, with the token of their private link and their consent; a second submission replaces the first. " +
      "Never used in any decision; counted only in disclosure-controlled fair-selection figures. A bad or expired token is BAD_USER_INPUT with extensions.link.",
  })
  submitEqualityMonitoring(@Ctx() ctx: RequestContext, @Arg("input", () => EqualityMonitoringInput) input: EqualityMonitoringInput): Promise<EqualityMonitoringPayload> {
    return this.service.submit(ctx, input);
  }

  @Allow(Audience.PUBLIC)
  @Mutation(() => EqualityMonitoringPayload, { description: "The applicant deletes their monitoring answers, with the token of their private link." })
  withdrawEqualityMonitoring(@Ctx() ctx: RequestContext, @Arg("input", () => EqualityMonitoringTokenInput) input: EqualityMonitoringTokenInput): Promise<EqualityMonitoringPayload> {
    return this.service.withdraw(ctx, input.token);
  }

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Query(() => FairSelection, { description: "Fair selection for a cohort or a programme (give its id): the owning academy's staff and administrators only." })
  fairSelection(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<FairSelection> {
    return this.service.fairSelection(ctx, id);
  }
}
