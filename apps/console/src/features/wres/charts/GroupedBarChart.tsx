import { Group, Text } from "@mantine/core";
import { useLayoutEffect, useRef, useState } from "react";
import { chartColors } from "./chartColors";
import { groupedBarsLayout, type GroupedBarsInput } from "./groupedBars";

export interface GroupedBarSeries {
  label: string;
  /** A CSS colour (a Mantine variable such as var(--mantine-color-nhsBlue-6) or a hex). */
  color: string;
}

interface GroupedBarChartProps {
  groups: GroupedBarsInput["groups"];
  series: readonly GroupedBarSeries[];
  /** A share drawn as a dashed line, named in the legend, or null. */
  reference: { value: number; label: string; color: string } | null;
  /** The value axis's title. */
  axisLabel: string;
  height?: number;
  /** How a value reads in a bar's hover title, e.g. "23.4%". */
  format: (value: number) => string;
}

/**
 * Grouped bars of shares as plain SVG, sized to its container: the WRES
 * dashboard's band chart, drawn in the page's first commit (a charting
 * library's chart takes its own commits and its code is 100 KiB gzipped;
 * issue 14). Sighted users get a legend, axis labels and hover titles; the
 * element around it carries role="img" and the summary, and the table
 * alternative has every figure.
 */
export function GroupedBarChart({ groups, series, reference, axisLabel, height = 340, format }: GroupedBarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  // Measured before the browser paints (a layout effect), so the bars are in the first frame; then on every resize.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const layout = width > 0 ? groupedBarsLayout({ groups, seriesCount: series.length, reference: reference?.value ?? null, width, height }) : null;
  const labelOf = new Map(groups.map((group) => [group.key, group.label]));
  return (
    <div>
      <Group gap="md" justify="center" mb={4} aria-hidden="true">
        {series.map((item) => (
          <Group key={item.label} gap={6} wrap="nowrap">
            <span style={{ display: "inline-block", width: 12, height: 12, borderRadius: 2, background: item.color }} />
            <Text size="sm" c="gray.9">
              {item.label}
            </Text>
          </Group>
        ))}
        {reference ? (
          // In the legend rather than on the line, where the tallest bars would cross it.
          <Group gap={6} wrap="nowrap">
            <svg width={22} height={12} aria-hidden="true" style={{ display: "block" }}>
              <line x1={0} x2={22} y1={6} y2={6} style={{ stroke: reference.color }} strokeWidth={1.5} strokeDasharray="6 4" />
            </svg>
            <Text size="sm" c="gray.9">
              {reference.label}
            </Text>
          </Group>
        ) : null}
      </Group>
      <div ref={box} style={{ width: "100%", height }}>
        {layout ? (
          <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} aria-hidden="true" style={{ display: "block", overflow: "visible" }} fontFamily="inherit">
            <text
              transform={`translate(14 ${(layout.plot.top + layout.plot.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              fontSize={layout.fontSize}
              fill={chartColors.text}
            >
              {axisLabel}
            </text>
            {layout.ticks.map((tick) => (
              <g key={tick.value}>
                <line x1={layout.plot.left} x2={layout.plot.right} y1={tick.y} y2={tick.y} stroke={chartColors.grid} strokeDasharray={tick.value === 0 ? undefined : "5 5"} />
                <text x={layout.plot.left - 6} y={tick.y + layout.fontSize * 0.35} textAnchor="end" fontSize={layout.fontSize} fill={chartColors.text}>
                  {tick.label}
                </text>
              </g>
            ))}
            {layout.bars.map((bar) => (
              <rect key={bar.key} data-chart-bar="" x={bar.x} y={bar.y} width={bar.width} height={bar.height} style={{ fill: series[bar.series]?.color }}>
                <title>{`${labelOf.get(bar.group) ?? bar.group}, ${series[bar.series]?.label ?? ""}: ${format(bar.value)}`}</title>
              </rect>
            ))}
            <line x1={layout.plot.left} x2={layout.plot.right} y1={layout.plot.bottom} y2={layout.plot.bottom} stroke={chartColors.muted} />
            {layout.groups.map((group) =>
              layout.labelAngle === 0 ? (
                <text key={group.key} x={group.centre} y={layout.plot.bottom + layout.fontSize + 6} textAnchor="middle" fontSize={layout.fontSize} fill={chartColors.text}>
                  {group.label}
                </text>
              ) : (
                <text
                  key={group.key}
                  transform={`translate(${group.centre} ${layout.plot.bottom + 8}) rotate(${-layout.labelAngle})`}
                  textAnchor="end"
                  dominantBaseline="central"
                  fontSize={layout.fontSize}
                  fill={chartColors.text}
                >
                  {group.label}
                </text>
              ),
            )}
            {layout.reference && reference ? (
              <line x1={layout.plot.left} x2={layout.plot.right} y1={layout.reference.y} y2={layout.reference.y} style={{ stroke: reference.color }} strokeWidth={1.5} strokeDasharray="6 4">
                <title>{reference.label}</title>
              </line>
            ) : null}
          </svg>
        ) : null}
      </div>
    </div>
  );
}
