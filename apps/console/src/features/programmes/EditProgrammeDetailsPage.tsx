import { useParams } from "react-router";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import { EditProgrammeForm } from "./EditProgrammeForm";
import { programmePaths } from "./paths";
import { PROGRAMME_EDITORS } from "./ProgrammesListPage";
import { useProgrammePage } from "./useProgrammePage";

export function EditProgrammeDetailsPage() {
  return (
    <RequireRole roles={PROGRAMME_EDITORS} title="Edit programme">
      <EditProgrammeDetails />
    </RequireRole>
  );
}

function EditProgrammeDetails() {
  const { programme, instead, backLink } = useProgrammePage((found) => `Edit ${found.title}`, useBackToProgramme());
  if (!programme) return instead;
  return (
    <>
      <PageHeader title={`Edit ${programme.title}`} above={backLink} />
      {/* Keyed by id so moving to another programme starts a fresh form. */}
      <EditProgrammeForm key={programme.id} programme={programme} doneTo={programmePaths.programme(programme.id)} />
    </>
  );
}

function useBackToProgramme() {
  const { id = "" } = useParams();
  return { to: programmePaths.programme(id), label: "Back to the programme" };
}
