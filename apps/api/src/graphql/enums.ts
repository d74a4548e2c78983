import { UserErrorCode } from "@ascent/domain";
import { registerEnumType } from "type-graphql";
import { OrderDirection } from "./relay/connection-args";

/** Enums the infrastructure itself uses; features register theirs in their modules. */
export function registerSharedEnums() {
  registerEnumType(UserErrorCode, { name: "UserErrorCode" });
  registerEnumType(OrderDirection, { name: "OrderDirection" });
}
