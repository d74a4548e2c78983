import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { AddMentorPage } from "./AddMentorPage";
import { EditMentorPage } from "./EditMentorPage";
import { MentoringBoardPage } from "./MentoringBoardPage";
import { MentorsPage } from "./MentorsPage";
import { mentoringPaths } from "./paths";

export { mentoringPaths } from "./paths";
export { MentoringGateSection } from "./MentoringGateSection";

/** The academy's directory of mentors and coaches, and each cohort's mentoring board, for administrators and programme managers. */
export const mentoringFeature: ConsoleFeature = {
  name: "mentoring",
  routes: [
    { path: mentoringPaths.mentors, Component: MentorsPage },
    { path: mentoringPaths.newMentor, Component: AddMentorPage },
    { path: mentoringPaths.editMentor(":id"), Component: EditMentorPage },
    { path: mentoringPaths.board(":id"), Component: MentoringBoardPage },
  ],
  navigation: { label: "Mentors and coaches", to: mentoringPaths.mentors, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
