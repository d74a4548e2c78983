import { AfcBand, ApiScope, EthnicGroup, NhsRegion, OrganisationKind, Role, UserErrorCode } from "@ascent/domain";
import { registerEnumType } from "type-graphql";
import { OrderDirection } from "./relay/connection-args";

/** Enums come from packages/domain so the console and partners share the names. */
export function registerEnums() {
  registerEnumType(OrganisationKind, { name: "OrganisationKind" });
  registerEnumType(NhsRegion, { name: "NhsRegion", description: "The seven NHS England regions." });
  registerEnumType(Role, { name: "Role" });
  registerEnumType(ApiScope, { name: "ApiScope", description: "What a partner API token may do (catalogue:read, applications:read, wres:read, wres:write)." });
  registerEnumType(UserErrorCode, { name: "UserErrorCode" });
  registerEnumType(OrderDirection, { name: "OrderDirection" });
  registerEnumType(AfcBand, { name: "AfcBand", description: "Agenda for Change pay band, or VSM." });
  registerEnumType(EthnicGroup, { name: "EthnicGroup" });
}
