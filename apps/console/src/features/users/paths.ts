export const userPaths = {
  users: "/users",
  newUser: "/users/new",
  user: (id: string) => `/users/${id}`,
} as const;
