import { Role } from "@ascent/domain";
import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { mentoringPaths } from "./paths";

export { mentoringPaths } from "./paths";
export { MentoringGateSection } from "./MentoringGateSection";

/** The academy's directory of mentors and coaches, and each cohort's mentoring board, for administrators and programme managers. */
export const mentoringFeature: ConsoleFeature = {
  name: "mentoring",
  routes: [
    { path: mentoringPaths.mentors, lazy: lazyPage(() => import("./MentorsPage"), (m) => m.MentorsPage) },
    { path: mentoringPaths.newMentor, lazy: lazyPage(() => import("./AddMentorPage"), (m) => m.AddMentorPage) },
    { path: mentoringPaths.editMentor(":id"), lazy: lazyPage(() => import("./EditMentorPage"), (m) => m.EditMentorPage) },
    { path: mentoringPaths.board(":id"), lazy: lazyPage(() => import("./MentoringBoardPage"), (m) => m.MentoringBoardPage) },
  ],
  navigation: { label: "Mentors and coaches", to: mentoringPaths.mentors, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
