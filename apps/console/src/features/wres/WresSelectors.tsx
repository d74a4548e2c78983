import { organisationOptionsQuery, organisationQuery, type OrganisationOptionsQuery } from "@ascent/client";
import { organisationKindLabels } from "@ascent/domain";
import { Group, Select } from "@mantine/core";
import { useMemo } from "react";
import { useQuery } from "urql";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import { wresYears } from "./wresText";

const toOptions = (data: OrganisationOptionsQuery) =>
  data.organisations.edges.map(({ node }) => ({ value: node.id, label: node.name, description: organisationKindLabels[node.kind] }));

interface WresSelectorsProps {
  organisationId: string | null;
  year: number;
  onOrganisationChange: (id: string | null) => void;
  onYearChange: (year: number) => void;
  /** Shown under the organisation field. */
  organisationDescription?: string;
}

/** The organisation (searched on the api as you type) and the data year. */
export function WresSelectors({ organisationId, year, onOrganisationChange, onYearChange, organisationDescription }: WresSelectorsProps) {
  // The organisation in the address needs its name before any search.
  const [{ data }] = useQuery({ query: organisationQuery, variables: { id: organisationId ?? "" }, pause: !organisationId });
  const initialOption = useMemo(
    () => (data?.organisation ? { value: data.organisation.id, label: data.organisation.name } : null),
    [data],
  );
  const yearOptions = useMemo(() => wresYears().map((y) => ({ value: String(y), label: String(y) })), []);
  return (
    <Group align="flex-start" gap="md" mb="lg" wrap="wrap">
      <RemoteSearchSelect
        label="Organisation"
        description={organisationDescription ?? "Type to search by name or ODS code."}
        placeholder="Choose an organisation"
        query={organisationOptionsQuery}
        toOptions={toOptions}
        value={organisationId}
        onChange={onOrganisationChange}
        initialOption={initialOption}
        nothingFound="No organisations found"
        w={420}
      />
      <Select
        label="Data year"
        description="Workforce at 31 March."
        data={yearOptions}
        value={String(year)}
        onChange={(value) => value && onYearChange(Number(value))}
        allowDeselect={false}
        w={140}
      />
    </Group>
  );
}
