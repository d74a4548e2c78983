/**
 * Series colours, chosen to pass 3:1 non-text contrast on white and to stay
 * apart for the common colour-vision deficiencies (blue / orange / grey);
 * lines also differ by dash pattern so colour is never the only cue.
 */
export const chartColors = {
  organisation: "#005eb8",
  region: "#b35900",
  england: "#4c4c4c",
  parityBand: "#d8eadb",
  parityLine: "#2e7d32",
  grid: "#d0d0d0",
  text: "#333333",
  muted: "#595959",
} as const;

export const seriesDash = {
  organisation: undefined,
  region: "6 3",
  england: "2 3",
} as const;
