import type { ProgrammeImpactQuery } from "@ascent/client";
import { percent } from "./outcomeText";

type Horizon = NonNullable<ProgrammeImpactQuery["programmeImpact"]>["horizons"][number];

const COLOURS = { participants: "#005eb8", comparison: "#b35900", baseline: "#4c4c4c", grid: "#d0d0d0", text: "#333333" } as const;
const WIDTH = 640;
const HEIGHT = 320;
const PAD = { left: 52, right: 16, top: 16, bottom: 48 };

/**
 * Promotion over time: the share promoted within 6, 12 and 24 months of
 * completion, participants (solid, circles) against the comparison group
 * (dashed, squares), each with its 95% interval, and the baseline (dotted)
 * when the academy entered one. Shapes and dashes differ, so colour is never
 * the only cue. Scales with its container, so it fits a phone.
 */
export function ImpactChart({ horizons, summary }: { horizons: readonly Horizon[]; summary: string }) {
  const values = horizons.flatMap((h) => [h.participants.upper, h.comparison.upper, h.baseline]).filter((v): v is number => typeof v === "number");
  const top = Math.min(1, Math.max(0.2, Math.ceil((Math.max(0, ...values) + 0.05) * 10) / 10));
  const x = (index: number) => PAD.left + ((index + 0.5) * (WIDTH - PAD.left - PAD.right)) / horizons.length;
  const y = (value: number) => PAD.top + (1 - value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = Array.from({ length: Math.round(top / 0.1) + 1 }, (_, i) => i * 0.1).filter((_, i, all) => all.length <= 6 || i % 2 === 0);
  const series = (key: "participants" | "comparison", offset: number) => {
    const points = horizons.map((h, i) => ({ i, figure: h[key] })).filter((p) => p.figure.share !== null);
    const path = points.map((p, n) => `${n === 0 ? "M" : "L"}${x(p.i) + offset},${y(p.figure.share as number)}`).join(" ");
    return { points, path };
  };
  const participants = series("participants", -8);
  const comparison = series("comparison", 8);
  const baseline = horizons.map((h, i) => ({ i, value: h.baseline })).filter((p): p is { i: number; value: number } => p.value !== null);
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={`Chart of the share promoted within 6, 12 and 24 months of completion. ${summary}`} style={{ maxWidth: WIDTH, display: "block" }}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke={COLOURS.grid} strokeWidth={1} />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" fontSize={13} fill={COLOURS.text}>
              {Math.round(tick * 100)}%
            </text>
          </g>
        ))}
        {horizons.map((h, i) => (
          <text key={h.months} x={x(i)} y={HEIGHT - PAD.bottom + 22} textAnchor="middle" fontSize={14} fill={COLOURS.text}>
            {h.months} months
          </text>
        ))}
        {baseline.length > 1 ? (
          <path d={baseline.map((p, n) => `${n === 0 ? "M" : "L"}${x(p.i)},${y(p.value)}`).join(" ")} stroke={COLOURS.baseline} strokeWidth={2} strokeDasharray="2 4" fill="none" />
        ) : null}
        <path d={comparison.path} stroke={COLOURS.comparison} strokeWidth={2.5} strokeDasharray="7 4" fill="none" />
        <path d={participants.path} stroke={COLOURS.participants} strokeWidth={2.5} fill="none" />
        {comparison.points.map(({ i, figure }) => (
          <g key={`c${i}`} stroke={COLOURS.comparison} fill={COLOURS.comparison}>
            {figure.lower !== null && figure.upper !== null ? <line x1={x(i) + 8} x2={x(i) + 8} y1={y(figure.lower)} y2={y(figure.upper)} strokeWidth={2} /> : null}
            <rect x={x(i) + 8 - 5} y={y(figure.share as number) - 5} width={10} height={10} />
          </g>
        ))}
        {participants.points.map(({ i, figure }) => (
          <g key={`p${i}`} stroke={COLOURS.participants} fill={COLOURS.participants}>
            {figure.lower !== null && figure.upper !== null ? <line x1={x(i) - 8} x2={x(i) - 8} y1={y(figure.lower)} y2={y(figure.upper)} strokeWidth={2} /> : null}
            <circle cx={x(i) - 8} cy={y(figure.share as number)} r={5.5} />
          </g>
        ))}
      </svg>
      <figcaption>
        <ul aria-label="Legend" style={{ listStyle: "none", display: "flex", flexWrap: "wrap", gap: "4px 20px", padding: 0, margin: "8px 0 0", fontSize: 14 }}>
          <li>
            <svg width={34} height={12} aria-hidden="true">
              <line x1={0} x2={34} y1={6} y2={6} stroke={COLOURS.participants} strokeWidth={2.5} />
              <circle cx={17} cy={6} r={5} fill={COLOURS.participants} />
            </svg>{" "}
            Participants
          </li>
          <li>
            <svg width={34} height={12} aria-hidden="true">
              <line x1={0} x2={34} y1={6} y2={6} stroke={COLOURS.comparison} strokeWidth={2.5} strokeDasharray="7 4" />
              <rect x={12} y={1} width={10} height={10} fill={COLOURS.comparison} />
            </svg>{" "}
            Comparison group
          </li>
          {baseline.length > 0 ? (
            <li>
              <svg width={34} height={12} aria-hidden="true">
                <line x1={0} x2={34} y1={6} y2={6} stroke={COLOURS.baseline} strokeWidth={2} strokeDasharray="2 4" />
              </svg>{" "}
              Baseline
            </li>
          ) : null}
          <li>Vertical lines: 95% intervals</li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** One sentence for screen readers and the page: the latest horizon with figures for both groups. */
export function impactSummary(horizons: readonly Horizon[]): string {
  const shown = horizons.filter((h) => h.participants.share !== null);
  if (shown.length === 0) return "No figures to show yet.";
  return shown
    .map((h) => `Within ${h.months} months, ${percent(h.participants.share)} of participants${h.comparison.share !== null ? ` and ${percent(h.comparison.share)} of the comparison group` : ""} were promoted.`)
    .join(" ");
}
