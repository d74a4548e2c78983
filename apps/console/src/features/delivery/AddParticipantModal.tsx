import { addParticipantMutation, organisationOptionsQuery } from "@ascent/client";
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import { bandOptions, isAfcBand } from "../../lib/domainOptions";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";

interface AddValues {
  name: string;
  email: string;
  organisationId: string | null;
  organisationName: string;
  jobTitle: string;
  band: string | null;
  reason: string;
}

const organisationChoices = (data: { organisations: { edges: readonly { node: { id: string; name: string } }[] } }) => data.organisations.edges.map(({ node }) => ({ value: node.id, label: node.name }));

/** Adds someone to the roster by hand (not through an application), with the reason. */
export function AddParticipantModal({ cohortId, onClose, onAdded }: { cohortId: string; onClose: () => void; onAdded: () => void }) {
  const [, add] = useMutation(addParticipantMutation);
  const form = useForm<AddValues>({ initialValues: { name: "", email: "", organisationId: null, organisationName: "", jobTitle: "", band: null, reason: "" } });
  const { problems, saving, handleSubmit } = useServerSave(form, {
    roots: ["name", "email", "organisationId", "organisationName", "jobTitle", "band", "reason"],
    fallback: "The server did not add them. Try again.",
    onSave,
  });

  async function onSave(values: AddValues): Promise<SaveOutcome> {
    const result = await add({
      input: {
        cohortId,
        name: values.name,
        email: values.email,
        organisationId: values.organisationId,
        organisationName: values.organisationId ? null : values.organisationName || null,
        jobTitle: values.jobTitle || null,
        band: values.band && isAfcBand(values.band) ? values.band : null,
        reason: values.reason,
      },
    });
    const payload = result.data?.addParticipant;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.participant) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Added to the roster", message: `${payload.participant.name ?? "They"} joined the cohort.` });
    onAdded();
    return { saved: true };
  }

  return (
    <Modal opened onClose={onClose} title="Add someone by hand" size="lg" closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Add someone to the roster">
        <Stack gap="sm">
          <FormProblems title="They were not added" problems={problems} />
          <TextInput label="Name" required {...form.getInputProps("name")} />
          <TextInput label="Work email" description="Evaluations are sent here." type="email" required {...form.getInputProps("email")} />
          <RemoteSearchSelect
            label="Employer"
            description="Choose their trust, so its partner access sees them; or type it below."
            placeholder="Search organisations"
            clearable
            query={organisationOptionsQuery}
            toOptions={organisationChoices}
            value={form.values.organisationId}
            onChange={(organisationId) => form.setFieldValue("organisationId", organisationId)}
            error={form.errors.organisationId}
            nothingFound="No organisations found"
          />
          {form.values.organisationId ? null : <TextInput label="Employer, if not in the list" {...form.getInputProps("organisationName")} />}
          <Group grow align="flex-start">
            <TextInput label="Job title" {...form.getInputProps("jobTitle")} />
            <Select label="Band" data={bandOptions} clearable {...form.getInputProps("band")} />
          </Group>
          <Textarea label="Why they are added by hand" description="Kept on their record and in its history." required autosize minRows={2} {...form.getInputProps("reason")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Add to the roster
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
