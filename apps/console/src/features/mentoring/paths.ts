export const mentoringPaths = {
  mentors: "/mentors",
  newMentor: "/mentors/new",
} as const;
