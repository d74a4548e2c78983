import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { ConnectionType } from "../../../graphql/relay/connection";
import { ProgrammeTrack } from "../programme-track.entity";
import { Programme } from "../programme.entity";

@ObjectType()
export class ProgrammeConnection extends ConnectionType(Programme, "Programme") {}

@ObjectType()
export class CreateProgrammePayload {
  @Field(() => Programme, { nullable: true })
  programme: Programme | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class UpdateProgrammePayload {
  @Field(() => Programme, { nullable: true })
  programme: Programme | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "The result of publishProgramme, archiveProgramme or redraftProgramme." })
export class ProgrammeStatusPayload {
  @Field(() => Programme, { nullable: true })
  programme: Programme | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class TrackPayload {
  @Field(() => ProgrammeTrack, { nullable: true })
  track: ProgrammeTrack | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
