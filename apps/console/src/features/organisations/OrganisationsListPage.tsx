import { organisationsQuery } from "@ascent/client";
import { Box, Button } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { paths } from "../../app/paths";
import { CursorPagination } from "../../components/CursorPagination";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { usePageTitle } from "../../lib/usePageTitle";
import { OrganisationFilters } from "./OrganisationFilters";
import { OrganisationsTable } from "./OrganisationsTable";
import { useOrganisationListParams } from "./useOrganisationListParams";

export const ORGANISATIONS_PAGE_SIZE = 25;

export function OrganisationsListPage() {
  usePageTitle("Organisations");
  const list = useOrganisationListParams();
  const { params } = list;

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: organisationsQuery,
    variables: {
      // Forward from `after`, or backward to `before` when returning to an earlier page.
      ...(params.before
        ? { last: ORGANISATIONS_PAGE_SIZE, before: params.before }
        : { first: ORGANISATIONS_PAGE_SIZE, after: params.after }),
      filter: {
        search: params.search || null,
        kinds: params.kinds.length > 0 ? params.kinds : null,
        regions: params.regions.length > 0 ? params.regions : null,
      },
      orderBy: { field: params.sortField, direction: params.sortDirection },
    },
    // Others edit organisations too: show what we have at once, then refresh it.
    requestPolicy: "cache-and-network",
  });

  const connection = data?.organisations;
  const organisations = connection?.edges.map((edge) => edge.node) ?? [];

  function renderResults() {
    if (error && !connection) {
      return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
    }
    if (!connection) return <LoadingState label="Loading organisations" lines={8} />;
    if (connection.totalCount === 0 || organisations.length === 0) {
      return list.hasFilters ? (
        <EmptyState
          title="No organisations match"
          description="Try a different search, or remove some filters."
          action={<Button variant="default" onClick={list.clearFilters}>Clear filters</Button>}
        />
      ) : (
        <EmptyState
          title="No organisations yet"
          description="Add the academies, trusts and other bodies that take part in programmes."
          action={<Button component={Link} to={paths.newOrganisation}>New organisation</Button>}
        />
      );
    }
    return (
      <>
        <OrganisationsTable
          organisations={organisations}
          sortField={params.sortField}
          sortDirection={params.sortDirection}
          onSort={list.sortBy}
        />
        <CursorPagination
          noun="organisations"
          page={params.page}
          pageSize={ORGANISATIONS_PAGE_SIZE}
          shown={organisations.length}
          connection={connection}
          onPrevious={list.goToPreviousPage}
          onNext={list.goToNextPage}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Organisations"
        actions={
          <Button component={Link} to={paths.newOrganisation}>
            New organisation
          </Button>
        }
      />
      <OrganisationFilters
        search={params.search}
        kinds={params.kinds}
        regions={params.regions}
        hasFilters={list.hasFilters}
        onSearch={list.setSearch}
        onKindsChange={list.setKinds}
        onRegionsChange={list.setRegions}
        onClear={list.clearFilters}
      />
      {error && connection ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
      <Box aria-busy={fetching}>
        {renderResults()}
      </Box>
    </>
  );
}
