import { mentorsQuery, mentorSuggestionsQuery, pairMentorMutation, type MentoringKind, type MentorSummaryFragment } from "@ascent/client";
import { afcBandLabels, MentoringKind as Kind, mentoringKindLabels, MentoringOffer, mentoringOfferLabels } from "@ascent/domain";
import { Alert, Button, Group, List, Modal, Paper, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { LoadingState } from "../../components/LoadingState";
import { londonToday } from "../../lib/londonTime";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";
import { organisationOf, type BoardParticipant } from "./boardTypes";

interface PairMentorModalProps {
  participant: BoardParticipant;
  onClose: () => void;
  onPaired: () => void;
}

const kindsOffered = (offers: MentoringOffer): MentoringKind[] => (offers === MentoringOffer.MENTORING_AND_COACHING ? [Kind.MENTORING, Kind.COACHING] : [offers as string as MentoringKind]);
const describe = (mentor: MentorSummaryFragment) => [mentor.organisation?.name, mentor.band ? afcBandLabels[mentor.band] : null, mentoringOfferLabels[mentor.offers]].filter(Boolean).join(" · ");

/** Suggestions ranked by the rules, each with its reasons; or anyone from the directory, chosen by hand. Then the pairing's details. */
export function PairMentorModal({ participant, onClose, onPaired }: PairMentorModalProps) {
  const [chosen, setChosen] = useState<MentorSummaryFragment | null>(null);
  const name = participant.name ?? "this participant";
  return (
    <Modal opened onClose={onClose} title={chosen ? `Pair ${name} with ${chosen.name}` : `Find a mentor or coach for ${name}`} size="lg" closeButtonProps={{ "aria-label": "Close" }}>
      {chosen ? (
        <PairForm participant={participant} mentor={chosen} onBack={() => setChosen(null)} onPaired={onPaired} />
      ) : (
        <Suggestions participant={participant} onChoose={setChosen} />
      )}
    </Modal>
  );
}

function Suggestions({ participant, onChoose }: { participant: BoardParticipant; onChoose: (mentor: MentorSummaryFragment) => void }) {
  const [focus, setFocus] = useState("");
  const [asked, setAsked] = useState("");
  const [{ data, fetching }] = useQuery({ query: mentorSuggestionsQuery, variables: { participantId: participant.id, focus: asked || null }, requestPolicy: "network-only" });
  const [{ data: directory }] = useQuery({ query: mentorsQuery, variables: { first: 100 } });
  const suggestions = data?.node && "mentorSuggestions" in data.node ? (data.node.mentorSuggestions ?? []) : null;
  const everyone = (directory?.mentors.edges ?? []).map(({ node }) => node).filter((m) => !m.retiredAt);
  const facts = [organisationOf(participant), participant.band ? afcBandLabels[participant.band] : null, participant.jobTitle].filter(Boolean).join(" · ");

  return (
    <Stack gap="md">
      <Text size="sm">
        {participant.name}: {facts || "no details"}. Suggestions come from your academy's directory, best first: someone from a different organisation, at a more senior band,
        whose expertise matches their role or the focus below, with places left. Colleagues from their own organisation are never suggested; choose them by hand with a reason.
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setAsked(focus.trim());
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput label="Focus (optional)" description="What they want help with, e.g. finance" value={focus} onChange={(e) => setFocus(e.currentTarget.value)} style={{ flex: 1, minWidth: 180 }} />
          <Button type="submit" variant="default">
            Update suggestions
          </Button>
        </Group>
      </form>
      <Title order={3} size="h5">
        Suggestions
      </Title>
      {fetching && !suggestions ? <LoadingState label="Ranking the directory" lines={3} /> : null}
      {suggestions && suggestions.length === 0 ? <Alert variant="light">Nobody in the directory has a place left who works elsewhere. Choose by hand below, or add people to the directory.</Alert> : null}
      <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Suggested mentors and coaches">
        {suggestions?.map((suggestion) => (
          <Paper key={suggestion.mentor.id} withBorder p="sm" component="li">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <div>
                <Text fw={700}>{suggestion.mentor.name}</Text>
                <Text size="sm">{describe(suggestion.mentor)}</Text>
              </div>
              <Button size="xs" onClick={() => onChoose(suggestion.mentor)} aria-label={`Pair with ${suggestion.mentor.name}`}>
                Pair with {suggestion.mentor.name.split(" ")[0]}
              </Button>
            </Group>
            <Text size="xs" mt={4}>
              Score {suggestion.score}: why they are here
            </Text>
            <List size="sm" spacing={2} mt={2}>
              {suggestion.reasons.map((reason) => (
                <List.Item key={reason.rule} icon={<Text span fw={700} aria-hidden="true">{reason.met ? "✓" : "–"}</Text>}>
                  <Text span size="sm" fw={reason.met ? 500 : 400}>
                    {reason.met ? "" : "Not met: "}
                    {reason.text}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Paper>
        ))}
      </Stack>
      <Select
        label="Or choose anyone from the directory"
        placeholder="Search by name"
        searchable
        data={everyone.map((m) => ({ value: m.id, label: `${m.name} (${describe(m)})` }))}
        onChange={(id) => {
          const mentor = everyone.find((m) => m.id === id);
          if (mentor) onChoose(mentor);
        }}
        nothingFoundMessage="Nobody by that name"
      />
    </Stack>
  );
}

interface PairValues {
  kind: MentoringKind;
  startsOn: string;
  plannedEndOn: string;
  sameOrganisationReason: string;
}
const FIELDS = ["kind", "startsOn", "plannedEndOn", "sameOrganisationReason"] as const;

function PairForm({ participant, mentor, onBack, onPaired }: { participant: BoardParticipant; mentor: MentorSummaryFragment; onBack: () => void; onPaired: () => void }) {
  const [, pair] = useMutation(pairMentorMutation);
  const kinds = kindsOffered(mentor.offers as string as MentoringOffer);
  const sameOrganisation = participant.application?.organisation?.id !== undefined && participant.application?.organisation?.id === mentor.organisation?.id;
  const form = useForm<PairValues>({
    initialValues: { kind: kinds[0], startsOn: londonToday(), plannedEndOn: "", sameOrganisationReason: "" },
    validate: {
      startsOn: (value) => (value ? null : "Enter the first day"),
      sameOrganisationReason: (value) => (sameOrganisation && !value.trim() ? "They work at the same organisation: say why they should be paired anyway" : null),
    },
  });
  const { problems, saving, handleSubmit } = useServerSave(form, { roots: FIELDS, fallback: "The server did not pair them. Try again.", onSave });

  async function onSave(values: PairValues): Promise<SaveOutcome> {
    const result = await pair({
      input: {
        participantId: participant.id,
        mentorId: mentor.id,
        kind: values.kind,
        startsOn: values.startsOn,
        plannedEndOn: values.plannedEndOn || null,
        sameOrganisationReason: sameOrganisation ? values.sameOrganisationReason : null,
      },
    });
    const payload = result.data?.pairMentor;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.relationship) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Paired", message: `${participant.name ?? "The participant"} now has ${mentor.name} as their ${mentoringKindLabels[values.kind as Kind].toLowerCase()}.` });
    onPaired();
    return { saved: true };
  }

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="Pairing">
      <Stack gap="md">
        <FormProblems title="They were not paired" problems={problems} />
        <Text size="sm">
          {mentor.name}: {describe(mentor)}
          {mentor.runningPairings !== null ? `, ${mentor.capacity - (mentor.runningPairings ?? 0)} of ${mentor.capacity} places left` : ""}.
        </Text>
        <Select label="As their" required data={kinds.map((k) => ({ value: k, label: mentoringKindLabels[k as Kind] }))} allowDeselect={false} {...form.getInputProps("kind")} />
        <TextInput type="date" label="First day" required {...form.getInputProps("startsOn")} />
        <TextInput type="date" label="Planned last day (optional)" description="Leave empty while open-ended. Before the programme's minimum, the board warns." {...form.getInputProps("plannedEndOn")} />
        {sameOrganisation ? (
          <Textarea
            label="Why pair colleagues from the same organisation?"
            description="The programme asks for someone from elsewhere; say why this pairing is right anyway."
            required
            autosize
            minRows={2}
            {...form.getInputProps("sameOrganisationReason")}
          />
        ) : null}
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            Back to suggestions
          </Button>
          <Button type="submit" loading={saving}>
            Pair them
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
