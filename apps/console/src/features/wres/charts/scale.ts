import type { IndicatorKind } from "@ascent/client";

/** Maps an indicator's values onto pixels: a log scale for ratios (so 0.5 and 2 sit equally far from 1), linear otherwise. */
export interface ValueScale {
  readonly domain: readonly [number, number];
  readonly log: boolean;
  toPixel(value: number): number;
  ticks(count?: number): number[];
}

/**
 * A scale over `values` (nulls ignored) plus what must always be visible
 * (parity, the parity band), padded a little, onto [start, end] pixels.
 */
export function valueScale(kind: IndicatorKind, values: readonly (number | null | undefined)[], start: number, end: number): ValueScale {
  const log = kind === "RELATIVE_LIKELIHOOD";
  const finite = values.filter((value): value is number => typeof value === "number" && Number.isFinite(value) && (!log || value > 0));
  let low = finite.length ? Math.min(...finite) : log ? 0.5 : 0;
  let high = finite.length ? Math.max(...finite) : log ? 2 : 1;
  if (kind === "PROPORTION" || kind === "REPRESENTATION") {
    low = 0;
    high = Math.min(1, Math.max(high * 1.1, 0.05));
  } else if (log) {
    low = Math.min(low, 1) / 1.08;
    high = Math.max(high, 1) * 1.08;
  } else {
    const pad = Math.max((high - low) * 0.08, 0.005);
    low = Math.min(low, 0) - pad;
    high = Math.max(high, 0) + pad;
  }
  if (high <= low) high = low + 1;
  const transform = (value: number) => (log ? Math.log(value) : value);
  const t0 = transform(low);
  const t1 = transform(high);
  const toPixel = (value: number) => {
    const clamped = Math.min(high, Math.max(low, value));
    return start + ((transform(clamped) - t0) / (t1 - t0)) * (end - start);
  };
  const ticks = (count = 4) => {
    if (log) {
      const candidates = [0.25, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4, 6, 8];
      const inside = candidates.filter((tick) => tick >= low && tick <= high);
      if (inside.length <= count + 1) return inside;
      const step = Math.ceil(inside.length / (count + 1));
      return inside.filter((tick, index) => tick === 1 || index % step === 0);
    }
    const span = high - low;
    const rough = span / count;
    const magnitude = 10 ** Math.floor(Math.log10(rough));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
    const first = Math.ceil(low / step) * step;
    const result: number[] = [];
    for (let tick = first; tick <= high + step / 1e6; tick += step) result.push(Number(tick.toPrecision(10)));
    return result;
  };
  return { domain: [low, high], log, toPixel, ticks };
}

/** A tick label: ratios plain, fractions as whole percentages, gaps as points. */
export function tickLabel(kind: IndicatorKind, value: number): string {
  if (kind === "RELATIVE_LIKELIHOOD") return String(Number(value.toFixed(2)));
  if (kind === "DIFFERENCE") return `${Number((value * 100).toFixed(1))}`;
  return `${Number((value * 100).toFixed(1))}%`;
}
