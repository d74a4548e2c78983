import { ObjectType } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection";
import { ApiToken } from "../api-token.entity";

@ObjectType()
export class ApiTokenConnection extends ConnectionType(ApiToken, "ApiToken") {}
