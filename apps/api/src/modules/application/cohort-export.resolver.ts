import { Role } from "@ascent/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Cohort } from "../cohort";
import { ApplicationExport } from "./application-export";

@Resolver(() => Cohort)
export class CohortExportResolver {
  constructor(private readonly exports: ApplicationExport) {}

  @Allow(Role.ADMIN, Role.PROGRAMME_MANAGER)
  @FieldResolver(() => String, {
    description:
      "The cohort's applications as CSV (RFC 4180, every cell quoted; a cell starting with =, +, - or @ gets a leading apostrophe so spreadsheets never run it), by receipt. Never monitoring answers or the positive-action declaration. Staff of the cohort's academy and administrators; FORBIDDEN otherwise. The export is audited.",
  })
  applicationsCsv(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<string> {
    return this.exports.cohortCsv(ctx, cohort);
  }
}
