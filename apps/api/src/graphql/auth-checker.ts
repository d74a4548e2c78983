import { AccessRule, Audience, partnerWith } from "@ascent/domain";
import { AuthChecker, Authorized } from "type-graphql";
import type { RequestContext } from "./context";
import { forbidden, unauthenticated } from "./errors";

/**
 * The first layer of authorization: who may call an operation at all.
 * Scoping to an academy or organisation is the services' job.
 */
export const authChecker: AuthChecker<RequestContext, AccessRule> = ({ context }, rules) => {
  if (rules.length === 0) return false; // an empty rule admits nobody: every operation must say who
  if (rules.includes(Audience.PUBLIC)) return true;
  const { viewer } = context;
  switch (viewer.kind) {
    case "anonymous":
      throw unauthenticated();
    case "user":
      if (rules.includes(Audience.SIGNED_IN) || rules.includes(viewer.role)) return true;
      throw forbidden();
    case "partner":
      if (viewer.scopes.some((scope) => rules.includes(partnerWith(scope)))) return true;
      throw forbidden();
  }
};

/** Operations and fields open to everyone: `Type.field` names (for the authorization tests). */
export const publicRules: Array<{ target: Function; fieldName: string }> = [];

/**
 * Declares who may call an operation; every query, mutation and field
 * resolver carries one. A rule that admits the public is decided here, once,
 * when the type is declared: such a field gets no authorization middleware,
 * so a page of 50 cohorts doesn't run the checker 50 times per field.
 */
export function Allow(...rules: [AccessRule, ...AccessRule[]]): MethodDecorator & PropertyDecorator {
  if (rules.includes(Audience.PUBLIC)) {
    return ((target: object, propertyKey: string | symbol) => {
      publicRules.push({ target: target.constructor, fieldName: String(propertyKey) });
    }) as MethodDecorator & PropertyDecorator;
  }
  return Authorized<AccessRule>(...rules) as MethodDecorator & PropertyDecorator;
}
