/** What other features may use of applications. */
export { Application } from "./application.entity";
export { ApplicationTransition } from "./application-transition.entity";
export { Participant } from "./participant.entity";
export { LinkPurpose, LinkSigner } from "./application.links";
export { loadApplicationSettings } from "./application.settings";
