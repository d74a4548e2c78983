import { academyOptionsQuery, organisationOptionsQuery, type AcademyOptionsQuery, type OrganisationOptionsQuery } from "@ascent/client";
import { AFC_BANDS_IN_ORDER, afcBandLabels, MENTOR_LIMITS, MentoringOffer, mentoringOfferLabels, type AfcBand } from "@ascent/domain";
import { Button, Group, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormProblems } from "../../components/FormProblems";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";

export interface MentorFormValues {
  academyId: string | null;
  name: string;
  email: string;
  organisationId: string | null;
  band: AfcBand | null;
  offers: MentoringOffer | null;
  /** One area per line. */
  expertise: string;
  /** As typed; the server says when it isn't a whole number in range. */
  capacity: string;
}

const FIELDS = ["academyId", "name", "email", "organisationId", "band", "offers", "expertise", "capacity"] as const;
const bandOptions = AFC_BANDS_IN_ORDER.map((band) => ({ value: band, label: afcBandLabels[band] }));
const offerOptions = Object.values(MentoringOffer).map((offer) => ({ value: offer, label: mentoringOfferLabels[offer] }));
const isBand = (value: string | null): value is AfcBand => value !== null && Object.hasOwn(afcBandLabels, value);
const isOffer = (value: string | null): value is MentoringOffer => value !== null && Object.hasOwn(mentoringOfferLabels, value);
const academyOptions = (data: AcademyOptionsQuery) => data.organisations.edges.map(({ node }) => ({ value: node.id, label: node.name }));
const organisationOptions = (data: OrganisationOptionsQuery) => data.organisations.edges.map(({ node }) => ({ value: node.id, label: node.name }));

interface MentorFormProps {
  initialValues: MentorFormValues;
  /** Administrators keep every academy's directory, so they say whose; programme managers add to their own. */
  choosesAcademy: boolean;
  onSave: (values: MentorFormValues) => Promise<SaveOutcome>;
  /** Editing: the saved organisation's name, shown before any search. */
  initialOrganisation?: { value: string; label: string } | null;
  submitLabel?: string;
  refusedTitle?: string;
}

/** A directory entry. Only "required" is checked here; the server's rules come back beside the fields they name. */
export function MentorForm({ initialValues, choosesAcademy, onSave, initialOrganisation = null, submitLabel = "Add to directory", refusedTitle = "They were not added" }: MentorFormProps) {
  const form = useForm<MentorFormValues>({
    initialValues,
    validate: {
      academyId: (value) => (choosesAcademy && !value ? "Choose the academy whose directory this is" : null),
      name: (value) => (value.trim() ? null : "Enter the person's name"),
      email: (value) => (value.trim() ? null : "Enter their work email address"),
      organisationId: (value) => (value ? null : "Choose where they work"),
      offers: (value) => (value ? null : "Choose what they offer"),
      capacity: (value) => (value.trim() ? null : "Enter how many people they can support at once"),
    },
  });
  const { problems, saving, handleSubmit } = useServerSave(form, { roots: FIELDS, fallback: "The server did not add them. Try again.", onSave });
  const expertiseError = Object.entries(form.errors).find(([path]) => path.startsWith("expertise"))?.[1];

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Mentor or coach">
      <Stack maw={560} gap="md">
        <FormProblems title={refusedTitle} problems={problems} />
        {choosesAcademy ? (
          <RemoteSearchSelect
            label="Academy"
            required
            placeholder="Search academies"
            query={academyOptionsQuery}
            toOptions={academyOptions}
            value={form.values.academyId}
            onChange={(academyId) => form.setFieldValue("academyId", academyId)}
            error={form.errors.academyId}
            nothingFound="No academy matches"
          />
        ) : null}
        <TextInput label="Name" required maxLength={MENTOR_LIMITS.nameMaxLength} autoComplete="off" {...form.getInputProps("name")} />
        <TextInput label="Work email" type="email" required autoComplete="off" {...form.getInputProps("email")} />
        <RemoteSearchSelect
          label="Organisation"
          description="Where they work. Type to search."
          required
          placeholder="Search organisations"
          query={organisationOptionsQuery}
          toOptions={organisationOptions}
          value={form.values.organisationId}
          initialOption={initialOrganisation}
          onChange={(organisationId) => form.setFieldValue("organisationId", organisationId)}
          error={form.errors.organisationId}
          nothingFound="No organisation matches"
        />
        <Select
          label="Band"
          description="Leave empty for medical staff or people outside Agenda for Change."
          clearable
          data={bandOptions}
          {...form.getInputProps("band")}
          onChange={(value) => form.setFieldValue("band", isBand(value) ? value : null)}
        />
        <Select
          label="Offers"
          required
          data={offerOptions}
          {...form.getInputProps("offers")}
          onChange={(value) => form.setFieldValue("offers", isOffer(value) ? value : null)}
        />
        <Textarea
          label="Expertise"
          description={`What they can help with, one area per line (up to ${MENTOR_LIMITS.expertiseMaxItems}).`}
          autosize
          minRows={3}
          {...form.getInputProps("expertise")}
          error={expertiseError}
        />
        <TextInput
          label="Mentees at a time"
          description={`A whole number from ${MENTOR_LIMITS.capacityMin} to ${MENTOR_LIMITS.capacityMax}.`}
          required
          inputMode="numeric"
          w={200}
          {...form.getInputProps("capacity")}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
