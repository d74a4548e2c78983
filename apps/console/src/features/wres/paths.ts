export const wresPaths = {
  wres: "/wres",
  wresNational: "/wres/national",
  wresUpload: "/wres/upload",
} as const;
