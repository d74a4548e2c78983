import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({ description: "An object with a globally unique, opaque id that node(id:) can fetch." })
export abstract class Node {
  @Field(() => ID, { name: "id", description: "Opaque global id." })
  globalId: string;
}
