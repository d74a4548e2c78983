import { MetricRegistry } from "./registry";
import { wresFamily } from "./wres/family";

/**
 * The built-in metric families. To add one (WDES is next), define it in its
 * own folder and register it here: see README.md, "How to add a metric family".
 */
export const metricRegistry = MetricRegistry.empty().register(wresFamily);
