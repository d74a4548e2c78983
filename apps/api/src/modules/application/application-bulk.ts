import { UserErrorCode } from "@ascent/domain";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { ErrorCode, forbidden, notFound } from "../../graphql/errors";
import { expectGlobalId } from "../../graphql/relay/global-id";
import { UserError, userError } from "../../graphql/user-error";
import { canManageAcademy } from "../programme";
import { ApplicationActions } from "./application-actions";
import { normaliseNote } from "./application.rules";
import { ApplicationService } from "./application.service";
import { ActOnApplicationsInput, ActOnApplicationsPayload, BulkApplicationAction, BulkApplicationResult, MAX_BULK_APPLICATIONS } from "./dto/panel.dto";
import { ApplicationPayload } from "./dto/application.types";

const NEEDS_REASON = [BulkApplicationAction.REJECT, BulkApplicationAction.WITHDRAW];

/**
 * One staff action on many applications (the queue's selection, or the
 * panel's shortlist in ranking order). Every application must be the
 * caller's to act on before anything is done; then each is its own
 * transaction, so one refusal (an offer with no place left) leaves the others
 * done and is reported beside its application.
 */
export class ApplicationBulkActions {
  constructor(
    private readonly service: ApplicationService,
    private readonly actions: ApplicationActions,
  ) {}

  async act(ctx: RequestContext, input: ActOnApplicationsInput): Promise<ActOnApplicationsPayload> {
    const problems: UserError[] = [];
    if (input.ids.length === 0) problems.push(userError(["ids"], UserErrorCode.REQUIRED, "Choose at least one application."));
    if (input.ids.length > MAX_BULK_APPLICATIONS) problems.push(userError(["ids"], UserErrorCode.INVALID, `Act on at most ${MAX_BULK_APPLICATIONS} applications at once.`));
    if (new Set(input.ids).size !== input.ids.length) problems.push(userError(["ids"], UserErrorCode.INVALID, "An application is listed twice."));
    const reason = normaliseNote(["reason"], input.reason, problems);
    if (NEEDS_REASON.includes(input.action) && reason === null) problems.push(userError(["reason"], UserErrorCode.REQUIRED, "Give a reason: it is kept on each timeline and told to each applicant."));
    if (problems.length > 0) return { results: [], userErrors: problems };

    // Refusals before any change, and never revealing what the caller can't see.
    for (const id of input.ids) {
      const application = await this.service.findVisible(ctx, expectGlobalId(id, "Application", "ids"));
      if (!application) throw notFound("That application");
      if (!canManageAcademy(ctx, await this.service.academyOf(ctx, application.cohortId))) throw forbidden();
    }

    const results: BulkApplicationResult[] = [];
    for (const id of input.ids) {
      const payload = await this.one(ctx, id, input.action, reason ?? "");
      results.push({ id, application: payload.userErrors.length > 0 ? null : payload.application, userErrors: payload.userErrors });
    }
    return { results, userErrors: [] };
  }

  private async one(ctx: RequestContext, id: string, action: BulkApplicationAction, reason: string): Promise<ApplicationPayload> {
    try {
      switch (action) {
        case BulkApplicationAction.REJECT:
          return await this.actions.reject(ctx, id, reason);
        case BulkApplicationAction.WITHDRAW:
          return await this.actions.withdrawByStaff(ctx, id, reason);
        case BulkApplicationAction.RESEND_ENDORSEMENT_REQUEST:
          return await this.actions.resendEndorsementRequest(ctx, id);
        case BulkApplicationAction.OFFER_PLACE:
          return await this.actions.offerPlace(ctx, id);
        case BulkApplicationAction.WAITLIST:
          return await this.actions.waitlist(ctx, id);
      }
    } catch (error) {
      // Erased or moved by someone else between the check and the action: reported on this row, the rest go on.
      const code = error instanceof GraphQLError ? error.extensions.code : null;
      if (code === ErrorCode.NOT_FOUND) return { application: null, userErrors: [userError(["ids"], UserErrorCode.NOT_FOUND, error instanceof Error ? error.message : "Not found.")] };
      if (code === ErrorCode.FORBIDDEN) return { application: null, userErrors: [userError(["ids"], UserErrorCode.FORBIDDEN, "You can't act on this application.")] };
      throw error;
    }
  }
}
