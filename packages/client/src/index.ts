/**
 * Typed GraphQL operations for the Ascent api, shared by the console and by
 * partner trusts' TypeScript code. Result and variable types are generated
 * from packages/schema/schema.graphql by `pnpm --filter @ascent/client codegen`.
 */
export type * from "./generated/graphql";
export * from "./operations/organisations";
export * from "./operations/session";
export * from "./sdk";
