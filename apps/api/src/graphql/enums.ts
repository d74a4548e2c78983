import {
  AfcBand,
  AllocationPolicy,
  ApiScope,
  CohortStatus,
  DeliveryMode,
  EligibilityRequirement,
  EligibilityRuleKind,
  EthnicGroup,
  EthnicityCriterion,
  MedicalGrade,
  ModuleKind,
  NhsRegion,
  OrganisationKind,
  ProgrammeStatus,
  Role,
  StaffGroup,
  UserErrorCode,
  DisclosureStatus,
  IndicatorKind,
  IndicatorNullReason,
  Parity,
  WorkforceCategory,
  WresGrade,
  WresTargetGroup,
} from "@ascent/domain";
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
  registerProgrammeEnums();
  registerWresEnums();
}

/** WRES returns, indicators and targets. */
function registerWresEnums() {
  registerEnumType(WorkforceCategory, { name: "WorkforceCategory" });
  registerEnumType(WresGrade, { name: "WresGrade", description: "A WRES indicator 1 row: an AfC band (or VSM), or (clinical only) a medical grade." });
  registerEnumType(IndicatorKind, { name: "IndicatorKind" });
  registerEnumType(Parity, { name: "Parity", description: "How an indicator's confidence interval sits against the parity band (a setting)." });
  registerEnumType(IndicatorNullReason, { name: "IndicatorNullReason" });
  registerEnumType(DisclosureStatus, { name: "DisclosureStatus", description: "RAW (owners), CONTROLLED (1-7 suppressed, others rounded to 5) or NATIONAL (unsuppressed)." });
  registerEnumType(WresTargetGroup, { name: "WresTargetGroup" });
}

/** Programmes, cohorts and eligibility rules. */
function registerProgrammeEnums() {
  registerEnumType(ProgrammeStatus, { name: "ProgrammeStatus", description: "DRAFT -> PUBLISHED or ARCHIVED; PUBLISHED -> ARCHIVED; ARCHIVED -> DRAFT." });
  registerEnumType(DeliveryMode, { name: "DeliveryMode" });
  registerEnumType(ModuleKind, { name: "ModuleKind" });
  registerEnumType(AllocationPolicy, { name: "AllocationPolicy" });
  registerEnumType(CohortStatus, {
    name: "CohortStatus",
    description: "PLANNED -> OPEN or CANCELLED; OPEN -> CLOSED (by itself when the window closes) or CANCELLED; CLOSED -> OPEN, RUNNING or CANCELLED; RUNNING -> COMPLETED or CANCELLED.",
  });
  registerEnumType(StaffGroup, { name: "StaffGroup" });
  registerEnumType(MedicalGrade, { name: "MedicalGrade", description: "Medical and dental grade groups (not on Agenda for Change)." });
  registerEnumType(EthnicityCriterion, { name: "EthnicityCriterion" });
  registerEnumType(EligibilityRequirement, { name: "EligibilityRequirement" });
  registerEnumType(EligibilityRuleKind, { name: "EligibilityRuleKind" });
}
