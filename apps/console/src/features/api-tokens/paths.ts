export const apiTokenPaths = {
  apiTokens: "/api-tokens",
  newApiToken: "/api-tokens/new",
} as const;
