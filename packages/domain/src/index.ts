export * from "./access";
export * from "./bands";
export * from "./errors";
export * from "./ethnicity";
export * from "./organisation";
export * from "./indicators";
export * from "./wres";
