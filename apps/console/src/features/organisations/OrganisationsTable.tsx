import type { OrderDirection, OrganisationOrderField, OrganisationSummaryFragment } from "@ascent/client";
import { nhsRegionLabels, organisationKindLabels } from "@ascent/domain";
import { Anchor, Table, Text, VisuallyHidden } from "@mantine/core";
import dayjs from "dayjs";
import { Link } from "react-router";
import { paths } from "../../app/paths";
import { SortableColumnHeader } from "../../components/SortableColumnHeader";
import { organisationSortColumns } from "./organisationSortColumns";

interface OrganisationsTableProps {
  organisations: readonly OrganisationSummaryFragment[];
  sortField: OrganisationOrderField;
  sortDirection: OrderDirection;
  onSort: (field: OrganisationOrderField) => void;
}

/** Shown where an optional value is absent; read out as "none" rather than "dash". */
function Absent() {
  return (
    <>
      <Text span c="dimmed" aria-hidden="true">
        —
      </Text>
      <VisuallyHidden>none</VisuallyHidden>
    </>
  );
}

export function OrganisationsTable({ organisations, sortField, sortDirection, onSort }: OrganisationsTableProps) {
  const sortHeader = (field: OrganisationOrderField) => (
    <SortableColumnHeader
      label={organisationSortColumns[field].label}
      direction={sortField === field ? sortDirection : null}
      onSort={() => onSort(field)}
    />
  );

  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>
          <VisuallyHidden>
            Organisations sorted by {organisationSortColumns[sortField].label.toLowerCase()},{" "}
            {sortDirection === "ASC" ? "ascending" : "descending"}
          </VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {sortHeader("NAME")}
            <Table.Th>Kind</Table.Th>
            {sortHeader("ODS_CODE")}
            <Table.Th>Region</Table.Th>
            <Table.Th>Parent organisation</Table.Th>
            {sortHeader("CREATED_AT")}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((organisation) => (
            <Table.Tr key={organisation.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.organisation(organisation.id)} fw={500}>
                  {organisation.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{organisationKindLabels[organisation.kind]}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{organisation.odsCode ?? <Absent />}</Table.Td>
              <Table.Td>{organisation.region ? nhsRegionLabels[organisation.region] : <Absent />}</Table.Td>
              <Table.Td>{organisation.parent?.name ?? <Absent />}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <time dateTime={organisation.createdAt}>{dayjs(organisation.createdAt).format("D MMM YYYY")}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
