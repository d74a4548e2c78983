import { mentorQuery, retireMentorMutation, updateMentorMutation, type MentorSummaryFragment } from "@ascent/client";
import { Role } from "@ascent/domain";
import { Alert, Button, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { formatLondonInstant } from "../../lib/londonTime";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { usePageTitle } from "../../lib/usePageTitle";
import { MentorForm, type MentorFormValues } from "./MentorForm";
import { mentorInputFields } from "./mentorInputFields";
import { mentoringPaths } from "./paths";

export function EditMentorPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Edit a directory entry">
      <EditMentor />
    </RequireRole>
  );
}


function EditMentor() {
  const { id = "" } = useParams();
  const [{ data }] = useQuery({ query: mentorQuery, variables: { id } });
  // node(id:) answers any type; only a Mentor has an email here.
  const mentor = data?.node && "email" in data.node ? (data.node as MentorSummaryFragment) : null;
  usePageTitle(mentor ? `Edit ${mentor.name}` : "Edit a directory entry");
  const back = <BackLink to={mentoringPaths.mentors}>Back to mentors and coaches</BackLink>;
  if (!data) {
    return (
      <>
        <PageHeader title="Edit a directory entry" above={back} />
        <LoadingState label="Loading" lines={6} />
      </>
    );
  }
  if (!mentor) {
    return (
      <>
        <PageHeader title="Not found" above={back} />
        <Text>There is no one in your academy's directory at this address.</Text>
      </>
    );
  }
  return (
    <>
      <PageHeader title={`Edit ${mentor.name}`} above={back} />
      <Stack maw={560} gap="xl">
        <EditForm key={mentor.id} mentor={mentor} />
        <RetireSection mentor={mentor} />
      </Stack>
    </>
  );
}

function EditForm({ mentor }: { mentor: MentorSummaryFragment }) {
  const navigate = useNavigate();
  const [, update] = useMutation(updateMentorMutation);
  const initialValues: MentorFormValues = {
    academyId: null,
    name: mentor.name,
    email: mentor.email,
    organisationId: mentor.organisation?.id ?? null,
    band: mentor.band,
    offers: mentor.offers as MentorFormValues["offers"],
    expertise: mentor.expertise.join("\n"),
    capacity: String(mentor.capacity),
  };

  async function save(values: MentorFormValues): Promise<SaveOutcome> {
    const result = await update({
      input: {
        id: mentor.id,
        ...mentorInputFields(values),
      },
    });
    const payload = result.data?.updateMentor;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.mentor) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Changes saved", message: `${payload.mentor.name}'s entry has been updated.` });
    navigate(mentoringPaths.mentors);
    return { saved: true };
  }

  return (
    <MentorForm
      initialValues={initialValues}
      choosesAcademy={false}
      onSave={save}
      initialOrganisation={mentor.organisation ? { value: mentor.organisation.id, label: mentor.organisation.name } : null}
      submitLabel="Save changes"
      refusedTitle="The changes were not saved"
    />
  );
}

function RetireSection({ mentor }: { mentor: MentorSummaryFragment }) {
  const [{ fetching }, retire] = useMutation(retireMentorMutation);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (mentor.retiredAt) return <Alert variant="light" title="Left the directory">Since {formatLondonInstant(mentor.retiredAt)}. Not suggested or paired; pairings already running carry on.</Alert>;

  async function confirm() {
    const result = await retire({ id: mentor.id });
    setConfirming(false);
    const payload = result.data?.retireMentor;
    if (result.error || !payload?.mentor) {
      setProblem(payload?.userErrors[0]?.message ?? "The server did not take them out of the directory. Try again.");
      return;
    }
    notifications.show({ title: "Left the directory", message: `${mentor.name} will no longer be suggested or paired.` });
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="retire-heading">
      <Title order={2} size="h4" id="retire-heading">
        Leaving the directory
      </Title>
      <Text size="sm">
        {mentor.name} supports {mentor.runningPairings ?? 0} of {mentor.capacity} people now. Once they leave they are no longer suggested or paired; the pairings running carry on to their end.
      </Text>
      {problem ? (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      ) : null}
      <div>
        <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
          Take out of the directory
        </Button>
      </div>
      <ConfirmDialog opened={confirming} title={`Take ${mentor.name} out of the directory?`} confirmLabel="Take out" destructive busy={fetching} onConfirm={confirm} onCancel={() => setConfirming(false)}>
        They will no longer be suggested or paired with participants.
      </ConfirmDialog>
    </Stack>
  );
}
