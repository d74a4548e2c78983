import {
  facilitatorOrganisationOptionsQuery,
  updateCohortMutation,
  type CohortFacilitatorDetailsFragment,
  type CohortFacilitatorInput,
  type FacilitatorOrganisationOptionsQuery,
} from "@ascent/client";
import { Button, Group, List, Paper, SegmentedControl, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation } from "urql";
import { FormProblems } from "../../components/FormProblems";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import { problemSentence } from "../../lib/graphqlErrors";

const organisationOptions = (data: FacilitatorOrganisationOptionsQuery) =>
  data.organisations.edges.map(({ node }) => ({ value: node.id, label: node.name }));

/** The input that keeps a facilitator as they are when the list is saved again. */
function asInput(facilitator: CohortFacilitatorDetailsFragment): CohortFacilitatorInput {
  const role = facilitator.role ?? null;
  if (facilitator.user) return { userId: facilitator.user.id, role };
  if (facilitator.organisation) return { organisationId: facilitator.organisation.id, role };
  return { name: facilitator.displayName, role };
}

interface FacilitatorsSectionProps {
  cohortId: string;
  facilitators: readonly CohortFacilitatorDetailsFragment[];
  canManage: boolean;
}

/** Who facilitates the cohort: people by name or provider organisations, each with an optional role. */
export function FacilitatorsSection({ cohortId, facilitators, canManage }: FacilitatorsSectionProps) {
  const [, updateCohort] = useMutation(updateCohortMutation);
  const [kind, setKind] = useState<"person" | "organisation">("person");
  const [name, setName] = useState("");
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  async function save(next: CohortFacilitatorInput[], done: string): Promise<boolean> {
    setProblems([]);
    setSaving(true);
    try {
      const result = await updateCohort({ input: { id: cohortId, facilitators: next } });
      const payload = result.data?.updateCohort;
      if (result.error || !payload) {
        setProblems([result.error ? problemSentence(result.error) : "The facilitators were not saved. Try again."]);
        return false;
      }
      if (!payload.cohort) {
        setProblems(payload.userErrors.map((userError) => userError.message));
        return false;
      }
      notifications.show({ color: "green", title: "Facilitators saved", message: done });
      return true;
    } finally {
      setSaving(false);
    }
  }

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const entry: CohortFacilitatorInput =
      kind === "person" ? { name: name.trim(), role: role.trim() || null } : { organisationId, role: role.trim() || null };
    if (kind === "person" ? !name.trim() : !organisationId) {
      setProblems([kind === "person" ? "Enter the facilitator's name." : "Choose the organisation."]);
      return;
    }
    if (await save([...facilitators.map(asInput), entry], "The facilitator has been added.")) {
      setName("");
      setRole("");
      setOrganisationId(null);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="facilitators-heading">
      <Title order={2} size="h4" mb="sm" id="facilitators-heading">
        Facilitators
      </Title>
      {facilitators.length === 0 ? (
        <Text size="sm">No facilitators yet.</Text>
      ) : (
        <List spacing="xs" mb="md">
          {facilitators.map((facilitator) => (
            <List.Item key={facilitator.id}>
              <Group gap="xs">
                <Text span fw={500}>
                  {facilitator.displayName}
                </Text>
                {facilitator.role ? <Text span size="sm" c="dimmed">{facilitator.role}</Text> : null}
                {canManage ? (
                  <Button
                    variant="default"
                    size="compact-xs"
                    loading={saving}
                    onClick={() =>
                      void save(
                        facilitators.filter((other) => other.id !== facilitator.id).map(asInput),
                        `${facilitator.displayName} has been removed.`,
                      )
                    }
                  >
                    Remove {facilitator.displayName}
                  </Button>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canManage ? (
        <form onSubmit={add} noValidate aria-label="Add a facilitator">
          <Stack gap="sm" maw={560} mt="md">
            <FormProblems title="The facilitators were not saved" problems={problems} />
            <SegmentedControl
              aria-label="Facilitator is"
              value={kind}
              onChange={(value) => setKind(value === "organisation" ? "organisation" : "person")}
              data={[
                { value: "person", label: "A person" },
                { value: "organisation", label: "A provider organisation" },
              ]}
            />
            {kind === "person" ? (
              <TextInput label="Facilitator's name" value={name} onChange={(event) => setName(event.currentTarget.value)} />
            ) : (
              <RemoteSearchSelect
                label="Provider organisation"
                placeholder="Search organisations"
                query={facilitatorOrganisationOptionsQuery}
                toOptions={organisationOptions}
                value={organisationId}
                onChange={setOrganisationId}
                nothingFound="No organisation matches"
              />
            )}
            <TextInput
              label="Role"
              description='Optional, e.g. "Action Learning Sets facilitator".'
              value={role}
              onChange={(event) => setRole(event.currentTarget.value)}
            />
            <Group>
              <Button type="submit" variant="default" loading={saving}>
                Add facilitator
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
}
