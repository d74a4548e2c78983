import type { IndicatorKind, WresIndicatorFieldsFragment } from "@ascent/client";
import { chartColors } from "./chartColors";
import { tickLabel, valueScale } from "./scale";

export interface ForestRow {
  key: string;
  /** Short name drawn at the left: BME, Asian, Black, Mixed, Other. */
  label: string;
  figure: Pick<WresIndicatorFieldsFragment, "value" | "lower" | "upper" | "suppressed"> | null;
}

interface ForestPlotProps {
  kind: IndicatorKind;
  rows: readonly ForestRow[];
  /** The parity band in the value's unit, shaded behind the rows. */
  band: { lower: number; upper: number } | null;
  /** 1 for ratios, 0 for gaps: drawn as a line. */
  parity: number | null;
  /** What the picture says, for screen readers (the text beside it says the same). */
  label: string;
}

// About the width of a phone's card, so text is drawn near its own size there.
const WIDTH = 310;
const LEFT = 62;
const RIGHT = WIDTH - 14;
const ROW = 24;
const TOP = 6;

/**
 * One row per group: its value as a dot and its confidence interval as a
 * line, against the parity band and the parity line. A withheld figure is
 * written as "withheld", never drawn.
 */
export function ForestPlot({ kind, rows, band, parity, label }: ForestPlotProps) {
  const values = rows.flatMap((row) => (row.figure && !row.figure.suppressed ? [row.figure.value, row.figure.lower, row.figure.upper] : []));
  const scale = valueScale(kind, [...values, band?.lower, band?.upper, parity], LEFT, RIGHT);
  const x = scale.toPixel;
  const axis = TOP + rows.length * ROW + 4;
  const height = axis + 20;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={label} style={{ maxWidth: 360, display: "block" }}>
      {band ? <rect x={x(band.lower)} y={TOP} width={Math.max(1, x(band.upper) - x(band.lower))} height={rows.length * ROW} fill={chartColors.parityBand} /> : null}
      {parity !== null ? <line x1={x(parity)} x2={x(parity)} y1={TOP} y2={axis} stroke={chartColors.parityLine} strokeWidth={1.5} /> : null}
      <line x1={LEFT} x2={RIGHT} y1={axis} y2={axis} stroke={chartColors.grid} />
      {scale.ticks(4).map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={axis} y2={axis + 4} stroke={chartColors.muted} />
          <text x={x(tick)} y={height - 3} fontSize={12} textAnchor="middle" fill={chartColors.text}>
            {tickLabel(kind, tick)}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = TOP + index * ROW + ROW / 2;
        const figure = row.figure;
        const drawn = figure && !figure.suppressed && figure.value !== null;
        return (
          <g key={row.key}>
            <text x={2} y={y + 4} fontSize={13} fill={chartColors.text}>
              {row.label}
            </text>
            {drawn && figure.lower !== null && figure.upper !== null ? (
              <line x1={x(figure.lower)} x2={x(figure.upper)} y1={y} y2={y} stroke={chartColors.organisation} strokeWidth={2} />
            ) : null}
            {drawn ? (
              <circle cx={x(figure.value as number)} cy={y} r={4.5} fill={row.key === "BME" ? chartColors.england : chartColors.organisation} stroke="#fff" strokeWidth={1.5} />
            ) : (
              <text x={LEFT + 4} y={y + 4} fontSize={12} fill={chartColors.muted}>
                {figure?.suppressed ? "withheld (small numbers)" : "no figure"}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
