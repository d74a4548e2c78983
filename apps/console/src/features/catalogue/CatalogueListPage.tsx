import { catalogueProgrammesQuery } from "@ascent/client";
import { deliveryModeLabels } from "@ascent/domain";
import { Anchor, Badge, Box, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { cataloguePaths } from "./paths";
import { DebouncedSearchInput } from "../../components/DebouncedSearchInput";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { usePageTitle } from "../../lib/usePageTitle";
import { CatalogueCohortFacts } from "./CatalogueCohortFacts";

/** Enough for every academy's offer on one page; the catalogue is short. */
const CATALOGUE_SIZE = 100;

export function CatalogueListPage() {
  usePageTitle("Programme catalogue");
  const [query, setQuery] = useSearchParams();
  const search = query.get("q")?.trim() ?? "";
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: catalogueProgrammesQuery,
    variables: { first: CATALOGUE_SIZE, search: search || null },
  });
  const programmes = data?.programmes.edges.map((edge) => edge.node) ?? [];

  function renderResults() {
    if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
    if (!data) return <LoadingState label="Loading programmes" lines={6} />;
    if (programmes.length === 0) {
      return <EmptyState title="No programmes found" description={search ? "Try a different search." : "No programmes are published at the moment."} />;
    }
    return (
      <Stack gap="lg" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {programmes.map((programme) => (
          <Paper key={programme.id} withBorder p="lg" component="li">
            <Stack gap="sm">
              <Title order={2} size="h3">
                <Anchor component={Link} to={cataloguePaths.catalogueProgramme(programme.id)}>
                  {programme.title}
                </Anchor>
              </Title>
              <Text size="sm" c="dimmed">
                Run by {programme.academy.name} · {programme.duration}
              </Text>
              <Text>{programme.summary}</Text>
              {programme.deliveryModes.length > 0 ? (
                <Group gap="xs" aria-label="How it is delivered">
                  {programme.deliveryModes.map((mode) => (
                    <Badge key={mode} variant="default" tt="none">
                      {deliveryModeLabels[mode]}
                    </Badge>
                  ))}
                </Group>
              ) : null}
              <Box>
                <Text fw={600} size="sm">
                  Who can apply
                </Text>
                <List size="sm">
                  {programme.eligibilitySummary.map((sentence) => (
                    <List.Item key={sentence}>{sentence}</List.Item>
                  ))}
                </List>
              </Box>
              {programme.openCohorts.length > 0 ? (
                <Stack gap="xs">
                  <Text fw={600} size="sm">
                    Taking applications now
                  </Text>
                  {programme.openCohorts.map((cohort) => (
                    <CatalogueCohortFacts key={cohort.id} cohort={cohort} />
                  ))}
                </Stack>
              ) : (
                <Text size="sm">No cohort is taking applications at the moment.</Text>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Title order={1}>Leadership and career development programmes</Title>
      <Text maw={720}>
        Programmes from NHS leadership academies, including positive action programmes for Black, Asian and minority ethnic staff. Each one says
        who it is for, when it runs and how many places are left.
      </Text>
      <Box role="search" aria-label="Search programmes" maw={420}>
        <DebouncedSearchInput
          label="Search programmes"
          placeholder="Title or summary"
          value={search}
          onSearch={(value) =>
            setQuery(
              (current) => {
                const next = new URLSearchParams(current);
                if (value) next.set("q", value);
                else next.delete("q");
                return next;
              },
              { replace: true },
            )
          }
        />
      </Box>
      <Box aria-busy={fetching}>{renderResults()}</Box>
    </Stack>
  );
}
