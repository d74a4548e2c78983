import type { CohortDetailsFragment, CreateCohortInput, LondonDateTimeInput, UpdateCohortInput } from "@ascent/client";
import { AllocationPolicy } from "@ascent/domain";

/** What the cohort form holds; dates are YYYY-MM-DD and times HH:MM, London wall-clock time. */
export interface CohortFormValues {
  programmeId: string | null;
  trackId: string | null;
  name: string;
  capacity: number | string;
  allocationPolicy: AllocationPolicy;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  startsOn: string;
  endsOn: string;
}

/** Input fields the form shows problems beside. */
export const COHORT_FORM_ROOTS = [
  "programmeId",
  "trackId",
  "name",
  "capacity",
  "allocationPolicy",
  "applicationsOpenAt",
  "applicationsCloseAt",
  "startsOn",
  "endsOn",
] as const;

export function emptyCohortFormValues(programmeId: string | null = null): CohortFormValues {
  return {
    programmeId,
    trackId: null,
    name: "",
    capacity: 20,
    allocationPolicy: AllocationPolicy.PANEL_SELECTION,
    opensDate: "",
    opensTime: "09:00",
    closesDate: "",
    closesTime: "17:00",
    startsOn: "",
    endsOn: "",
  };
}

export function formValuesFromCohort(cohort: CohortDetailsFragment): CohortFormValues {
  return {
    programmeId: cohort.programme.id,
    trackId: cohort.track?.id ?? null,
    name: cohort.name,
    capacity: cohort.capacity,
    allocationPolicy: cohort.allocationPolicy,
    opensDate: cohort.applicationsOpenAtLondon?.date ?? "",
    opensTime: cohort.applicationsOpenAtLondon?.time ?? "09:00",
    closesDate: cohort.applicationsCloseAtLondon?.date ?? "",
    closesTime: cohort.applicationsCloseAtLondon?.time ?? "17:00",
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
  };
}

/** Both ends of the window, or neither (the server says so if only one is given). */
function windowEnd(date: string, time: string): LondonDateTimeInput | null {
  return date ? { date, time: time || "00:00" } : null;
}

const capacityNumber = (capacity: number | string) => (typeof capacity === "number" ? capacity : Number.parseInt(capacity, 10) || 0);

export function toCreateCohortInput(values: CohortFormValues): CreateCohortInput {
  if (!values.programmeId) throw new Error("The form's validation should have required a programme");
  return {
    programmeId: values.programmeId,
    trackId: values.trackId,
    name: values.name.trim(),
    capacity: capacityNumber(values.capacity),
    allocationPolicy: values.allocationPolicy,
    applicationsOpenAt: windowEnd(values.opensDate, values.opensTime),
    applicationsCloseAt: windowEnd(values.closesDate, values.closesTime),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
  };
}

/** Only what changed since `saved`; null clears the application window. */
export function toUpdateCohortInput(id: string, values: CohortFormValues, saved: CohortFormValues): UpdateCohortInput {
  const input: UpdateCohortInput = { id };
  if (values.trackId !== saved.trackId) input.trackId = values.trackId;
  if (values.name.trim() !== saved.name.trim()) input.name = values.name.trim();
  if (capacityNumber(values.capacity) !== capacityNumber(saved.capacity)) input.capacity = capacityNumber(values.capacity);
  if (values.allocationPolicy !== saved.allocationPolicy) input.allocationPolicy = values.allocationPolicy;
  if (values.startsOn !== saved.startsOn) input.startsOn = values.startsOn;
  if (values.endsOn !== saved.endsOn) input.endsOn = values.endsOn;
  const opens = windowEnd(values.opensDate, values.opensTime);
  if (JSON.stringify(opens) !== JSON.stringify(windowEnd(saved.opensDate, saved.opensTime))) input.applicationsOpenAt = opens;
  const closes = windowEnd(values.closesDate, values.closesTime);
  if (JSON.stringify(closes) !== JSON.stringify(windowEnd(saved.closesDate, saved.closesTime))) input.applicationsCloseAt = closes;
  return input;
}

export function hasChanges(input: UpdateCohortInput): boolean {
  return Object.keys(input).some((key) => key !== "id");
}
