import { Audience } from "@ascent/domain";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { AuthService } from "./auth.service";
import { LoginPayload, LogoutPayload } from "./dto/auth.payloads";
import { LoginInput } from "./dto/login.input";

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Allow(Audience.PUBLIC)
  @Mutation(() => LoginPayload, { description: "Signs in to the console; sets an httpOnly session cookie." })
  login(@Ctx() ctx: RequestContext, @Arg("input", () => LoginInput) input: LoginInput): Promise<LoginPayload> {
    return this.auth.login(ctx, input);
  }

  @Allow(Audience.PUBLIC)
  @Mutation(() => LogoutPayload, { description: "Ends the console session, if any." })
  logout(@Ctx() ctx: RequestContext): Promise<LogoutPayload> {
    return this.auth.logout(ctx);
  }
}
