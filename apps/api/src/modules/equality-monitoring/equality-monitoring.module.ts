import { EthnicityCode, MonitoringAgeBand, MonitoringReligion, MonitoringSex, MonitoringSexualOrientation, MonitoringYesNo, SelectionGroup } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { LinkSigner, loadApplicationSettings } from "../application";
import { EqualityMonitoringResponse } from "./equality-monitoring-response.entity";
import { EqualityMonitoringResolver } from "./equality-monitoring.resolver";
import { EqualityMonitoringService } from "./equality-monitoring.service";

export const equalityMonitoringModule = defineModule({
  name: "equality-monitoring",
  entities: [EqualityMonitoringResponse],
  enums: [
    [EthnicityCode, { name: "EthnicityCode", description: "NHS ethnic category: A-C White; D-G Mixed; H-L Asian or Asian British; M-P Black or Black British; R, S other; Z not stated (prefer not to say)." }],
    [MonitoringAgeBand, { name: "MonitoringAgeBand" }],
    [MonitoringSex, { name: "MonitoringSex" }],
    [MonitoringYesNo, { name: "MonitoringYesNo" }],
    [MonitoringSexualOrientation, { name: "MonitoringSexualOrientation" }],
    [MonitoringReligion, { name: "MonitoringReligion" }],
    [SelectionGroup, { name: "SelectionGroup", description: "Fair-selection groups: WHITE (A-C), BME (D-S), NOT_STATED (prefer not to say or left blank), NO_FORM (no monitoring form)." }],
  ],
  setup: (config) => {
    // The applicant's status link, checked with the secret the application module signs it with.
    const links = new LinkSigner(loadApplicationSettings(process.env, config.consoleUrl).linkSecret);
    return { resolvers: [new EqualityMonitoringResolver(new EqualityMonitoringService(links))] };
  },
});
