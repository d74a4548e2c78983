import type { ApiScope } from "@ascent/client";
import { ApiScope as DomainApiScope, apiScopeLabels } from "@ascent/domain";

/**
 * GraphQL names the scopes by the domain enum's keys (CATALOGUE_READ), while
 * the domain's values and labels use the conventional scope strings
 * ("catalogue:read"). The client therefore keeps GraphQL's names, and this
 * maps them across.
 */
export function scopeCode(scope: ApiScope): DomainApiScope {
  return DomainApiScope[scope];
}

export function scopeLabel(scope: ApiScope): string {
  return apiScopeLabels[scopeCode(scope)];
}

const GRAPHQL_SCOPES = Object.keys(DomainApiScope) as ApiScope[];

export const apiScopeOptions = GRAPHQL_SCOPES.map((scope) => ({ value: scope, code: scopeCode(scope), label: scopeLabel(scope) }));

const scopes = new Set<string>(GRAPHQL_SCOPES);

export function isApiScope(value: string): value is ApiScope {
  return scopes.has(value);
}
