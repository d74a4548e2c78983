import { createOrganisationMutation } from "@ascent/client";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { organisationPaths } from "./paths";
import { BackLink } from "../../components/BackLink";
import { PageHeader } from "../../components/PageHeader";
import { usePageTitle } from "../../lib/usePageTitle";
import { OrganisationForm } from "./OrganisationForm";
import { emptyOrganisationFormValues, toCreateOrganisationInput, type OrganisationFormValues } from "./organisationFormValues";
import type { SaveOutcome } from "../../lib/serverUserErrors";

export function CreateOrganisationPage() {
  usePageTitle("New organisation");
  const navigate = useNavigate();
  const [, createOrganisation] = useMutation(createOrganisationMutation);

  async function save(values: OrganisationFormValues): Promise<SaveOutcome> {
    const result = await createOrganisation({ input: toCreateOrganisationInput(values) });
    const payload = result.data?.createOrganisation;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.organisation) return { saved: false, userErrors: payload.userErrors };
    notifications.show({
      color: "green",
      title: "Organisation created",
      message: `${payload.organisation.name} has been added.`,
    });
    navigate(organisationPaths.organisations);
    return { saved: true };
  }

  return (
    <>
      <PageHeader title="New organisation" above={<BackLink to={organisationPaths.organisations}>Back to organisations</BackLink>} />
      <OrganisationForm initialValues={emptyOrganisationFormValues} submitLabel="Create organisation" onSave={save} />
    </>
  );
}
