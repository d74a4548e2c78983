import { tickLabel } from "./scale";

/**
 * The geometry of a grouped bar chart of shares (0–1): one group per category
 * (a band), one bar per series in each group, a value axis in percent, and an
 * optional reference line (the whole workforce's share). Plain arithmetic, so
 * that the WRES dashboard's first chart is drawn by a small SVG component in
 * the same commit as the page, without a charting library (issue 14).
 */

export interface GroupedBarsInput {
  /** One per group, in order: its axis label and one value per series (null: no bar). */
  groups: readonly { key: string; label: string; values: readonly (number | null)[] }[];
  /** How many series each group has room for (a group without a figure keeps its slot, so bars line up). */
  seriesCount: number;
  /** A share drawn as a horizontal line across the plot, or null. */
  reference: number | null;
  /** The drawing's width in px (the container's). */
  width: number;
  /** The drawing's height in px. */
  height: number;
}

export interface GroupedBarsLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  fontSize: number;
  /** How far the axis labels are turned, in degrees (0: level, written under their group). */
  labelAngle: 0 | 35 | 60 | 90;
  ticks: { value: number; y: number; label: string }[];
  groups: { key: string; label: string; centre: number }[];
  bars: { key: string; group: string; series: number; value: number; x: number; y: number; width: number; height: number }[];
  reference: { y: number; value: number } | null;
}

/** Roughly how wide Arial writes `text` at `fontSize` px (about 0.56 em a character). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

const LEFT = 58;
const RIGHT = 12;
const TOP = 14;

/** Where every bar, tick and label goes. */
export function groupedBarsLayout({ groups, seriesCount, reference, width, height }: GroupedBarsInput): GroupedBarsLayout {
  const fontSize = width < 520 ? 11 : 12;
  const left = LEFT;
  const right = Math.max(left + 1, width - RIGHT);
  const slot = (right - left) / Math.max(1, groups.length);
  const widest = Math.max(0, ...groups.map((group) => textWidth(group.label, fontSize)));
  // Level labels when each fits its group; otherwise turned just enough that neighbours do not overlap (a line is about 1.3 em).
  const lineGap = fontSize * 1.3;
  const labelAngle: GroupedBarsLayout["labelAngle"] =
    widest + 6 <= slot ? 0 : slot * Math.sin((35 * Math.PI) / 180) >= lineGap ? 35 : slot * Math.sin((60 * Math.PI) / 180) >= lineGap ? 60 : 90;
  const labelDepth = labelAngle === 0 ? fontSize : widest * Math.sin((labelAngle * Math.PI) / 180) + fontSize * Math.cos((labelAngle * Math.PI) / 180);
  const bottom = Math.max(TOP + 40, height - Math.ceil(labelDepth + 14));
  // From 0 to a round share just above the largest (with a little room), labelled at every step: the top is a tick.
  const values = [...groups.flatMap((group) => group.values), reference].filter((value): value is number => typeof value === "number" && Number.isFinite(value));
  const largest = Math.max(0.05, ...values);
  const rough = largest / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? rough;
  const top = Math.min(1, Math.ceil((largest * 1.04) / step) * step);
  const toPixel = (value: number) => bottom - (Math.min(top, Math.max(0, value)) / top) * (bottom - TOP);
  const ticks: GroupedBarsLayout["ticks"] = [];
  for (let index = 0; index * step <= top + step / 1e6; index += 1) {
    const value = Number((index * step).toPrecision(10));
    ticks.push({ value, y: toPixel(value), label: tickLabel("REPRESENTATION", value) });
  }
  const barWidth = Math.max(2, Math.min(36, (slot * 0.8) / Math.max(1, seriesCount)));
  const bars: GroupedBarsLayout["bars"] = [];
  const placed = groups.map((group, index) => {
    const centre = left + slot * (index + 0.5);
    const start = centre - (barWidth * seriesCount) / 2;
    group.values.forEach((value, series) => {
      if (value === null || !Number.isFinite(value)) return;
      const barTop = toPixel(value);
      // A share of 0 is a figure, not a gap: a 1 px bar on the axis says so.
      const barHeight = Math.max(1, bottom - barTop);
      bars.push({ key: `${group.key}-${series}`, group: group.key, series, value, x: start + series * barWidth, y: bottom - barHeight, width: Math.max(1, barWidth - 1), height: barHeight });
    });
    return { key: group.key, label: group.label, centre };
  });
  return {
    width,
    height,
    plot: { left, right, top: TOP, bottom },
    fontSize,
    labelAngle,
    ticks,
    groups: placed,
    bars,
    reference: reference === null || !Number.isFinite(reference) ? null : { y: toPixel(reference), value: reference },
  };
}
