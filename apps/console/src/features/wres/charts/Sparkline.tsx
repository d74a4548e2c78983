import type { IndicatorKind } from "@ascent/client";
import { chartColors, seriesDash } from "./chartColors";
import { valueScale } from "./scale";

export interface TrendPoint {
  year: number;
  organisation: number | null;
  region: number | null;
  england: number | null;
}

interface SparklineProps {
  kind: IndicatorKind;
  points: readonly TrendPoint[];
  /** What the lines say, for screen readers. */
  label: string;
  height?: number;
}

const WIDTH = 300;

/** A small line per series across years: the organisation (solid), its region (dashed) and England (dotted). */
export function Sparkline({ kind, points, label, height = 56 }: SparklineProps) {
  if (points.length < 2) return null;
  const scale = valueScale(kind, points.flatMap((p) => [p.organisation, p.region, p.england]), height - 14, 4);
  const years = points.map((p) => p.year);
  const first = years[0];
  const last = years[years.length - 1];
  const x = (year: number) => 8 + ((year - first) / Math.max(1, last - first)) * (WIDTH - 16);
  const path = (key: "organisation" | "region" | "england") => {
    let d = "";
    let pen = false;
    for (const point of points) {
      const value = point[key];
      if (value === null) {
        pen = false;
        continue;
      }
      d += `${pen ? "L" : "M"} ${x(point.year).toFixed(1)} ${scale.toPixel(value).toFixed(1)} `;
      pen = true;
    }
    return d.trim();
  };
  const parity = kind === "RELATIVE_LIKELIHOOD" ? 1 : kind === "DIFFERENCE" ? 0 : null;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={label} style={{ display: "block", maxWidth: WIDTH * 1.4 }}>
      {parity !== null ? (
        <line x1={8} x2={WIDTH - 8} y1={scale.toPixel(parity)} y2={scale.toPixel(parity)} stroke={chartColors.parityLine} strokeWidth={1} strokeDasharray="1 2" />
      ) : null}
      {(["england", "region", "organisation"] as const).map((key) => (
        <path
          key={key}
          d={path(key)}
          fill="none"
          stroke={chartColors[key]}
          strokeWidth={key === "organisation" ? 2.25 : 1.5}
          strokeDasharray={seriesDash[key]}
        />
      ))}
      <text x={8} y={height - 1} fontSize={10} fill={chartColors.text}>
        {first}
      </text>
      <text x={WIDTH - 8} y={height - 1} fontSize={10} fill={chartColors.text} textAnchor="end">
        {last}
      </text>
    </svg>
  );
}
