import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromASTUntyped,
  visit,
  type GraphQLCompositeType,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "./relay/paginate";

/**
 * calculateQueryCost, remembered per parsed document (Apollo keeps one DocumentNode per distinct query text) and
 * operation when its cost can't depend on variables: no page size (`first`/`last`) anywhere in it is a variable.
 */
export function cachedQueryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> = {}): number {
  let bySchema = costsByDocument.get(schema);
  if (!bySchema) costsByDocument.set(schema, (bySchema = new WeakMap()));
  let costs = bySchema.get(document);
  if (costs === undefined) {
    costs = pageSizesAreLiteral(document) ? new Map() : null;
    bySchema.set(document, costs);
  }
  if (costs === null) return calculateQueryCost(schema, document, operationName, variables);
  const key = operationName ?? "";
  let cost = costs.get(key);
  if (cost === undefined) costs.set(key, (cost = calculateQueryCost(schema, document, operationName, variables)));
  return cost;
}

const costsByDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number> | null>>();

function pageSizesAreLiteral(document: DocumentNode): boolean {
  let literal = true;
  visit(document, {
    Argument(node) {
      if ((node.name.value === "first" || node.name.value === "last") && node.value.kind !== Kind.INT && node.value.kind !== Kind.NULL) literal = false;
    },
  });
  return literal;
}

/**
 * The cost of a query before it runs, in the spirit of Shopify's: each
 * object field costs 1, scalars are free, and a connection multiplies what
 * it selects by the page size asked for (first/last, default 25).
 */
export function calculateQueryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> = {}): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  // Mutations carry a flat surcharge: they write.
  const base = operation.operation === "mutation" ? 10 : 0;
  return base + selectionCost(root, operation.selectionSet, fragments, variables, schema);
}

function fieldsOf(type: GraphQLCompositeType) {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
}

function selectionCost(
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  schema: GraphQLSchema,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(parent, selection, fragments, variables, schema);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) continue;
      const typeName = fragment.typeCondition?.name.value;
      const type = typeName ? (schema.getType(typeName) as GraphQLCompositeType | undefined) : parent;
      if (type && isCompositeType(type)) cost += selectionCost(type, fragment.selectionSet, fragments, variables, schema);
    }
  }
  return cost;
}

function fieldCost(
  parent: GraphQLCompositeType,
  field: FieldNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  schema: GraphQLSchema,
): number {
  const definition = fieldsOf(parent)[field.name.value];
  if (!definition || !field.selectionSet) return 0;
  const type = getNamedType(definition.type);
  if (!isCompositeType(type)) return 0;
  if (isObjectType(type) && isConnection(type)) {
    // The connection and its pageInfo cost once; each edge of the page costs its node's cost.
    const pageSize = pageSizeOf(field, variables);
    let cost = 1;
    for (const selection of field.selectionSet.selections) {
      const edges = selection.kind === Kind.FIELD && selection.name.value === "edges" && selection.selectionSet;
      const single = { ...field.selectionSet, selections: [selection] };
      cost += edges ? 1 + pageSize * selectionCost(edgeTypeOf(type), selection.selectionSet, fragments, variables, schema) : selectionCost(type, single, fragments, variables, schema);
    }
    return cost;
  }
  return 1 + selectionCost(type, field.selectionSet, fragments, variables, schema);
}

const edgeTypeOf = (connection: GraphQLObjectType) => getNamedType(connection.getFields().edges.type) as GraphQLObjectType;

const isConnection = (type: GraphQLObjectType) => type.name.endsWith("Connection") && "edges" in type.getFields();

function pageSizeOf(field: FieldNode, variables: Record<string, unknown>): number {
  for (const name of ["first", "last"]) {
    const argument = field.arguments?.find((a) => a.name.value === name);
    if (!argument) continue;
    const value = valueFromASTUntyped(argument.value, variables);
    if (typeof value === "number" && value > 0) return value;
  }
  return DEFAULT_PAGE_SIZE;
}
