import { wresBenchmarkQuery } from "@ascent/client";
import { NhsRegion, nhsRegionLabels } from "@ascent/domain";
import { Anchor, Box, Group, Progress, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { wresPaths as paths } from "./paths";
import { Absent } from "../../components/Absent";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { ScrollTable } from "../../components/ScrollTable";
import { usePageTitle } from "../../lib/usePageTitle";
import { useSignedInUser } from "../../lib/signedInUser";
import { CaterpillarPlot, type CaterpillarRow } from "./charts/CaterpillarPlot";
import { ChartOrTable } from "./ChartOrTable";
import { type RankedOrganisation, useWresRanking } from "./useWresRanking";
import { useWresSelection, withSelection } from "./useWresSelection";
import { WRES_READ_ROLES, WRES_UPLOAD_ROLES } from "./wresRoles";
import { WresViewNav } from "./WresViewNav";
import { rankingSummary } from "./rankingSummary";
import { type HeadlineCode, intervalText, isHeadlineCode, parityBandInValueUnits, parityText, parityValue, RANKABLE_CODES, shortLabels, valueText, wresYears } from "./wresText";

const indicatorOptions = RANKABLE_CODES.map((code) => ({ value: code, label: `${code} ${shortLabels[code]}` }));
const regionOptions = [{ value: "ALL", label: "All regions" }, ...Object.values(NhsRegion).map((region) => ({ value: region, label: nhsRegionLabels[region] }))];

export function WresNationalPage() {
  return (
    <RequireRole roles={WRES_READ_ROLES} title="WRES national view">
      <WresNationalPageBody />
    </RequireRole>
  );
}

function WresNationalPageBody() {
  usePageTitle("WRES national view");
  const { role } = useSignedInUser();
  const selection = useWresSelection();
  const { year, organisationId } = selection;
  const [code, setCode] = useState<HeadlineCode>("WRES2");
  const [region, setRegion] = useState<string>("ALL");
  const yearOptions = useMemo(() => wresYears().map((y) => ({ value: String(y), label: String(y) })), []);

  return (
    <>
      <PageHeader title="WRES national view" />
      <WresViewNav current="national" organisationId={organisationId} year={year} canUpload={WRES_UPLOAD_ROLES.includes(role)} />
      <Text size="sm" mb="md" maw={760}>
        Trusts ranked by one indicator, each with its 95% interval, over the parity band. An interval wholly outside the band is a
        difference unlikely to be chance.
      </Text>
      <Group align="flex-start" mb="lg" wrap="wrap">
        <Select label="Data year" data={yearOptions} value={String(year)} onChange={(value) => value && selection.setYear(Number(value))} allowDeselect={false} w={140} />
        <Select label="Indicator" data={indicatorOptions} value={code} onChange={(value) => value && isHeadlineCode(value) && setCode(value)} allowDeselect={false} w={420} />
        <Select label="Region" data={regionOptions} value={region} onChange={(value) => setRegion(value ?? "ALL")} allowDeselect={false} w={240} />
      </Group>
      <Ranking key={`${year}:${code}`} year={year} code={code} region={region === "ALL" ? null : (region as NhsRegion)} />
    </>
  );
}

function Ranking({ year, code, region }: { year: number; code: HeadlineCode; region: NhsRegion | null }) {
  const ranking = useWresRanking(year, code);
  const [{ data: englandData }] = useQuery({ query: wresBenchmarkQuery, variables: { year, region: null } });
  const englandBenchmark = englandData?.wresBenchmark ?? null;
  // A withheld England has no figure to draw or quote (too few organisations besides the reader's own).
  const england = englandBenchmark && !englandBenchmark.withheld ? (englandBenchmark.indicators.find((indicator) => indicator.code === code) ?? null) : null;

  if (ranking.error) return <ErrorState error={ranking.error} />;
  if (!ranking.organisations) {
    const percent = ranking.total ? Math.round((ranking.loaded / ranking.total) * 100) : 0;
    return (
      <Stack gap={4} maw={420} my="md" role="status">
        <Text size="sm">
          Loading trusts' reports{ranking.total ? `: ${ranking.loaded} of ${ranking.total}` : "…"}
        </Text>
        <Progress value={percent} aria-label={`Loading trusts' reports: ${percent}%`} animated />
      </Stack>
    );
  }

  const inRegion = ranking.organisations.filter((organisation) => region === null || organisation.region === region);
  const ranked = inRegion
    .filter((organisation) => organisation.indicator && !organisation.indicator.suppressed && organisation.indicator.value !== null)
    .sort((a, b) => (b.indicator?.value as number) - (a.indicator?.value as number));
  const unranked = inRegion.filter((organisation) => !ranked.includes(organisation));
  if (ranked.length === 0) {
    return <EmptyState title={`No figures for ${year}`} description="No trust in this selection has a figure for this indicator and year. Try an earlier year." />;
  }
  const kind = ranked[0].indicator?.kind ?? "RELATIVE_LIKELIHOOD";
  const band = ranked[0].indicator ? parityBandInValueUnits(ranked[0].indicator) : null;
  const beyondReference = ranked.filter((organisation) => organisation.indicator?.parity === "FAVOURS_REFERENCE").length;
  const beyondFocus = ranked.filter((organisation) => organisation.indicator?.parity === "FAVOURS_FOCUS").length;
  const summary = rankingSummary({
    year,
    regionName: region ? nhsRegionLabels[region] : null,
    kind,
    ranked: ranked.map((organisation) => ({ name: organisation.name, value: valueText(organisation.indicator) })),
    england: england && !england.suppressed ? england.value : null,
    englandWithheld: englandBenchmark?.withheld ? { organisationCount: englandBenchmark.organisationCount, minimumOrganisations: englandBenchmark.minimumOrganisations } : null,
    beyondReference,
    beyondFocus,
    beyondReferenceText: parityText(code, "FAVOURS_REFERENCE")?.replace(" (interval excludes parity)", "") ?? "",
  });
  const rows: CaterpillarRow[] = ranked.map((organisation) => ({
    id: organisation.id,
    name: organisation.name,
    value: organisation.indicator?.value as number,
    lower: organisation.indicator?.lower ?? null,
    upper: organisation.indicator?.upper ?? null,
    excludesParity: organisation.indicator?.parity === "FAVOURS_REFERENCE" || organisation.indicator?.parity === "FAVOURS_FOCUS",
  }));

  return (
    <Box component="section" aria-labelledby="ranking-heading">
      <Title order={2} size="h3" id="ranking-heading" mb="xs">
        {code} {shortLabels[code]}, {year}
      </Title>
      <Text size="sm" mb="sm" maw={900}>
        {summary}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        Dot: the trust's figure; line: its 95% interval; square and red: the interval excludes parity; shaded: the parity band; dashed: England.
      </Text>
      <ChartOrTable
        name="ranking"
        chart={
          <CaterpillarPlot
            kind={kind}
            rows={rows}
            band={band && kind !== "REPRESENTATION" ? band : null}
            parity={parityValue(kind)}
            england={england && !england.suppressed ? england.value : null}
            label={`Caterpillar plot. ${summary}`}
            axisTitle={`${shortLabels[code]}${kind === "DIFFERENCE" ? " (percentage points)" : ""}`}
          />
        }
        table={<RankingTable ranked={ranked} unranked={unranked} code={code} year={year} />}
      />
    </Box>
  );
}

function RankingTable({ ranked, unranked, code, year }: { ranked: readonly RankedOrganisation[]; unranked: readonly RankedOrganisation[]; code: HeadlineCode; year: number }) {
  const all = [...ranked, ...unranked];
  return (
    <ScrollTable minWidth={800} striped verticalSpacing="xs" caption={`Trusts ranked by ${code} ${shortLabels[code]}, ${year}, highest first`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Rank</Table.Th>
          <Table.Th scope="col">Trust</Table.Th>
          <Table.Th scope="col">Region</Table.Th>
          <Table.Th scope="col">Value</Table.Th>
          <Table.Th scope="col">95% interval</Table.Th>
          <Table.Th scope="col">Parity</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {all.map((organisation, index) => {
          const indicator = organisation.indicator;
          const interval = indicator ? intervalText(indicator)?.replace(/^\d+% interval /, "") : null;
          return (
            <Table.Tr key={organisation.id}>
              <Table.Td>{index < ranked.length ? index + 1 : <Absent spoken="not ranked" />}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={withSelection(paths.wres, organisation.id, year)}>
                  {organisation.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{organisation.region ? nhsRegionLabels[organisation.region] : <Absent />}</Table.Td>
              <Table.Td>{organisation.hasReturn ? valueText(indicator) : "No return"}</Table.Td>
              <Table.Td>{interval ?? <Absent />}</Table.Td>
              <Table.Td>{(indicator && parityText(code, indicator.parity, indicator.suppressed)) ?? <Absent spoken="not applicable" />}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}
