import { MENTOR_LIMITS, mentorCapacityProblem, UserErrorCode } from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";
import type { AddMentorInput } from "./dto/mentor.dto";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Everything wrong with a new directory entry's own fields; ids are checked by the service. Nothing is trimmed silently: blank means missing. */
export function addMentorProblems(input: Pick<AddMentorInput, "name" | "email" | "capacity" | "expertise">): UserError[] {
  const problems: UserError[] = [];
  const name = input.name.trim();
  if (!name) problems.push(userError(["name"], UserErrorCode.REQUIRED, "Enter the person's name."));
  else if (name.length > MENTOR_LIMITS.nameMaxLength) problems.push(userError(["name"], UserErrorCode.TOO_LONG, `The name can be at most ${MENTOR_LIMITS.nameMaxLength} characters.`));
  const email = input.email.trim();
  if (!email) problems.push(userError(["email"], UserErrorCode.REQUIRED, "Enter their work email address."));
  else if (email.length > 320 || !EMAIL.test(email)) problems.push(userError(["email"], UserErrorCode.INVALID, "Enter an email address like name@nhs.net."));
  const capacity = mentorCapacityProblem(input.capacity);
  if (capacity) problems.push(userError(["capacity"], UserErrorCode.INVALID, capacity));
  const expertise = input.expertise ?? [];
  if (expertise.length > MENTOR_LIMITS.expertiseMaxItems) problems.push(userError(["expertise"], UserErrorCode.INVALID, `List at most ${MENTOR_LIMITS.expertiseMaxItems} areas of expertise.`));
  expertise.forEach((item, index) => {
    if (!item.trim()) problems.push(userError(["expertise", String(index)], UserErrorCode.REQUIRED, "Remove the empty area of expertise, or fill it in."));
    else if (item.trim().length > MENTOR_LIMITS.expertiseItemMaxLength) problems.push(userError(["expertise", String(index)], UserErrorCode.TOO_LONG, `Each area can be at most ${MENTOR_LIMITS.expertiseItemMaxLength} characters.`));
  });
  return problems;
}
