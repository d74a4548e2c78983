import { Role } from "@ascent/domain";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ApplicationFormService, UpdateApplicationFormPayload } from "./application-form.service";
import { UpdateApplicationFormInput } from "./dto/application-form.inputs";

@Resolver()
export class ApplicationFormResolver {
  constructor(private readonly forms: ApplicationFormService) {}

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @Mutation(() => UpdateApplicationFormPayload, { description: "Sets the programme's own questions, selection criteria and positive-action declaration wording." })
  updateApplicationForm(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateApplicationFormInput) input: UpdateApplicationFormInput): Promise<UpdateApplicationFormPayload> {
    return this.forms.update(ctx, input);
  }
}
