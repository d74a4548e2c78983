import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { AddMentorPage } from "./AddMentorPage";
import { MentorsPage } from "./MentorsPage";
import { mentoringPaths } from "./paths";

export { mentoringPaths } from "./paths";

/** The academy's directory of mentors and coaches, for administrators and programme managers. */
export const mentoringFeature: ConsoleFeature = {
  name: "mentoring",
  routes: [
    { path: mentoringPaths.mentors, Component: MentorsPage },
    { path: mentoringPaths.newMentor, Component: AddMentorPage },
  ],
  navigation: { label: "Mentors and coaches", to: mentoringPaths.mentors, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
};
