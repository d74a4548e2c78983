import { INDICATOR_CODE_SEPARATOR } from "@ascent/domain";
import type { AnyMetricFamily, MetricDefinition, MetricFamily } from "./definitions";

/**
 * The metric families Ascent knows. Immutable: `register` returns a new
 * registry, so tests and partners can extend it without touching shared
 * state. Lookups by id keep the family's input type:
 *
 *     const registry = metricRegistry.register(wdesFamily);
 *     evaluateFamily(registry.family("WDES"), wdesInput); // input type-checked
 */
export class MetricRegistry<F extends Record<string, AnyMetricFamily> = Record<never, never>> {
  private constructor(private readonly byId: F) {}

  static empty(): MetricRegistry {
    return new MetricRegistry({});
  }

  /** A new registry with the family added. Throws if its id or a metric code is already taken. */
  register<I, Id extends string>(family: MetricFamily<I, Id>): MetricRegistry<F & Record<Id, MetricFamily<I, Id>>> {
    if (Object.hasOwn(this.byId, family.id)) throw new Error(`Metric family ${family.id} is already registered`);
    for (const metric of family.metrics) {
      const taken = this.metric(metric.code);
      if (taken) throw new Error(`Metric code ${metric.code} is already used by family ${taken.family.id}`);
    }
    const byId = { ...this.byId, [family.id]: family } as F & Record<Id, MetricFamily<I, Id>>;
    return new MetricRegistry(byId);
  }

  family<K extends keyof F & string>(id: K): F[K] {
    const family = this.byId[id];
    if (!family) throw new Error(`Unknown metric family ${id}`);
    return family;
  }

  has(id: string): boolean {
    return Object.hasOwn(this.byId, id);
  }

  families(): AnyMetricFamily[] {
    return Object.values(this.byId);
  }

  /**
   * The definition behind a result code: `WRES2`, or a sub-code such as
   * `WRES1.NON_CLINICAL.BAND_8A` or `WRES5.BME` (found by its first part).
   */
  metric(code: string): { family: AnyMetricFamily; metric: MetricDefinition<never> } | undefined {
    const metricCode = code.split(INDICATOR_CODE_SEPARATOR)[0];
    for (const family of this.families()) {
      const metric = family.metrics.find((candidate) => candidate.code === metricCode);
      if (metric) return { family, metric };
    }
    return undefined;
  }
}
