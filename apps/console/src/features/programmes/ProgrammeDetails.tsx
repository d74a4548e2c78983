import type { ProgrammeDetailsFragment } from "@ascent/client";
import { deliveryModeLabels, moduleKindLabels } from "@ascent/domain";
import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { Absent } from "../../components/Absent";
import { programmePaths } from "./paths";

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Items({ items, none }: { items: readonly string[]; none: string }) {
  if (items.length === 0) return <Absent spoken={none} />;
  return (
    <List size="sm" spacing={4}>
      {items.map((item, index) => (
        <List.Item key={index}>{item}</List.Item>
      ))}
    </List>
  );
}

/** A programme as people read it, with one way into the editor; the form is for changing it, not for reading. */
export function ProgrammeDetails({ programme }: { programme: ProgrammeDetailsFragment }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="details-heading" maw={880}>
      <Group justify="space-between" mb="md" align="flex-start">
        <Title order={2} size="h4" id="details-heading">
          About the programme
        </Title>
        <Button component={Link} to={programmePaths.editProgramme(programme.id)} variant="default">
          Edit details
        </Button>
      </Group>
      <Stack gap="md">
        <Text fw={500}>{programme.summary}</Text>
        {programme.description
          ? programme.description.split(/\n\s*\n/).map((paragraph, index) => (
              <Text key={index} size="sm" style={{ whiteSpace: "pre-line" }}>
                {paragraph}
              </Text>
            ))
          : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Part title="Aims">
            <Items items={programme.aims} none="no aims yet" />
          </Part>
          <Part title="Learning outcomes">
            <Items items={programme.learningOutcomes} none="no learning outcomes yet" />
          </Part>
          <Part title="Benefits">
            <Items items={programme.benefits} none="no benefits yet" />
          </Part>
          <Part title="Participant commitments">
            <Items items={programme.commitments} none="no commitments yet" />
          </Part>
          <Part title="Target roles">
            <Items items={programme.targetRoles} none="no target roles yet" />
          </Part>
          <Part title="Delivery and duration">
            <Text size="sm">
              {programme.deliveryModes.length > 0 ? programme.deliveryModes.map((mode) => deliveryModeLabels[mode]).join(", ") : "Delivery not set"}
              {" · "}
              {programme.duration}
            </Text>
          </Part>
          <Part title="Who can apply">
            <Items items={programme.eligibilitySummary} none="open to all" />
          </Part>
          <Part title="Shared modules">
            {programme.modules.length === 0 ? (
              <Absent spoken="no shared modules" />
            ) : (
              <List size="sm" type="ordered" spacing={4}>
                {programme.modules.map((module) => (
                  <List.Item key={module.id}>
                    {module.title} ({moduleKindLabels[module.kind]}
                    {module.lengthDays ? `, ${module.lengthDays} ${module.lengthDays === 1 ? "day" : "days"}` : ""})
                  </List.Item>
                ))}
              </List>
            )}
          </Part>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
