import { Parity } from "@ascent/domain";
import type { GroupSide } from "./types";
import type { ParityBand } from "./settings";

/** Where an interval sits against a band. */
export type BandPosition = "ABOVE" | "BELOW" | "WITHIN" | "OVERLAPS";

/**
 * - `ABOVE`: the whole interval is above the band (lower > band.upper);
 * - `BELOW`: the whole interval is below it (upper < band.lower);
 * - `WITHIN`: the whole interval is inside it (edges included);
 * - `OVERLAPS`: it crosses an edge.
 */
export function positionAgainstBand(lower: number, upper: number, band: ParityBand): BandPosition {
  if (lower > band.upper) return "ABOVE";
  if (upper < band.lower) return "BELOW";
  if (lower >= band.lower && upper <= band.upper) return "WITHIN";
  return "OVERLAPS";
}

/**
 * Turn a band position into a parity flag. `aboveFavours` is the group that
 * is better off when the measure is above the band: for a relative likelihood
 * of a favourable event it is the numerator group, for an adverse event the
 * other group.
 */
export function parityFromPosition(position: BandPosition, aboveFavours: GroupSide): Parity {
  const other: GroupSide = aboveFavours === "reference" ? "focus" : "reference";
  const favours = (side: GroupSide) => (side === "reference" ? Parity.FAVOURS_REFERENCE : Parity.FAVOURS_FOCUS);
  switch (position) {
    case "ABOVE":
      return favours(aboveFavours);
    case "BELOW":
      return favours(other);
    case "WITHIN":
      return Parity.WITHIN_PARITY;
    case "OVERLAPS":
      return Parity.INCONCLUSIVE;
  }
}

export function otherSide(side: GroupSide): GroupSide {
  return side === "reference" ? "focus" : "reference";
}
