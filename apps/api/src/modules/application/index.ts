/** What other features may use of applications. */
export { Application } from "./application.entity";
export { ApplicationTransition } from "./application-transition.entity";
export { Participant } from "./participant.entity";
export { moveParticipant, ParticipantTransition } from "./participant-transition.entity";
export { ParticipantConnection } from "./dto/application.types";
export { LinkPurpose, LinkSigner } from "./application.links";
export { loadApplicationSettings } from "./application.settings";
export { participantDetails, participantDetailSql, type ParticipantDetails } from "./participant-details";
export { ParticipantService } from "./participant.service";
