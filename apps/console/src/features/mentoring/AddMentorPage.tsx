import { addMentorMutation, viewerQuery } from "@ascent/client";
import { Role } from "@ascent/domain";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { PageHeader } from "../../components/PageHeader";
import { RequireRole } from "../../components/RequireRole";
import type { SaveOutcome } from "../../lib/serverUserErrors";
import { usePageTitle } from "../../lib/usePageTitle";
import { MentorForm, type MentorFormValues } from "./MentorForm";
import { mentorInputFields } from "./mentorInputFields";
import { mentoringPaths } from "./paths";

const emptyMentor: MentorFormValues = { academyId: null, name: "", email: "", organisationId: null, band: null, offers: null, expertise: "", capacity: "" };

export function AddMentorPage() {
  return (
    <RequireRole roles={[Role.ADMIN, Role.PROGRAMME_MANAGER]} title="Add to the directory">
      <AddMentor />
    </RequireRole>
  );
}

/** Expertise is typed one area per line; blank lines are the line breaks people leave, not areas. */

function AddMentor() {
  usePageTitle("Add to the directory");
  const navigate = useNavigate();
  const [{ data: viewer }] = useQuery({ query: viewerQuery });
  const [, addMentor] = useMutation(addMentorMutation);

  async function save(values: MentorFormValues): Promise<SaveOutcome> {
    const result = await addMentor({
      input: {
        academyId: values.academyId,
        ...mentorInputFields(values),
      },
    });
    const payload = result.data?.addMentor;
    if (result.error || !payload) return { saved: false, error: result.error };
    if (!payload.mentor) return { saved: false, userErrors: payload.userErrors };
    notifications.show({ color: "green", title: "Added to the directory", message: `${payload.mentor.name} can now be paired with participants.` });
    navigate(mentoringPaths.mentors);
    return { saved: true };
  }

  return (
    <>
      <PageHeader title="Add to the directory" above={<BackLink to={mentoringPaths.mentors}>Back to mentors and coaches</BackLink>} />
      <MentorForm initialValues={emptyMentor} choosesAcademy={viewer?.viewer?.user?.role === Role.ADMIN} onSave={save} />
    </>
  );
}
