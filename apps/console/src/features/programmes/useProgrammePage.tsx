import { programmeQuery, type ProgrammeDetailsFragment } from "@ascent/client";
import { Anchor, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { usePageTitle } from "../../lib/usePageTitle";
import { programmePaths } from "./paths";

// A programme's first track (or cohort) is not in its cached answer yet, so name those types for urql to refetch it after they are added.
const REFETCH_AFTER_CHANGES_TO = { additionalTypenames: ["Track", "Cohort"] };

/**
 * The programme named by the address, or the page to show instead while it
 * loads, when it failed, or when there is no such programme.
 */
export function useProgrammePage(titleFor: (programme: ProgrammeDetailsFragment) => string, back: { to: string; label: string } | null = null) {
  const { id = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: programmeQuery, variables: { id }, context: REFETCH_AFTER_CHANGES_TO });
  const programme = data?.programme ?? null;
  usePageTitle(programme ? titleFor(programme) : data ? "Programme not found" : "Programme");
  const backLink = <BackLink to={back?.to ?? programmePaths.programmes}>{back?.label ?? "Back to programmes"}</BackLink>;

  let instead: ReactNode = null;
  if (error && !data) {
    instead = (
      <>
        <PageHeader title="Programme" above={backLink} />
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      </>
    );
  } else if (!data) {
    instead = (
      <>
        <PageHeader title="Programme" above={backLink} />
        <LoadingState label="Loading the programme" lines={8} />
      </>
    );
  } else if (!programme) {
    instead = (
      <>
        <PageHeader title="Programme not found" above={backLink} />
        <Text>
          There is no programme at this address. It may have been removed, or the link may be wrong.{" "}
          <Anchor component={Link} to={programmePaths.programmes}>
            See all programmes
          </Anchor>
          .
        </Text>
      </>
    );
  }
  return { programme, instead, backLink };
}
