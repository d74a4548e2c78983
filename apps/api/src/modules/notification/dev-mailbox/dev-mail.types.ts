import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A message the development mailbox received (only while it runs: `npm start` without SMTP_URL)." })
export class DevMail {
  @Field()
  id: string;

  @Field()
  receivedAt: Date;

  @Field()
  from: string;

  @Field(() => [String])
  to: string[];

  @Field()
  subject: string;

  @Field(() => String, { nullable: true, description: "What the message is about, e.g. application.confirmation; null if Ascent did not send it." })
  kind: string | null;

  @Field(() => String, { nullable: true })
  messageId: string | null;

  @Field({ description: "The plain-text body." })
  text: string;

  @Field(() => String, { nullable: true, description: "The HTML body, as sent (display it sandboxed)." })
  html: string | null;
}

@ObjectType({ description: "The development mailbox: an SMTP receiver that keeps every message, instead of a real mail server." })
export class DevMailbox {
  @Field({ description: "False unless this api runs the development mailbox; then there are no messages." })
  running: boolean;

  @Field(() => String, { nullable: true, description: "Where it listens, e.g. smtp://127.0.0.1:2525." })
  smtpUrl: string | null;

  @Field(() => [DevMail], { description: "Newest first, up to 100." })
  messages: DevMail[];
}
