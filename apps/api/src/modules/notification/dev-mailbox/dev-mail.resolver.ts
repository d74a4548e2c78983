import { Role } from "@ascent/domain";
import { Arg, Query, Resolver } from "type-graphql";
import { Allow } from "../../../graphql/auth-checker";
import { MailFolder } from "./mail-folder";
import { DevMail, DevMailbox } from "./dev-mail.types";

/** Administrators read the development mailbox; production has none (running: false). */
@Resolver()
export class DevMailResolver {
  constructor(private readonly mailbox: { folder: MailFolder; smtpUrl: string } | undefined) {}

  @Allow(Role.ADMIN)
  @Query(() => DevMailbox, { description: "What the development mailbox received (npm start without SMTP_URL)." })
  async devMailbox(): Promise<DevMailbox> {
    if (!this.mailbox) return { running: false, smtpUrl: null, messages: [] };
    return { running: true, smtpUrl: this.mailbox.smtpUrl, messages: await this.mailbox.folder.list(100) };
  }

  @Allow(Role.ADMIN)
  @Query(() => DevMail, { nullable: true, description: "One message of the development mailbox, or null." })
  async devMail(@Arg("id", () => String) id: string): Promise<DevMail | null> {
    return this.mailbox ? this.mailbox.folder.read(id) : null;
  }
}
