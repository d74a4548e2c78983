import { describe, expect, it } from "vitest";
import { groupedBarsLayout, textWidth } from "./groupedBars";

const bands = ["Band 2", "Band 3", "Band 4", "Band 5", "Band 6", "Band 7", "Band 8a", "Band 8b", "Band 8c", "Band 8d", "Band 9", "VSM", "Consultant", "Non-consultant", "Trainee"];
const groups = bands.map((label, index) => ({ key: label, label, values: [0.4 - index * 0.02, index >= 12 ? null : 0.3 - index * 0.02] }));

describe("groupedBarsLayout", () => {
  it("draws one bar per figure, taller for a larger share, none for a missing one, inside the plot", () => {
    const layout = groupedBarsLayout({ groups, seriesCount: 2, reference: 0.25, width: 1000, height: 340 });
    expect(layout.bars).toHaveLength(15 + 12);
    const [first, second] = layout.bars;
    expect(first.series).toBe(0);
    expect(second.series).toBe(1);
    expect(first.height).toBeGreaterThan(second.height);
    expect(first.x + first.width).toBeLessThanOrEqual(second.x);
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right);
      expect(bar.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(bar.y + bar.height).toBeCloseTo(layout.plot.bottom, 6);
    }
    expect(layout.bars.some((bar) => bar.group === "Trainee" && bar.series === 1)).toBe(false);
    // The reference line sits at its share: between the bars of 0.3 and 0.2.
    const at = (value: number) => layout.plot.bottom - ((layout.plot.bottom - layout.plot.top) * value) / (layout.ticks.at(-1)?.value ?? 1);
    expect(layout.reference?.y).toBeLessThan(at(0.2) + 1);
    expect(layout.reference?.y).toBeGreaterThan(layout.bars[0].y);
  });

  it("labels the axis in whole percentages from 0 up to at least the largest share", () => {
    const layout = groupedBarsLayout({ groups, seriesCount: 2, reference: 0.25, width: 1000, height: 340 });
    expect(layout.ticks[0]).toMatchObject({ value: 0, label: "0%", y: layout.plot.bottom });
    expect(layout.ticks.at(-1)?.value).toBeGreaterThanOrEqual(0.4);
    expect(layout.ticks.every((tick) => /^\d+(\.\d)?%$/.test(tick.label))).toBe(true);
    // The plot's top is a labelled tick, at or above every bar.
    expect(layout.ticks.at(-1)?.y).toBe(layout.plot.top);
    const high = groupedBarsLayout({ groups: [{ key: "a", label: "Band 5", values: [0.82, 0.95] }], seriesCount: 2, reference: 0.48, width: 1000, height: 340 });
    expect(high.ticks.map((tick) => tick.label)).toEqual(["0%", "25%", "50%", "75%", "100%"]);
    const low = groupedBarsLayout({ groups: [{ key: "a", label: "Band 5", values: [0.12, 0.3] }], seriesCount: 2, reference: null, width: 1000, height: 340 });
    expect(low.ticks.map((tick) => tick.label)).toEqual(["0%", "10%", "20%", "30%", "40%"]);
  });

  it("draws a share of 0 as a 1 px bar, not a gap", () => {
    const layout = groupedBarsLayout({ groups: [{ key: "a", label: "Band 5", values: [0, 0.2] }], seriesCount: 2, reference: null, width: 600, height: 300 });
    expect(layout.bars[0].height).toBe(1);
    expect(layout.reference).toBeNull();
  });

  it("turns the labels further as groups get narrower, and leaves room for them under the plot", () => {
    const desktop = groupedBarsLayout({ groups, seriesCount: 2, reference: null, width: 1000, height: 340 });
    const phone = groupedBarsLayout({ groups, seriesCount: 2, reference: null, width: 330, height: 340 });
    const few = groupedBarsLayout({ groups: groups.slice(0, 3), seriesCount: 2, reference: null, width: 1000, height: 340 });
    expect(few.labelAngle).toBe(0);
    expect(desktop.labelAngle).toBe(35);
    expect(phone.labelAngle).toBeGreaterThanOrEqual(60);
    for (const layout of [desktop, phone]) {
      const depth = textWidth("Non-consultant", layout.fontSize) * Math.sin((layout.labelAngle * Math.PI) / 180);
      expect(layout.height - layout.plot.bottom).toBeGreaterThan(depth);
    }
    // Neighbouring labels a line apart at least.
    const slot = phone.groups[1].centre - phone.groups[0].centre;
    expect(slot * Math.sin((phone.labelAngle * Math.PI) / 180)).toBeGreaterThanOrEqual(phone.fontSize * 1.3 - 1e-9);
  });
});
