import type { MentorFormValues } from "./MentorForm";

/** The fields adding and editing a directory entry both send, from what the form holds. */
export function mentorInputFields(values: MentorFormValues) {
  if (!values.offers) throw new Error("The form's validation should have required what they offer");
  return {
    name: values.name,
    email: values.email,
    organisationId: values.organisationId ?? "",
    band: values.band,
    offers: values.offers,
    expertise: values.expertise.split("\n").filter((line) => line.trim() !== ""),
    // Sent as typed: the server refuses what isn't a whole number in range (or, when editing, below the pairings running) rather than this form rounding it.
    capacity: Number(values.capacity),
  };
}
