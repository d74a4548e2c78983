import { ObjectType } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection";
import { User } from "../user.entity";

@ObjectType()
export class UserConnection extends ConnectionType(User, "User") {}
