import type { IndicatorKind } from "@ascent/client";
import { chartColors } from "./chartColors";
import { tickLabel, valueScale } from "./scale";

export interface CaterpillarRow {
  id: string;
  name: string;
  value: number;
  lower: number | null;
  upper: number | null;
  /** Drawn in red when the interval lies beyond the parity band. */
  excludesParity: boolean;
}

interface CaterpillarPlotProps {
  kind: IndicatorKind;
  /** In rank order, top first. */
  rows: readonly CaterpillarRow[];
  band: { lower: number; upper: number } | null;
  parity: number | null;
  england: number | null;
  /** What the plot shows, for screen readers (the table beside it has every figure). */
  label: string;
  axisTitle: string;
}

const ROW = 17;
const NAME_WIDTH = 300;
const PLOT_WIDTH = 460;
const TOP = 26;
const BOTTOM = 34;
const EXCLUDES = "#c62828";

function shorten(name: string, max = 46): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/**
 * A caterpillar plot: organisations ranked by value, each with its interval,
 * over the parity band (shaded) and England's figure (a dashed line).
 */
export function CaterpillarPlot({ kind, rows, band, parity, england, label, axisTitle }: CaterpillarPlotProps) {
  const height = TOP + rows.length * ROW + BOTTOM;
  const left = NAME_WIDTH + 8;
  const right = NAME_WIDTH + PLOT_WIDTH - 10;
  const scale = valueScale(kind, [...rows.flatMap((r) => [r.value, r.lower, r.upper]), band?.lower, band?.upper, parity, england], left, right);
  const x = scale.toPixel;
  const plotBottom = TOP + rows.length * ROW;
  return (
    <svg viewBox={`0 0 ${NAME_WIDTH + PLOT_WIDTH} ${height}`} width="100%" role="img" aria-label={label} style={{ display: "block", maxWidth: NAME_WIDTH + PLOT_WIDTH + 200 }}>
      {band ? <rect x={x(band.lower)} y={TOP - 4} width={Math.max(1, x(band.upper) - x(band.lower))} height={plotBottom - TOP + 8} fill={chartColors.parityBand} /> : null}
      {scale.ticks(6).map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={plotBottom + 4} stroke={chartColors.grid} strokeWidth={0.75} />
          <text x={x(tick)} y={plotBottom + 16} fontSize={11} textAnchor="middle" fill={chartColors.text}>
            {tickLabel(kind, tick)}
          </text>
        </g>
      ))}
      <text x={(left + right) / 2} y={height - 4} fontSize={11} textAnchor="middle" fill={chartColors.text}>
        {axisTitle}
      </text>
      {parity !== null ? <line x1={x(parity)} x2={x(parity)} y1={TOP - 4} y2={plotBottom + 4} stroke={chartColors.parityLine} strokeWidth={1.5} /> : null}
      {england !== null ? (
        <g>
          <line x1={x(england)} x2={x(england)} y1={TOP - 8} y2={plotBottom + 4} stroke={chartColors.england} strokeWidth={1.5} strokeDasharray="5 3" />
          <text x={x(england)} y={TOP - 12} fontSize={11} textAnchor="middle" fill={chartColors.text}>
            England
          </text>
        </g>
      ) : null}
      {rows.map((row, index) => {
        const y = TOP + index * ROW + ROW / 2;
        const colour = row.excludesParity ? EXCLUDES : chartColors.organisation;
        return (
          <g key={row.id}>
            <text x={NAME_WIDTH} y={y + 4} fontSize={11} textAnchor="end" fill={chartColors.text}>
              <title>{row.name}</title>
              {`${index + 1}. ${shorten(row.name)}`}
            </text>
            {row.lower !== null && row.upper !== null ? (
              <line x1={x(row.lower)} x2={x(row.upper)} y1={y} y2={y} stroke={colour} strokeWidth={1.75} />
            ) : null}
            {row.excludesParity ? (
              <rect x={x(row.value) - 3.5} y={y - 3.5} width={7} height={7} fill={colour} />
            ) : (
              <circle cx={x(row.value)} cy={y} r={3.5} fill={colour} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
