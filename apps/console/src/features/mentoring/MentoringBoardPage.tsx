import { mentoringBoardQuery } from "@ascent/client";
import { afcBandLabels, MentoringKind, mentoringKindLabels, Role } from "@ascent/domain";
import { Accordion, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { formatLondonDay } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { cohortPaths } from "../cohorts";
import { organisationOf, type BoardParticipant } from "./boardTypes";
import { CheckInModal } from "./CheckInModal";
import { EndPairingModal } from "./EndPairingModal";
import { LengthBadge } from "./LengthBadge";
import { MentoringGateSection } from "./MentoringGateSection";
import { PairMentorModal } from "./PairMentorModal";
import { ProgrammeRulesForm } from "./ProgrammeRulesForm";

export function MentoringBoardPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Mentoring board">
      <MentoringBoard />
    </RequireRole>
  );
}

type Action = { kind: "pair" | "end" | "checkIn"; participant: BoardParticipant } | null;

function MentoringBoard() {
  const { id = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: mentoringBoardQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const [action, setAction] = useState<Action>(null);
  const [gateVersion, setGateVersion] = useState(0);
  const cohort = data?.cohort;
  usePageTitle(cohort ? `Mentoring: ${cohort.name}` : "Mentoring board");
  const back = <BackLink to={cohort ? cohortPaths.cohort(cohort.id) : cohortPaths.cohorts}>{cohort ? `Back to ${cohort.name}` : "Back to cohorts"}</BackLink>;
  const refresh = () => {
    setAction(null);
    reexecute({ requestPolicy: "network-only" });
    setGateVersion((v) => v + 1);
  };

  if (error && !data) {
    return (
      <>
        <PageHeader title="Mentoring board" above={back} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title="Mentoring board" above={back} />
        <LoadingState label="Loading the mentoring board" lines={6} />
      </>
    );
  }
  if (!cohort?.mentoringBoard) {
    return (
      <>
        <PageHeader title="Cohort not found" above={back} />
        <Text>There is no cohort of your academy at this address.</Text>
      </>
    );
  }
  const rules = cohort.programme.mentoringRules ?? { requiredBeforeStart: false, minimumMonths: null };
  const participants = cohort.mentoringBoard;

  return (
    <>
      <PageHeader title={`Mentoring: ${cohort.name}`} above={back} />
      <Stack gap="lg" maw={1100}>
        <Text>
          {cohort.programme.title}. Starts {formatLondonDay(cohort.startsOn)}.{" "}
          <Anchor component={Link} to="/mentors">
            Directory of mentors and coaches
          </Anchor>
        </Text>
        <MentoringGateSection key={gateVersion} cohortId={cohort.id} linkToBoard={false} />
        <Accordion variant="contained">
          <Accordion.Item value="rules">
            <Accordion.Control>
              Programme rules: {rules.requiredBeforeStart ? "a mentor or coach before the start" : "no before-start requirement"},{" "}
              {rules.minimumMonths ? `at least ${rules.minimumMonths} months` : "no minimum length"}
            </Accordion.Control>
            <Accordion.Panel>
              <ProgrammeRulesForm programmeId={cohort.programme.id} rules={rules} onSaved={refresh} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        <Title order={2} size="h3">
          Participants ({participants.length})
        </Title>
        {participants.length === 0 ? <Text>Nobody is enrolled yet. Participants appear here when they accept their offer.</Text> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {participants.map((participant) => (
            <ParticipantCard key={participant.id} participant={participant} onAction={(kind) => setAction({ kind, participant })} />
          ))}
        </SimpleGrid>
      </Stack>
      {action?.kind === "pair" ? <PairMentorModal participant={action.participant} onClose={() => setAction(null)} onPaired={refresh} /> : null}
      {action?.kind === "end" && action.participant.mentoring ? (
        <EndPairingModal pairing={action.participant.mentoring} participantName={action.participant.name ?? "The participant"} minimumMonths={rules.minimumMonths} onClose={() => setAction(null)} onEnded={refresh} />
      ) : null}
      {action?.kind === "checkIn" && action.participant.mentoring ? (
        <CheckInModal pairing={action.participant.mentoring} participantName={action.participant.name ?? "The participant"} onClose={() => setAction(null)} onRecorded={refresh} />
      ) : null}
    </>
  );
}

function ParticipantCard({ participant, onAction }: { participant: BoardParticipant; onAction: (kind: "pair" | "end" | "checkIn") => void }) {
  const pairing = participant.mentoring;
  const name = participant.name ?? "Name erased";
  const facts = [organisationOf(participant), participant.band ? afcBandLabels[participant.band] : null, participant.jobTitle].filter(Boolean).join(" · ");
  const lastCheckIn = pairing?.checkIns?.[0];
  return (
    <Paper withBorder p="md" component="article" aria-label={name}>
      <Title order={3} size="h5">
        {name}
      </Title>
      <Text size="sm" mb="xs">
        {facts}
      </Text>
      {pairing ? (
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>
              {mentoringKindLabels[pairing.kind as MentoringKind]}: {pairing.mentor?.name}
            </Text>
            {pairing.length ? <LengthBadge state={pairing.length.state} /> : null}
          </Group>
          <Text size="sm">{[pairing.mentor?.organisation?.name, pairing.mentor?.band ? afcBandLabels[pairing.mentor.band] : null].filter(Boolean).join(" · ")}</Text>
          <Text size="sm">
            Since {formatLondonDay(pairing.startsOn)}
            {pairing.plannedEndOn ? `, planned to end ${formatLondonDay(pairing.plannedEndOn)}` : ""}.
          </Text>
          {pairing.length ? <Text size="sm">{pairing.length.summary}</Text> : null}
          {pairing.sameOrganisationReason ? <Text size="sm">Same organisation: {pairing.sameOrganisationReason}</Text> : null}
          <Text size="sm">
            {pairing.checkIns?.length ? `${pairing.checkIns.length} check-in${pairing.checkIns.length === 1 ? "" : "s"}, the last on ${formatLondonDay(lastCheckIn!.heldOn)}` : "No check-ins yet"}
            {lastCheckIn?.note ? `: “${lastCheckIn.note}”` : ""}
          </Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" variant="default" onClick={() => onAction("checkIn")}>
              Record check-in
            </Button>
            <Button size="xs" variant="default" onClick={() => onAction("end")}>
              End pairing
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Text>None yet</Text>
          <Group>
            <Button size="xs" onClick={() => onAction("pair")} aria-label={`Find a mentor or coach for ${name}`}>
              Find a mentor or coach
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
