import {
  type DisclosureSettings,
  type MetricSettings,
  resolveDisclosureSettings,
  resolveMetricSettings,
} from "@ascent/metrics";

/**
 * The one place the api's WRES settings come from: confidence level, parity
 * bands and the disclosure-control thresholds. Every report, benchmark,
 * trend and target progress is computed with these (defaults documented in
 * packages/metrics/README.md).
 */
export interface WresSettings {
  readonly metric: MetricSettings;
  readonly disclosure: DisclosureSettings;
}

export function resolveWresSettings(partial: { metric?: Partial<MetricSettings>; disclosure?: Partial<DisclosureSettings> } = {}): WresSettings {
  return Object.freeze({
    metric: resolveMetricSettings(partial.metric),
    disclosure: resolveDisclosureSettings(partial.disclosure),
  });
}

export const DEFAULT_WRES_SETTINGS: WresSettings = resolveWresSettings();

/** Data years accepted: WRES began with 2015 data; nothing after the current calendar year. */
export const FIRST_WRES_YEAR = 2015;
export const latestWresYear = (now: Date = new Date()) => now.getUTCFullYear();
