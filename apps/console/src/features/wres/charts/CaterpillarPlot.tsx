import type { IndicatorKind } from "@ascent/client";
import { useElementSize } from "@mantine/hooks";
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

/** Side by side: names in a column left of the plot, drawn in a fixed viewBox that scales with the page. */
const WIDE = { row: 17, nameWidth: 300, plotWidth: 460 } as const;
/** Below this width the wide layout's 11px text would shrink under 9px, so names go above their intervals instead. */
const STACK_BELOW_PX = 640;
/** Stacked: each name on its own line above its interval, drawn at the container's own pixel width (text never shrinks). */
const STACKED_ROW = 36;
const TOP = 26;
const BOTTOM = 34;
const EXCLUDES = "#c62828";

function shorten(name: string, max = 46): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

interface Layout {
  width: number;
  rowHeight: number;
  /** Pixel range of the value axis. */
  left: number;
  right: number;
  /** Where a row's name sits relative to its interval's centre line. */
  name: { x: number; dy: number; anchor: "start" | "end"; maxChars: number };
}

function layoutFor(containerWidth: number): Layout {
  if (containerWidth > 0 && containerWidth < STACK_BELOW_PX) {
    const width = Math.max(260, Math.floor(containerWidth));
    return { width, rowHeight: STACKED_ROW, left: 12, right: width - 12, name: { x: 4, dy: -9, anchor: "start", maxChars: Math.floor(width / 6.2) } };
  }
  const width = WIDE.nameWidth + WIDE.plotWidth;
  return { width, rowHeight: WIDE.row, left: WIDE.nameWidth + 8, right: width - 10, name: { x: WIDE.nameWidth, dy: 4, anchor: "end", maxChars: 46 } };
}

/**
 * A caterpillar plot: organisations ranked by value, each with its interval,
 * over the parity band (shaded) and England's figure (a dashed line). On a
 * narrow screen each name sits above its interval, so the text keeps its size.
 */
export function CaterpillarPlot({ kind, rows, band, parity, england, label, axisTitle }: CaterpillarPlotProps) {
  const { ref, width: containerWidth } = useElementSize();
  const layout = layoutFor(containerWidth);
  const { rowHeight, left, right } = layout;
  const stacked = layout.name.anchor === "start";
  const top = TOP + (stacked ? 12 : 0);
  const height = top + rows.length * rowHeight + BOTTOM;
  const scale = valueScale(kind, [...rows.flatMap((r) => [r.value, r.lower, r.upper]), band?.lower, band?.upper, parity, england], left, right);
  const x = scale.toPixel;
  const plotBottom = top + rows.length * rowHeight;
  const rowCentre = (index: number) => top + index * rowHeight + (stacked ? rowHeight - 10 : rowHeight / 2);
  return (
    <div ref={ref}>
      <svg
        viewBox={`0 0 ${layout.width} ${height}`}
        width="100%"
        role="img"
        aria-label={label}
        data-layout={stacked ? "stacked" : "wide"}
        style={{ display: "block", maxWidth: stacked ? undefined : layout.width + 200 }}
      >
        {band ? <rect x={x(band.lower)} y={top - 4} width={Math.max(1, x(band.upper) - x(band.lower))} height={plotBottom - top + 8} fill={chartColors.parityBand} /> : null}
        {scale.ticks(stacked ? 4 : 6).map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={top - 4} y2={plotBottom + 4} stroke={chartColors.grid} strokeWidth={0.75} />
            <text x={x(tick)} y={plotBottom + 16} fontSize={11} textAnchor="middle" fill={chartColors.text}>
              {tickLabel(kind, tick)}
            </text>
          </g>
        ))}
        <text x={(left + right) / 2} y={height - 4} fontSize={11} textAnchor="middle" fill={chartColors.text}>
          {axisTitle}
        </text>
        {parity !== null ? <line x1={x(parity)} x2={x(parity)} y1={top - 4} y2={plotBottom + 4} stroke={chartColors.parityLine} strokeWidth={1.5} /> : null}
        {england !== null ? (
          <g>
            <line x1={x(england)} x2={x(england)} y1={top - 8} y2={plotBottom + 4} stroke={chartColors.england} strokeWidth={1.5} strokeDasharray="5 3" />
            <text x={x(england)} y={top - 12} fontSize={11} textAnchor="middle" fill={chartColors.text}>
              England
            </text>
          </g>
        ) : null}
        {rows.map((row, index) => {
          const y = rowCentre(index);
          const colour = row.excludesParity ? EXCLUDES : chartColors.organisation;
          return (
            <g key={row.id}>
              <text x={layout.name.x} y={y + layout.name.dy} fontSize={11} textAnchor={layout.name.anchor} fill={chartColors.text}>
                <title>{row.name}</title>
                {`${index + 1}. ${shorten(row.name, layout.name.maxChars)}`}
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
    </div>
  );
}
