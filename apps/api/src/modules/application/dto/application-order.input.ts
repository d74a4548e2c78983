import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../../graphql/relay/connection-args";

export enum ApplicationOrderField {
  /** The server's receipt of the complete application. */
  RECEIPT = "RECEIPT",
  /**
   * The order the cohort's waiting list follows: receipt for first come,
   * first served; the panel's mean score (best first, unscored last), then
   * receipt, for panel selection. Needs filter.cohortId.
   */
  RANKING = "RANKING",
}
registerEnumType(ApplicationOrderField, {
  name: "ApplicationOrderField",
  valuesConfig: {
    RECEIPT: { description: "The server's receipt of the complete application." },
    RANKING: { description: "The order the cohort's waiting list follows: receipt (first come, first served), or the panel's mean score then receipt (panel selection). Needs filter.cohortId." },
  },
});

@InputType()
export class ApplicationOrder {
  @Field(() => ApplicationOrderField)
  field: ApplicationOrderField;

  @Field(() => OrderDirection)
  direction: OrderDirection;
}
