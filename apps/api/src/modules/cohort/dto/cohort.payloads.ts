import { Field, ObjectType } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection";
import { UserError } from "../../../graphql/user-error";
import { CohortSession } from "../cohort-session.entity";
import { Cohort } from "../cohort.entity";

@ObjectType()
export class CohortConnection extends ConnectionType(Cohort, "Cohort") {}

@ObjectType()
export class CreateCohortPayload {
  @Field(() => Cohort, { nullable: true })
  cohort: Cohort | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class UpdateCohortPayload {
  @Field(() => Cohort, { nullable: true })
  cohort: Cohort | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "The result of openCohort, closeCohort, startCohort, completeCohort or cancelCohort." })
export class CohortStatusPayload {
  @Field(() => Cohort, { nullable: true })
  cohort: Cohort | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ScheduleCohortPayload {
  @Field(() => Cohort, { nullable: true })
  cohort: Cohort | null;

  @Field(() => [CohortSession], { description: "The sessions generated, in order." })
  sessions: CohortSession[];

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class SessionPayload {
  @Field(() => CohortSession, { nullable: true })
  session: CohortSession | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
