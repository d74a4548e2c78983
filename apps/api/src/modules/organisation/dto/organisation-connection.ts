import { ObjectType } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection";
import { Organisation } from "../organisation.entity";

@ObjectType()
export class OrganisationConnection extends ConnectionType(Organisation, "Organisation") {}
