export const mailViewerPaths = {
  mailbox: "/mail",
  message: (id: string) => `/mail/${encodeURIComponent(id)}`,
  messagePattern: "/mail/:id",
} as const;
