import type { NhsRegion, OrganisationKind } from "@ascent/domain";
import { Button, Group, MultiSelect } from "@mantine/core";
import { DebouncedSearchInput } from "../../components/DebouncedSearchInput";
import { nhsRegionOptions, isNhsRegion, isOrganisationKind, organisationKindOptions } from "./organisationSelectOptions";

interface OrganisationFiltersProps {
  search: string;
  kinds: readonly OrganisationKind[];
  regions: readonly NhsRegion[];
  hasFilters: boolean;
  onSearch: (search: string) => void;
  onKindsChange: (kinds: OrganisationKind[]) => void;
  onRegionsChange: (regions: NhsRegion[]) => void;
  onClear: () => void;
}

export function OrganisationFilters(props: OrganisationFiltersProps) {
  return (
    <Group align="flex-end" gap="md" mb="md" role="search" aria-label="Filter organisations">
      <DebouncedSearchInput
        label="Search"
        placeholder="Name or ODS code"
        value={props.search}
        onSearch={props.onSearch}
      />
      <MultiSelect
        label="Kind"
        placeholder={props.kinds.length ? undefined : "Any kind"}
        data={organisationKindOptions}
        value={[...props.kinds]}
        onChange={(values) => props.onKindsChange(values.filter(isOrganisationKind))}
        clearable
        w={280}
      />
      <MultiSelect
        label="Region"
        placeholder={props.regions.length ? undefined : "Any region"}
        data={nhsRegionOptions}
        value={[...props.regions]}
        onChange={(values) => props.onRegionsChange(values.filter(isNhsRegion))}
        clearable
        w={280}
      />
      {props.hasFilters ? (
        <Button variant="subtle" onClick={props.onClear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
