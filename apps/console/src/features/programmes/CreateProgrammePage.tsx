import { createProgrammeMutation } from "@ascent/client";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { programmePaths } from "./paths";
import { BackLink } from "../../components/BackLink";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { usePageTitle } from "../../lib/usePageTitle";
import { ProgrammeForm } from "./ProgrammeForm";
import { emptyProgrammeFormValues, toCreateProgrammeInput, type ProgrammeFormValues } from "./programmeFormValues";
import { PROGRAMME_EDITORS } from "./ProgrammesListPage";
import type { SaveOutcome } from "../../lib/serverUserErrors";

export function CreateProgrammePage() {
  return (
    <RequireRole roles={PROGRAMME_EDITORS} title="New programme">
      <CreateProgramme />
    </RequireRole>
  );
}

function CreateProgramme() {
  usePageTitle("New programme");
  const navigate = useNavigate();
  const [, createProgramme] = useMutation(createProgrammeMutation);

  async function save(values: ProgrammeFormValues): Promise<SaveOutcome> {
    const result = await createProgramme({ input: toCreateProgrammeInput(values) });
    const payload = result.data?.createProgramme;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.programme) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Programme created", message: `${payload.programme.title} has been saved as a draft.` });
    navigate(programmePaths.programme(payload.programme.id));
    return { saved: true };
  }

  return (
    <>
      <PageHeader title="New programme" above={<BackLink to={programmePaths.programmes}>Back to programmes</BackLink>} />
      <ProgrammeForm initialValues={emptyProgrammeFormValues} withTracks submitLabel="Create programme" onSave={save} />
    </>
  );
}
