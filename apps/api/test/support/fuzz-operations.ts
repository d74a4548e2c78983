import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";

/** mulberry32: small, fast and seeded, so a failing run can be replayed with its seed. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

export interface FuzzRequest {
  /** What kind of request, for the counts. */
  kind: string;
  /** The JSON body as sent (a string when deliberately not an object). */
  body: unknown;
}

const STRINGS = ["", "a", "Ascent", "RTH", "2027-09-06", "2027-02-30", "someone@nhs.net", "Ωé—😀 ", "<script>alert(1)</script>", "' OR 1=1 --", "%_\\", "\u0000", "x".repeat(5000)];
const INTS = [0, 1, -1, 5, 100, 101, 2_147_483_647, -2_147_483_648, 2016, 2024, 3000];
const FLOATS = [0, 0.5, 1.5, -1, 100.1, 1e308];
const DATE_TIMES = ["2027-01-01T00:00:00.000Z", "2020-06-30T23:00:00Z", "not a date", "2027-13-40T99:00:00Z", "0"];
const WRONG_TYPES: unknown[] = [null, 7, -3.5, true, "text", [], {}, { unknownField: 1 }, ["a", 1]];
/** Not part of the fuzzing: it would sign the persona out for every later request. */
const SKIPPED = new Set(["Mutation.logout"]);

/**
 * Random operations and variables generated from the schema: valid calls
 * with odd values, wrong types, bad ids, inline and variable arguments,
 * random selections, and the malformed requests seen in the wild
 * (subscriptions, persisted-query junk, too many bad variable values,
 * broken syntax). Deterministic for a given Rng.
 */
export class OperationFuzzer {
  private variableCount = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rng: Rng,
    /** Global ids of real objects, so services' checks run, not only id parsing. */
    private readonly realIds: readonly string[],
    private readonly typeNames: readonly string[],
  ) {}

  next(): FuzzRequest {
    const roll = this.rng.next();
    if (roll < 0.08) return this.malformed();
    const root = roll < 0.6 ? "query" : "mutation";
    return { kind: root, body: this.operation(root) };
  }

  private operation(root: "query" | "mutation"): Record<string, unknown> {
    const rootType = (root === "query" ? this.schema.getQueryType() : this.schema.getMutationType()) as GraphQLObjectType;
    const fields = Object.values(rootType.getFields()).filter((f) => !SKIPPED.has(`${rootType.name}.${f.name}`));
    const field = this.rng.pick(fields);
    this.variableCount = 0;
    const declarations: string[] = [];
    const variables: Record<string, unknown> = {};
    const call = this.fieldCall(field, 0, declarations, variables);
    const header = declarations.length ? ` Fuzz(${declarations.join(", ")})` : " Fuzz";
    return { query: `${root}${header} { ${call} }`, variables, operationName: this.rng.chance(0.95) ? "Fuzz" : "Other" };
  }

  private fieldCall(field: GraphQLField<unknown, unknown>, depth: number, declarations: string[], variables: Record<string, unknown>): string {
    const args = field.args.filter((a) => isNonNullType(a.type) || this.rng.chance(0.4));
    const argumentText = args.map((a) => `${a.name}: ${this.argument(a, declarations, variables)}`).join(", ");
    const selection = this.selection(getNamedType(field.type), depth + 1, declarations, variables);
    return `${field.name}${argumentText ? `(${argumentText})` : ""}${selection}`;
  }

  private argument(arg: GraphQLArgument, declarations: string[], variables: Record<string, unknown>): string {
    const value = this.value(arg.type, 0);
    if (this.rng.chance(0.3)) return literal(value, arg.type);
    const name = `v${(this.variableCount += 1)}`;
    declarations.push(`$${name}: ${arg.type.toString()}`);
    if (value !== undefined) variables[name] = value;
    return `$${name}`;
  }

  private selection(type: GraphQLNamedType, depth: number, declarations: string[], variables: Record<string, unknown>): string {
    if (isLeafType(type)) return "";
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const branch = this.rng.pick(possible);
      return ` { __typename ... on ${branch.name}${this.selection(branch, depth, declarations, variables)} }`;
    }
    if (!isObjectType(type)) return " { __typename }";
    const fields = Object.values(type.getFields());
    // Deep down, leaves only: the query limits (depth 10) are tested elsewhere.
    const candidates = depth >= 4 ? fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type))) : fields;
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    const wanted = 1 + this.rng.int(4);
    for (let i = 0; i < wanted && candidates.length; i += 1) chosen.add(this.rng.pick(candidates));
    const parts = ["__typename", ...[...chosen].map((f) => this.fieldCall(f, depth, declarations, variables))];
    return ` { ${parts.join(" ")} }`;
  }

  /** A value for the type: mostly of the right shape, sometimes not at all. */
  value(type: GraphQLInputType, depth: number): unknown {
    if (this.rng.chance(0.06)) return this.rng.pick(WRONG_TYPES);
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (isListType(type)) {
      const length = this.rng.chance(0.03) ? 60 : this.rng.int(4);
      return Array.from({ length }, () => this.value(type.ofType, depth + 1));
    }
    if (isEnumType(type)) return this.rng.chance(0.95) ? this.rng.pick(type.getValues()).name : "NOT_A_VALUE";
    if (isInputObjectType(type)) {
      const result: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) ? this.rng.chance(0.97) : depth < 3 && this.rng.chance(0.5)) result[field.name] = this.value(field.type, depth + 1);
      }
      return result;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case "ID":
          return this.id();
        case "Int":
          return this.rng.chance(0.8) ? this.rng.pick(INTS) : this.rng.int(200);
        case "Float":
          return this.rng.pick(FLOATS);
        case "Boolean":
          return this.rng.chance(0.5);
        case "DateTime":
          return this.rng.pick(DATE_TIMES);
        default:
          return this.rng.pick(STRINGS);
      }
    }
    return null;
  }

  private id(): string {
    const roll = this.rng.next();
    if (roll < 0.55 && this.realIds.length) return this.rng.pick(this.realIds);
    const uuid = "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx".replace(/x/g, () => this.rng.int(16).toString(16));
    if (roll < 0.8) return Buffer.from(`${this.rng.pick(this.typeNames)}:${uuid}`).toString("base64url");
    return this.rng.pick(["", "!!!", "null", uuid, Buffer.from("Organisation:not-a-uuid").toString("base64url"), Buffer.from(":").toString("base64url"), "A".repeat(400)]);
  }

  private malformed(): FuzzRequest {
    const valid = this.operation(this.rng.chance(0.5) ? "query" : "mutation");
    const query = valid.query as string;
    switch (this.rng.int(8)) {
      case 0:
        return { kind: "subscription", body: { query: query.replace(/^(query|mutation)/, "subscription") } };
      case 1:
        return { kind: "persisted-query hash mismatch", body: { ...valid, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } } };
      case 2:
        return { kind: "persisted-query unknown", body: { extensions: { persistedQuery: { version: this.rng.pick([1, 2, "x"]), sha256Hash: "f".repeat(64) } } } };
      case 3:
        return {
          kind: "over 50 bad variable values",
          body: { query: "query ($r: [NhsRegion!]) { organisations(filter: { regions: $r }) { totalCount } }", variables: { r: Array.from({ length: 51 + this.rng.int(100) }, () => "MARS") } },
        };
      case 4: {
        const cut = this.rng.int(query.length);
        return { kind: "broken syntax", body: { ...valid, query: query.slice(0, cut) + this.rng.pick(["{", "}", "(", "$", "\"", "@", "..."]) + query.slice(cut + 1) } };
      }
      case 5:
        return { kind: "variables not an object", body: { query, variables: this.rng.pick(["{}", 5, [1], true]) } };
      case 6:
        return { kind: "two operations", body: { query: `${query} ${query.replace("Fuzz", "Again")}`, operationName: this.rng.pick([undefined, "Nope"]) } };
      default:
        return { kind: "not json", body: this.rng.pick(["{", "[]", "null", "\"query\"", `{"query": ${JSON.stringify(query)}, "variables": {"v1": 1e999}}`]) };
    }
  }
}

/** A GraphQL literal of the value, for arguments written inline (wrong types included, to meet validation). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(type) ? type.ofType : isNonNullType(type) && isListType(type.ofType) ? type.ofType.ofType : type)).join(", ")}]`;
  if (typeof value === "object") {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? named)}`)
      .join(", ")} }`;
  }
  if (typeof value === "string" && isEnumType(named) && /^[A-Z_][A-Z0-9_]*$/.test(value)) return value;
  return JSON.stringify(value);
}
