import type { MentoringBoardQuery } from "@ascent/client";

/** A participant as the board shows them (the type comes from the query, never restated). */
export type BoardParticipant = NonNullable<NonNullable<MentoringBoardQuery["cohort"]>["mentoringBoard"]>[number];
export type BoardPairing = NonNullable<BoardParticipant["mentoring"]>;

export const organisationOf = (participant: BoardParticipant) => participant.employer ?? null;
