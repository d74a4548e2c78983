import { organisationQuery } from "@ascent/client";
import { OrganisationKind } from "@ascent/domain";
import { Anchor, Stack, Text } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { organisationPaths } from "./paths";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { usePageTitle } from "../../lib/usePageTitle";
import { AcademyMembersSection } from "./AcademyMembersSection";
import { EditOrganisationForm } from "./EditOrganisationForm";

export function EditOrganisationPage() {
  const { id = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: organisationQuery, variables: { id } });
  const organisation = data?.organisation;
  usePageTitle(organisation ? organisation.name : data ? "Organisation not found" : "Organisation");
  const back = <BackLink to={organisationPaths.organisations}>Back to organisations</BackLink>;

  if (error && !data) {
    return (
      <>
        <PageHeader title="Organisation" above={back} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title="Organisation" above={back} />
        <LoadingState label="Loading the organisation" lines={6} />
      </>
    );
  }
  if (!organisation) {
    return (
      <>
        <PageHeader title="Organisation not found" above={back} />
        <Text>
          There is no organisation at this address. It may have been removed, or the link may be wrong.{" "}
          <Anchor component={Link} to={organisationPaths.organisations}>
            See all organisations
          </Anchor>
          .
        </Text>
      </>
    );
  }

  return (
    <>
      <PageHeader title={organisation.name} above={back} />
      {/* Keyed by id so moving to another organisation starts a fresh form. */}
      <Stack gap="xl">
        <EditOrganisationForm key={organisation.id} organisation={organisation} />
        {organisation.kind === OrganisationKind.ACADEMY ? <AcademyMembersSection academyId={organisation.id} /> : null}
      </Stack>
    </>
  );
}
