/**
 * Typed GraphQL operations for the Ascent api, shared by the console and by
 * partner trusts' TypeScript code. Result and variable types are generated
 * from packages/schema/schema.graphql by `pnpm --filter @ascent/client codegen`.
 */
export type * from "./generated/graphql";
export * from "./operations/account";
export * from "./operations/actionLearning";
export * from "./operations/apiTokens";
export * from "./operations/applicationQueue";
export * from "./operations/applications";
export * from "./operations/audit";
export * from "./operations/careerOutcomes";
export * from "./operations/catalogue";
export * from "./operations/cohorts";
export * from "./operations/delivery";
export * from "./operations/devMail";
export * from "./operations/equalityMonitoring";
export * from "./operations/evaluations";
export * from "./operations/mentoring";
export * from "./operations/node";
export * from "./operations/organisations";
export * from "./operations/partner";
export * from "./operations/programmes";
export * from "./operations/session";
export * from "./operations/userErrors";
export * from "./operations/users";
export * from "./operations/wres";
export * from "./sdk";
