import type { UserDetailsFragment } from "@ascent/client";
import { OrganisationKind, organisationKindLabels, Role, roleLabels, ROLES_WITH_ORGANISATION } from "@ascent/domain";
import type { ComboboxItem } from "@mantine/core";

export const roleOptions = Object.values(Role).map((role) => ({ value: role, label: roleLabels[role] }));

const roles = new Set<string>(Object.values(Role));

export function isRole(value: string): value is Role {
  return roles.has(value);
}

/** Programme managers and facilitators belong to an academy or a facilitation provider; administrators to none. */
export function roleNeedsOrganisation(role: Role | null): boolean {
  return role !== null && ROLES_WITH_ORGANISATION.includes(role);
}

export const STAFF_ORGANISATION_KINDS = [OrganisationKind.ACADEMY, OrganisationKind.FACILITATION_PROVIDER];

export function staffOrganisationOptions(data: {
  organisations: { edges: readonly { node: { id: string; name: string; kind: OrganisationKind } }[] };
}): ComboboxItem[] {
  return data.organisations.edges.map(({ node }) => ({ value: node.id, label: node.name, description: organisationKindLabels[node.kind] }));
}

export type UserSummary = UserDetailsFragment;
