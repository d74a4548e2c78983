export const auditPaths = {
  audit: "/audit",
  /** The trail filtered to one object, e.g. from that object's own page. */
  auditOf: (targetId: string) => `/audit?${new URLSearchParams({ target: targetId })}`,
} as const;
