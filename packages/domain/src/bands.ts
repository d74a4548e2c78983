/** Agenda for Change pay bands, plus very senior managers, in pay order. */
export enum AfcBand {
  BAND_1 = "BAND_1",
  BAND_2 = "BAND_2",
  BAND_3 = "BAND_3",
  BAND_4 = "BAND_4",
  BAND_5 = "BAND_5",
  BAND_6 = "BAND_6",
  BAND_7 = "BAND_7",
  BAND_8A = "BAND_8A",
  BAND_8B = "BAND_8B",
  BAND_8C = "BAND_8C",
  BAND_8D = "BAND_8D",
  BAND_9 = "BAND_9",
  VSM = "VSM",
}

export const afcBandLabels: Record<AfcBand, string> = {
  [AfcBand.BAND_1]: "Band 1",
  [AfcBand.BAND_2]: "Band 2",
  [AfcBand.BAND_3]: "Band 3",
  [AfcBand.BAND_4]: "Band 4",
  [AfcBand.BAND_5]: "Band 5",
  [AfcBand.BAND_6]: "Band 6",
  [AfcBand.BAND_7]: "Band 7",
  [AfcBand.BAND_8A]: "Band 8a",
  [AfcBand.BAND_8B]: "Band 8b",
  [AfcBand.BAND_8C]: "Band 8c",
  [AfcBand.BAND_8D]: "Band 8d",
  [AfcBand.BAND_9]: "Band 9",
  [AfcBand.VSM]: "Very senior manager",
};

export const AFC_BANDS_IN_ORDER: readonly AfcBand[] = Object.values(AfcBand);

export function compareBands(a: AfcBand, b: AfcBand): number {
  return AFC_BANDS_IN_ORDER.indexOf(a) - AFC_BANDS_IN_ORDER.indexOf(b);
}
