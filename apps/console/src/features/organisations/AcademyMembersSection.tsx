import { academyMembersQuery, addAcademyMemberMutation, removeAcademyMemberMutation } from "@ascent/client";
import { nhsRegionLabels } from "@ascent/domain";
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorState } from "../../components/ErrorState";
import { FormProblems } from "../../components/FormProblems";
import { LoadingState } from "../../components/LoadingState";
import { problemSentence } from "../../lib/graphqlErrors";
import classes from "./AcademyMembersSection.module.css";
import { OrganisationSearchSelect } from "./OrganisationSearchSelect";

interface AcademyMembersSectionProps {
  academyId: string;
}

/**
 * The organisations that belong to an academy: their staff may apply to its
 * "member organisations only" programmes, and its programme managers see their
 * WRES returns.
 */
export function AcademyMembersSection({ academyId }: AcademyMembersSectionProps) {
  const [{ data, error }, reexecute] = useQuery({ query: academyMembersQuery, variables: { id: academyId } });
  const [, addMember] = useMutation(addAcademyMemberMutation);
  const [, removeMember] = useMutation(removeAcademyMemberMutation);
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  // Changing the key empties the search box after an organisation is added.
  const [pickerKey, setPickerKey] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const members = useMemo(() => data?.organisation?.memberOrganisations ?? [], [data]);
  const notChoosable = useMemo(() => [academyId, ...members.map((member) => member.id)], [academyId, members]);

  async function change(action: "add" | "remove", organisationId: string, name: string): Promise<void> {
    setProblems([]);
    setBusy(organisationId);
    try {
      const input = { academyId, organisationId };
      const result = action === "add" ? await addMember({ input }) : await removeMember({ input });
      const payload = result.data ? ("addAcademyMember" in result.data ? result.data.addAcademyMember : result.data.removeAcademyMember) : null;
      if (result.error || !payload) {
        setProblems([result.error ? problemSentence(result.error) : "The change was not saved. Try again."]);
        return;
      }
      if (payload.userErrors.length > 0) {
        setProblems(payload.userErrors.map((userError) => userError.message));
        return;
      }
      notifications.show({
        color: "green",
        title: action === "add" ? "Member added" : "Member removed",
        message: action === "add" ? `${name} is now a member organisation.` : `${name} is no longer a member organisation.`,
      });
      if (action === "add") {
        setChosen(null);
        setPickerKey((key) => key + 1);
      }
      reexecute({ requestPolicy: "network-only" });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="members-heading" maw={720}>
      <Title order={2} size="h4" id="members-heading">
        Member organisations
      </Title>
      <Text size="sm" mt={4} mb="md">
        Staff of member organisations can apply to this academy's programmes that are for member organisations only, and
        the academy's programme managers see the members' WRES returns.
      </Text>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : !data ? (
        <LoadingState label="Loading the member organisations" lines={3} />
      ) : members.length === 0 ? (
        <Text size="sm">No member organisations yet.</Text>
      ) : (
        <Stack component="ul" gap={0} aria-label="Member organisations" className={classes.list}>
          {members.map((member) => (
            <Group component="li" key={member.id} justify="space-between" wrap="nowrap" gap="sm" py="xs" className={classes.row}>
              <div className={classes.name}>
                <Text fw={500}>{member.name}</Text>
                <Text size="sm" c="dimmed">
                  {[member.odsCode, member.region ? nhsRegionLabels[member.region] : null].filter(Boolean).join(" · ")}
                </Text>
              </div>
              <Button
                variant="default"
                size="compact-sm"
                className={classes.action}
                loading={busy === member.id}
                aria-label={`Remove ${member.name}`}
                onClick={() => void change("remove", member.id, member.name)}
              >
                Remove
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <form
        noValidate
        aria-label="Add a member organisation"
        onSubmit={(event) => {
          event.preventDefault();
          if (!chosen) setProblems(["Choose the organisation to add."]);
          else void change("add", chosen.id, chosen.name);
        }}
      >
        <Stack gap="sm" mt="lg" maw={560}>
          <FormProblems title="The member organisations were not changed" problems={problems} />
          <OrganisationSearchSelect
            key={pickerKey}
            label="Add a member organisation"
            description="Type part of its name or ODS code."
            placeholder="Search organisations"
            value={chosen?.id ?? null}
            onChange={(id, name) => setChosen(id && name ? { id, name } : null)}
            excludeIds={notChoosable}
          />
          <Group>
            <Button type="submit" loading={busy !== null && busy === chosen?.id}>
              Add member
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
