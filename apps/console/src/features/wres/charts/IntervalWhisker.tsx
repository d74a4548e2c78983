import type { IndicatorKind } from "@ascent/client";
import type { ReactNode } from "react";
import { chartColors } from "./chartColors";
import { tickLabel, valueScale } from "./scale";

export interface WhiskerComparison {
  key: "region" | "england";
  label: string;
  value: number | null;
}

interface IntervalWhiskerProps {
  kind: IndicatorKind;
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** The parity band in the value's unit, shaded behind the whisker. */
  band: { lower: number; upper: number } | null;
  /** 1 for ratios, 0 for gaps: drawn as a line. */
  parity: number | null;
  comparisons?: readonly WhiskerComparison[];
  /** What the picture says, for screen readers (the card's text says the same). */
  label: string;
}

const WIDTH = 300;
const HEIGHT = 62;
const LEFT = 12;
const RIGHT = WIDTH - 12;
const MID = 24;

/**
 * The value as a dot, its confidence interval as a whisker, against the
 * parity band (shaded) and, as small marks, the region and England.
 */
export function IntervalWhisker({ kind, value, lower, upper, band, parity, comparisons = [], label }: IntervalWhiskerProps) {
  const scale = valueScale(kind, [value, lower, upper, band?.lower, band?.upper, parity, ...comparisons.map((c) => c.value)], LEFT, RIGHT);
  const ticks = scale.ticks(4);
  const x = scale.toPixel;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label} style={{ maxWidth: WIDTH * 1.4, display: "block" }}>
      {band ? (
        <rect x={x(band.lower)} y={6} width={Math.max(1, x(band.upper) - x(band.lower))} height={MID * 2 - 12} fill={chartColors.parityBand} />
      ) : null}
      {parity !== null ? <line x1={x(parity)} x2={x(parity)} y1={4} y2={MID * 2 - 4} stroke={chartColors.parityLine} strokeWidth={1.5} /> : null}
      <line x1={LEFT} x2={RIGHT} y1={MID * 2 - 4} y2={MID * 2 - 4} stroke={chartColors.grid} />
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={MID * 2 - 4} y2={MID * 2} stroke={chartColors.muted} />
          <text x={x(tick)} y={HEIGHT - 2} fontSize={10} textAnchor="middle" fill={chartColors.text}>
            {tickLabel(kind, tick)}
          </text>
        </g>
      ))}
      {comparisons.map((comparison) =>
        comparison.value === null ? null : comparison.key === "england" ? (
          // England: a grey diamond below the line.
          <path
            key={comparison.key}
            d={`M ${x(comparison.value)} ${MID + 6} l 5 5 l -5 5 l -5 -5 z`}
            fill={chartColors.england}
          />
        ) : (
          // Region: an orange triangle above the line.
          <path key={comparison.key} d={`M ${x(comparison.value)} ${MID - 6} l 5 -8 l -10 0 z`} fill={chartColors.region} />
        ),
      )}
      {lower !== null && upper !== null ? (
        <g stroke={chartColors.organisation} strokeWidth={2}>
          <line x1={x(lower)} x2={x(upper)} y1={MID} y2={MID} />
          <line x1={x(lower)} x2={x(lower)} y1={MID - 6} y2={MID + 6} />
          <line x1={x(upper)} x2={x(upper)} y1={MID - 6} y2={MID + 6} />
        </g>
      ) : null}
      {value !== null ? <circle cx={x(value)} cy={MID} r={5} fill={chartColors.organisation} stroke="#fff" strokeWidth={1.5} /> : null}
    </svg>
  );
}

/** The key to the whisker's marks, once per section rather than on every card. */
export function WhiskerLegend() {
  const item = (mark: ReactNode, text: string) => (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 6, marginRight: 16 }}>
      <svg width={18} height={14} aria-hidden="true">
        {mark}
      </svg>
      {text}
    </span>
  );
  return (
    <div style={{ fontSize: 13, color: chartColors.text }}>
      {item(
        <g stroke={chartColors.organisation} strokeWidth={2}>
          <line x1={1} x2={17} y1={7} y2={7} />
          <circle cx={9} cy={7} r={4} fill={chartColors.organisation} />
        </g>,
        "Organisation, with 95% interval",
      )}
      {item(<path d="M 9 12 l 5 -8 l -10 0 z" fill={chartColors.region} />, "Region")}
      {item(<path d="M 9 2 l 5 5 l -5 5 l -5 -5 z" fill={chartColors.england} />, "England")}
      {item(<rect x={1} y={2} width={16} height={10} fill={chartColors.parityBand} stroke={chartColors.parityLine} />, "Parity band")}
    </div>
  );
}
