import { Role } from "@ascent/domain";
import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { mailViewerPaths } from "./paths";

export { mailViewerPaths } from "./paths";

/**
 * What the development mailbox received (npm start without SMTP_URL), so a
 * person can follow emailed links with no mail server. Administrators only;
 * in the menu of development builds (the page itself says when the api sends
 * real mail instead).
 */
export const mailViewerFeature: ConsoleFeature = {
  name: "mail-viewer",
  routes: [
    { path: mailViewerPaths.mailbox, lazy: lazyPage(() => import("./MailboxPage"), (m) => m.MailboxPage) },
    { path: mailViewerPaths.messagePattern, lazy: lazyPage(() => import("./MailMessagePage"), (m) => m.MailMessagePage) },
  ],
  navigation: import.meta.env.DEV ? { label: "Mail", to: mailViewerPaths.mailbox, roles: [Role.ADMIN] } : undefined,
};
