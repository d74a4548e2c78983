import "@mantine/dates/styles.css";
import { createApiTokenMutation, partnerOrganisationOptionsQuery, type ApiScope } from "@ascent/client";
import { addDaysToLocalDate, organisationKindLabels, Role } from "@ascent/domain";
import { Button, Checkbox, Group, Stack, Text, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { apiTokenPaths } from "./paths";
import { BackLink } from "../../components/BackLink";
import { FormProblems } from "../../components/FormProblems";
import { OneTimeSecretModal } from "../../components/OneTimeSecretModal";
import { PageHeader } from "../../components/PageHeader";
import { RemoteSearchSelect } from "../../components/RemoteSearchSelect";
import { RequireRole } from "../../components/RequireRole";
import { tooLongMessage } from "../../lib/lengthLimit";
import { endOfLondonDay, londonToday } from "../../lib/londonTime";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { useServerSave } from "../../lib/useServerSave";
import { usePageTitle } from "../../lib/usePageTitle";
import { apiScopeOptions, isApiScope } from "./apiScopes";

const DEFAULT_LIFETIME_DAYS = 90;
/** The api accepts at most a year (366 days) from now. */
const MAX_LIFETIME_DAYS = 365;
const LABEL_MAX_LENGTH = 100;

interface ApiTokenFormValues {
  organisationId: string | null;
  scopes: ApiScope[];
  label: string;
  /** YYYY-MM-DD; the token works until the end of that day. */
  expiresOn: string | null;
}

const API_TOKEN_FORM_FIELDS = ["organisationId", "scopes", "label", "expiresOn"] as const;

function partnerOrganisationOptions(data: {
  organisations: { edges: readonly { node: { id: string; name: string; kind: keyof typeof organisationKindLabels } }[] };
}) {
  return data.organisations.edges.map(({ node }) => ({ value: node.id, label: node.name, description: organisationKindLabels[node.kind] }));
}

export function CreateApiTokenPage() {
  return (
    <RequireRole roles={[Role.ADMIN]} title="New API token">
      <CreateApiToken />
    </RequireRole>
  );
}

function CreateApiToken() {
  usePageTitle("New API token");
  const navigate = useNavigate();
  const [, createApiToken] = useMutation(createApiTokenMutation);
  const [issued, setIssued] = useState<{ token: string; label: string; organisation: string } | null>(null);
  // Days are London days: a token "expiring on 3 March" stops at the end of 3 March in London.
  const [today] = useState(() => londonToday());

  const form = useForm<ApiTokenFormValues>({
    initialValues: {
      organisationId: null,
      scopes: [],
      label: "",
      expiresOn: addDaysToLocalDate(today, DEFAULT_LIFETIME_DAYS),
    },
    validate: {
      organisationId: (value) => (value ? null : "Choose the organisation the token is for"),
      scopes: (value) => (value.length > 0 ? null : "Choose at least one scope"),
      label: (value) => (value.trim() ? tooLongMessage(value, LABEL_MAX_LENGTH) : "Give the token a label that says what it is for"),
      expiresOn: (value) => (value ? null : "Choose when the token stops working"),
    },
  });

  async function save(values: ApiTokenFormValues): Promise<SaveOutcome> {
    if (!values.organisationId || !values.expiresOn) return { saved: false };
    const result = await createApiToken({
      input: {
        organisationId: values.organisationId,
        scopes: values.scopes,
        label: values.label.trim(),
        expiresAt: endOfLondonDay(values.expiresOn),
      },
    });
    const payload = result.data?.createApiToken;
    if (payload?.apiToken && payload.token) {
      setIssued({ token: payload.token, label: payload.apiToken.label, organisation: payload.apiToken.organisation?.name ?? "" });
      return { saved: true };
    }
    // The form asks for a day; the api names the instant it stands for.
    const userErrors = (payload?.userErrors ?? []).map((userError) =>
      userError.field?.[0] === "expiresAt" ? { ...userError, field: ["expiresOn"] } : userError,
    );
    return { saved: false, userErrors, error: result.error };
  }

  const { problems, saving, handleSubmit } = useServerSave(form, {
    roots: API_TOKEN_FORM_FIELDS,
    fallback: "The server did not create the token. Try again.",
    onSave: save,
  });

  return (
    <>
      <PageHeader title="New API token" above={<BackLink to={apiTokenPaths.apiTokens}>Back to API tokens</BackLink>} />
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label="API token details">
        <Stack maw={640} gap="md">
          <FormProblems title="The token was not created" problems={problems} />
          <RemoteSearchSelect
            label="Organisation"
            description="The partner organisation (a trust, ICB or other body) the token acts for. Academies and providers cannot have tokens. Type to search."
            placeholder="Choose an organisation"
            required
            query={partnerOrganisationOptionsQuery}
            toOptions={partnerOrganisationOptions}
            value={form.values.organisationId}
            onChange={(organisationId) => form.setFieldValue("organisationId", organisationId)}
            error={form.errors.organisationId}
            nothingFound="No partner organisations found"
          />
          <Checkbox.Group
            label="Scopes"
            description="What the token may do. Give only what the partner needs."
            required
            value={form.values.scopes}
            onChange={(values) => form.setFieldValue("scopes", values.filter(isApiScope))}
            error={form.errors.scopes}
          >
            <Stack gap="xs" mt="xs">
              {apiScopeOptions.map((option) => (
                <Checkbox key={option.value} value={option.value} label={option.label} description={option.code} />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput
            label="Label"
            description="What the token is for, e.g. “Barts HR analytics”."
            required
            {...form.getInputProps("label")}
          />
          <DatePickerInput
            label="Expires on"
            description="The token stops working at the end of this day (at most a year from today)."
            required
            valueFormat="D MMMM YYYY"
            minDate={addDaysToLocalDate(today, 1)}
            maxDate={addDaysToLocalDate(today, MAX_LIFETIME_DAYS)}
            value={form.values.expiresOn}
            onChange={(value) => form.setFieldValue("expiresOn", value)}
            error={form.errors.expiresOn}
            w={260}
          />
          <Group>
            <Button type="submit" loading={saving}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
      <OneTimeSecretModal secret={issued?.token ?? null} title="Token created: copy it now" label="Token" onDone={() => navigate(apiTokenPaths.apiTokens)}>
        <Text size="sm">
          Give this token to {issued?.organisation || "the partner"} for &ldquo;{issued?.label}&rdquo;. Their systems send it
          as <code>Authorization: Bearer &lt;token&gt;</code>.
        </Text>
      </OneTimeSecretModal>
    </>
  );
}
