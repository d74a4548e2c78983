import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";

/** A syntactically valid call of one operation with placeholder arguments. */
export interface Probe {
  query: string;
  variables: Record<string, unknown>;
}

const PLACEHOLDER_UUID = "00000000-0000-4000-8000-000000000000";

/** A value of the type that passes GraphQL validation; services may still refuse it (that's not an auth outcome). */
export function placeholderValue(type: GraphQLInputType, idHint: string): unknown {
  if (isNonNullType(type)) return placeholderValue(type.ofType, idHint);
  if (isListType(type)) return [placeholderValue(type.ofType, idHint)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type)) value[field.name] = placeholderValue(field.type, idHint);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "ID":
        return idHint;
      case "Int":
      case "Float":
        return 1;
      case "Boolean":
        return false;
      case "DateTime":
        return "2030-01-01T00:00:00.000Z";
      default:
        return "placeholder";
    }
  }
  return null;
}

/** Selects every argument-free leaf field (and __typename) of an object type. */
export function leafSelection(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return "__typename";
  const leaves = Object.values(type.getFields())
    .filter((field) => field.args.every((a) => !isNonNullType(a.type)) && isLeafType(getNamedType(field.type)))
    .map((field) => field.name);
  return ["__typename", ...leaves].join(" ");
}

export function probeFor(root: "query" | "mutation", field: GraphQLField<unknown, unknown>, idHint = Buffer.from(`Nothing:${PLACEHOLDER_UUID}`).toString("base64url")): Probe {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const variables = Object.fromEntries(required.map((a) => [a.name, placeholderValue(a.type, idHint)]));
  const declarations = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const argumentsText = required.map((a) => `${a.name}: $${a.name}`).join(", ");
  const returned = getNamedType(getNullableType(field.type));
  // A payload's userErrors carry refusals of referenced objects (NOT_FOUND, FORBIDDEN): always ask for their codes.
  const userErrors = isObjectType(returned) && returned.getFields().userErrors ? " userErrors { code }" : "";
  const selection = isLeafType(returned) ? "" : ` { ${leafSelection(returned)}${userErrors} }`;
  return {
    query: `${root}${declarations ? ` (${declarations})` : ""} { ${field.name}${argumentsText ? `(${argumentsText})` : ""}${selection} }`,
    variables,
  };
}

/** Fields of a Node type fetched through node(id:) (required arguments get placeholders). */
export function nodeProbe(type: GraphQLObjectType, fields: Array<GraphQLField<unknown, unknown>>, globalId: string): Probe {
  const variables: Record<string, unknown> = { id: globalId };
  const declarations = ["$id: ID!"];
  const selections = fields.map((field) => {
    const required = field.args.filter((a) => isNonNullType(a.type));
    for (const arg of required) {
      variables[`${field.name}_${arg.name}`] = placeholderValue(arg.type, globalId);
      declarations.push(`$${field.name}_${arg.name}: ${arg.type.toString()}`);
    }
    const argumentsText = required.length ? `(${required.map((a) => `${a.name}: $${field.name}_${a.name}`).join(", ")})` : "";
    const returned = getNamedType(field.type);
    return `${field.name}${argumentsText}${isLeafType(returned) ? "" : ` { ${leafSelection(returned)} }`}`;
  });
  return { query: `query (${declarations.join(", ")}) { node(id: $id) { ... on ${type.name} { ${selections.join(" ")} } } }`, variables };
}
