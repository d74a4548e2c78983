import { organisationsQuery, type OrganisationOrderField, type OrganisationSummaryFragment } from "@ascent/client";
import { nhsRegionLabels, organisationKindLabels } from "@ascent/domain";
import { Anchor, Button, MultiSelect } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { Absent } from "../../components/Absent";
import { CursorList, type ListColumn } from "../../components/CursorList";
import { DebouncedSearchInput } from "../../components/DebouncedSearchInput";
import { PageHeader } from "../../components/PageHeader";
import { pageVariables, useCursorListParams } from "../../components/useCursorListParams";
import { formatLondonShortDay } from "../../lib/londonTime";
import { usePageTitle } from "../../lib/usePageTitle";
import { isNhsRegion, isOrganisationKind, nhsRegionOptions, organisationKindOptions } from "./organisationSelectOptions";
import { organisationSort } from "./organisationSortColumns";
import { organisationPaths } from "./paths";

export const ORGANISATIONS_PAGE_SIZE = 25;

/** Query-string keys of the list's filters. */
const KEYS = { search: "q", kind: "kind", region: "region" } as const;
const FILTER_KEYS = Object.values(KEYS);

const columns: ListColumn<OrganisationSummaryFragment, OrganisationOrderField>[] = [
  {
    header: "Name",
    sortField: "NAME",
    unlabelledOnPhone: true,
    cell: (organisation) => (
      <Anchor component={Link} to={organisationPaths.organisation(organisation.id)} fw={500}>
        {organisation.name}
      </Anchor>
    ),
  },
  { header: "Kind", cell: (organisation) => organisationKindLabels[organisation.kind] },
  { header: "ODS code", sortField: "ODS_CODE", nowrap: true, cell: (organisation) => organisation.odsCode ?? <Absent /> },
  { header: "Region", cell: (organisation) => (organisation.region ? nhsRegionLabels[organisation.region] : <Absent />) },
  { header: "Parent organisation", cell: (organisation) => organisation.parent?.name ?? <Absent /> },
  {
    header: "Added",
    sortField: "CREATED_AT",
    nowrap: true,
    cell: (organisation) => <time dateTime={organisation.createdAt}>{formatLondonShortDay(organisation.createdAt)}</time>,
  },
];

export function OrganisationsListPage() {
  usePageTitle("Organisations");
  const list = useCursorListParams(FILTER_KEYS, organisationSort);
  const search = list.query.get(KEYS.search)?.trim() ?? "";
  const kinds = list.query.getAll(KEYS.kind).filter(isOrganisationKind);
  const regions = list.query.getAll(KEYS.region).filter(isNhsRegion);
  const sort = list.sort ?? { field: organisationSort.defaultField, direction: "ASC" };

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: organisationsQuery,
    variables: {
      ...pageVariables(list.position, ORGANISATIONS_PAGE_SIZE),
      filter: { search: search || null, kinds: kinds.length > 0 ? kinds : null, regions: regions.length > 0 ? regions : null },
      orderBy: { field: sort.field, direction: sort.direction },
    },
    // Others edit organisations too: show what we have at once, then refresh it.
    requestPolicy: "cache-and-network",
  });

  return (
    <>
      <PageHeader
        title="Organisations"
        actions={
          <Button component={Link} to={organisationPaths.newOrganisation}>
            New organisation
          </Button>
        }
      />
      <CursorList
        noun="organisations"
        caption={`Organisations sorted by ${organisationSort.columns[sort.field].label.toLowerCase()}, ${sort.direction === "ASC" ? "ascending" : "descending"}`}
        list={list}
        pageSize={ORGANISATIONS_PAGE_SIZE}
        connection={data?.organisations}
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
        columns={columns}
        rowKey={(organisation) => organisation.id}
        filters={
          <>
            <DebouncedSearchInput
              label="Search"
              placeholder="Name or ODS code"
              value={search}
              // Typing should not fill the history with one entry per pause.
              onSearch={(value) => list.setFilter(KEYS.search, value, { replace: true })}
            />
            <MultiSelect
              label="Kind"
              placeholder={kinds.length ? undefined : "Any kind"}
              data={organisationKindOptions}
              value={kinds}
              onChange={(values) => list.setFilter(KEYS.kind, values.filter(isOrganisationKind))}
              clearable
              w={{ base: "100%", sm: 280 }}
            />
            <MultiSelect
              label="Region"
              placeholder={regions.length ? undefined : "Any region"}
              data={nhsRegionOptions}
              value={regions}
              onChange={(values) => list.setFilter(KEYS.region, values.filter(isNhsRegion))}
              clearable
              w={{ base: "100%", sm: 280 }}
            />
          </>
        }
        empty={{
          title: "No organisations yet",
          description: "Add the academies, trusts and other bodies that take part in programmes.",
          action: (
            <Button component={Link} to={organisationPaths.newOrganisation}>
              New organisation
            </Button>
          ),
        }}
      />
    </>
  );
}
