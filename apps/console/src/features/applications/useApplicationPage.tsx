import { applicationDetailQuery, type ApplicationDetailFieldsFragment } from "@ascent/client";
import { Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { ErrorState } from "../../components/ErrorState";
import { LoadingState } from "../../components/LoadingState";
import { PageHeader } from "../../components/PageHeader";
import { usePageTitle } from "../../lib/usePageTitle";
import { APPLICATION_TYPENAMES } from "./CohortApplicationsFrame";

type Detail = ApplicationDetailFieldsFragment;

/** node(id:) answers any type; the fragment's fields are there only for an Application. */
export const isApplication = (node: object | null | undefined): node is Detail => node != null && "reference" in node;

interface ApplicationPageOptions {
  /** The heading while the application loads or fails to. */
  title: string;
  /** The browser tab's title once it has loaded. */
  titleOf: (application: Detail) => string;
  loadingLines: number;
}

/**
 * The application at the address's id, or what to show instead: loading,
 * an error with Retry, or "not found" (another academy's is absent too).
 */
export function useApplicationPage({ title, titleOf, loadingLines }: ApplicationPageOptions): ({ application: Detail; instead: null } | { application: null; instead: ReactNode }) & { refetch: () => void } {
  const { id = "" } = useParams();
  const [{ data, error }, reexecute] = useQuery({ query: applicationDetailQuery, variables: { id }, requestPolicy: "cache-and-network", context: APPLICATION_TYPENAMES });
  const application = isApplication(data?.node) ? data.node : null;
  usePageTitle(application ? titleOf(application) : title);
  const refetch = () => reexecute({ requestPolicy: "network-only" });
  if (application) return { application, instead: null, refetch };
  if (error && !data) {
    return {
      application: null,
      instead: (
        <>
          <PageHeader title={title} />
          <ErrorState error={error} onRetry={refetch} />
        </>
      ),
      refetch,
    };
  }
  if (!data) {
    return {
      application: null,
      instead: (
        <>
          <PageHeader title={title} />
          <LoadingState label="Loading the application" lines={loadingLines} />
        </>
      ),
      refetch,
    };
  }
  return {
    application: null,
    instead: (
      <>
        <PageHeader title="Application not found" />
        <Text>There is no application of your academy at this address. It may have been mistyped.</Text>
      </>
    ),
    refetch,
  };
}
