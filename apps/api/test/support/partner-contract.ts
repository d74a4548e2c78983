import { Change, CriticalityLevel, diff, DiffRule } from "@graphql-inspector/core";
import { buildSchema, getNamedType, GraphQLSchema, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from "graphql";

/** The operations partner trusts build on (DESIGN.md, "Partner API contract"). */
export const CONTRACT_OPERATIONS = {
  Query: ["node", "viewer", "organisations", "organisation", "programmes", "programme", "cohorts", "cohort", "applications", "wresReport", "wresBenchmark"],
  Mutation: ["login", "logout", "createOrganisation", "createProgramme", "createCohort", "openCohort", "createApiToken", "submitApplication", "withdrawApplication", "endorseApplication", "submitWresReturn"],
} as const;

/** Every type a contract operation can take or return, in the baseline schema. */
export function contractTypes(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const visit = (typeName: string) => {
    if (seen.has(typeName)) return;
    const type = schema.getType(typeName);
    if (!type || typeName.startsWith("__")) return;
    seen.add(typeName);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        visit(getNamedType(field.type).name);
        for (const argument of field.args) visit(getNamedType(argument.type).name);
      }
      if (isInterfaceType(type)) for (const implementation of schema.getPossibleTypes(type)) visit(implementation.name);
    }
    if (isUnionType(type)) for (const member of type.getTypes()) visit(member.name);
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type).name);
  };
  for (const [rootName, operations] of Object.entries(CONTRACT_OPERATIONS)) {
    const root = schema.getType(rootName);
    if (!isObjectType(root)) continue;
    for (const name of operations) {
      const field = root.getFields()[name];
      if (!field) continue;
      visit(getNamedType(field.type).name);
      for (const argument of field.args) visit(getNamedType(argument.type).name);
    }
  }
  return seen;
}

function touchesContract(change: Change, types: Set<string>): boolean {
  const [typeName, fieldName] = (change.path ?? "").split(".");
  if (typeName === "Query" || typeName === "Mutation") return (CONTRACT_OPERATIONS[typeName] as readonly string[]).includes(fieldName);
  return types.has(typeName);
}

/**
 * Breaking changes to the partner contract between the baseline SDL and the
 * current one. Removing a field that the baseline already deprecated is not
 * breaking (partners were warned).
 */
export async function breakingContractChanges(baselineSdl: string, currentSdl: string): Promise<Change[]> {
  const baseline = buildSchema(baselineSdl);
  const changes = await diff(baseline, buildSchema(currentSdl), [DiffRule.suppressRemovalOfDeprecatedField]);
  const types = contractTypes(baseline);
  return changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking && touchesContract(change, types));
}
