export const authPaths = {
  login: "/login",
} as const;
