import { createCohortMutation } from "@ascent/client";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { cohortPaths } from "./paths";
import { BackLink } from "../../components/BackLink";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { usePageTitle } from "../../lib/usePageTitle";
import { CohortForm } from "./CohortForm";
import { emptyCohortFormValues, toCreateCohortInput, type CohortFormValues } from "./cohortFormValues";
import { COHORT_MANAGERS } from "./CohortsListPage";
import type { SaveOutcome } from "../../lib/serverUserErrors";

export function CreateCohortPage() {
  return (
    <RequireRole roles={COHORT_MANAGERS} title="New cohort">
      <CreateCohort />
    </RequireRole>
  );
}

function CreateCohort() {
  usePageTitle("New cohort");
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const [initialValues] = useState(() => emptyCohortFormValues(query.get("programme") || null));
  const [, createCohort] = useMutation(createCohortMutation);

  async function save(values: CohortFormValues): Promise<SaveOutcome> {
    const result = await createCohort({ input: toCreateCohortInput(values) });
    const payload = result.data?.createCohort;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.cohort) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Cohort created", message: `${payload.cohort.name} is planned. Open it when you are ready for applications.` });
    navigate(cohortPaths.cohort(payload.cohort.id));
    return { saved: true };
  }

  return (
    <>
      <PageHeader title="New cohort" above={<BackLink to={cohortPaths.cohorts}>Back to cohorts</BackLink>} />
      <CohortForm initialValues={initialValues} submitLabel="Create cohort" onSave={save} />
    </>
  );
}
