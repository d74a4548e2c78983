import { applyCohortQuery, employerChoicesQuery, submitApplicationMutation } from "@ascent/client";
import {
  AFC_BANDS_IN_ORDER,
  afcBandLabels,
  AllocationPolicy,
  ApplicationQuestionKind,
  DEFAULT_POSITIVE_ACTION_DECLARATION,
  EligibilityRequirement,
  EthnicityCriterion,
  medicalGradeLabels,
  type AfcBand,
  type MedicalGrade,
  type StaffGroup,
} from "@ascent/domain";
import { Anchor, Autocomplete, Button, Checkbox, Group, List, Paper, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useMemo, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { BackLink } from "../../components/BackLink";
import { ErrorState } from "../../components/ErrorState";
import { FormProblems } from "../../components/FormProblems";
import { LoadingState } from "../../components/LoadingState";
import { staffGroupOptions } from "../../lib/domainOptions";
import { usePageTitle } from "../../lib/usePageTitle";
import { cataloguePaths } from "../catalogue";
import { applicationPaths } from "./paths";

const gradeOptions = [
  { group: "Agenda for Change", items: AFC_BANDS_IN_ORDER.map((band) => ({ value: `band:${band}`, label: afcBandLabels[band] })) },
  { group: "Medical and dental", items: (Object.keys(medicalGradeLabels) as MedicalGrade[]).map((grade) => ({ value: `grade:${grade}`, label: medicalGradeLabels[grade] })) },
];

interface FormState {
  name: string;
  email: string;
  employer: string;
  employerId: string | null;
  jobTitle: string;
  staffGroup: string | null;
  grade: string | null;
  declared: boolean;
  consent: boolean;
  managerName: string;
  managerEmail: string;
  mentor: boolean;
  followUp: boolean;
  answers: Record<string, string>;
}

const EMPTY: FormState = { name: "", email: "", employer: "", employerId: null, jobTitle: "", staffGroup: null, grade: null, declared: false, consent: false, managerName: "", managerEmail: "", mentor: false, followUp: false, answers: {} };

/** The public application form for one cohort; no sign-in. Its idempotency key lives as long as the page, so a double submit applies once. */
export function ApplyPage() {
  const { cohortId = "" } = useParams();
  const navigate = useNavigate();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: applyCohortQuery, variables: { id: cohortId } });
  const [submission, submit] = useMutation(submitApplicationMutation);
  const [form, setForm] = useState<FormState>(EMPTY);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [above, setAbove] = useState<string[]>([]);
  const [{ data: employers }] = useQuery({ query: employerChoicesQuery, variables: { search: form.employer }, pause: form.employer.trim().length < 2 });
  const employerOptions = useMemo(() => employers?.employerChoices ?? [], [employers]);
  const cohort = data?.cohort;
  usePageTitle(cohort ? `Apply: ${cohort.programme.title}` : "Apply");
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((current) => ({ ...current, [key]: value }));

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!data || fetching) return <LoadingState label="Loading the application form" lines={8} />;
  if (!cohort || !cohort.openForApplications || cohort.programme.status !== "PUBLISHED") {
    return (
      <Stack>
        <BackLink to={cataloguePaths.catalogue}>All programmes</BackLink>
        <Title order={1}>This cohort isn't taking applications</Title>
        <Text>
          It may have closed, or the link may be wrong.{" "}
          <Anchor component={Link} to={cataloguePaths.catalogue}>
            See the programmes taking applications
          </Anchor>
          .
        </Text>
      </Stack>
    );
  }

  const rules = cohort.eligibility;
  const positiveAction = rules.ethnicity === EthnicityCriterion.POSITIVE_ACTION_BME;
  const declaration = cohort.programme.positiveActionDeclaration ?? DEFAULT_POSITIVE_ACTION_DECLARATION;
  const needsManager = (rules.requirements ?? []).includes(EligibilityRequirement.LINE_MANAGER_SUPPORT);
  const needsMentor = (rules.requirements ?? []).includes(EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED);
  const questions = cohort.programme.applicationQuestions;
  const fcfs = cohort.allocationPolicy === AllocationPolicy.FIRST_COME_FIRST_SERVED;
  const err = (path: string) => fieldErrors[path];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const employerId = employerOptions.find((choice) => choice.name === form.employer)?.id ?? null;
    const result = await submit({
      input: {
        cohortId,
        idempotencyKey,
        applicant: {
          name: form.name,
          email: form.email,
          organisationId: employerId,
          organisationName: employerId ? null : form.employer,
          jobTitle: form.jobTitle,
          staffGroup: form.staffGroup as StaffGroup | null,
          band: form.grade?.startsWith("band:") ? (form.grade.slice(5) as AfcBand) : null,
          medicalGrade: form.grade?.startsWith("grade:") ? (form.grade.slice(6) as MedicalGrade) : null,
        },
        answers: questions.map((question) => ({ questionKey: question.key, value: form.answers[question.key] ?? "" })).filter((answer) => answer.value.trim() !== ""),
        positiveActionDeclaration: positiveAction ? { declared: form.declared, consent: form.consent } : null,
        lineManager: needsManager ? { name: form.managerName, email: form.managerEmail } : null,
        mentorOrCoachIdentified: needsMentor ? form.mentor : null,
        followUpConsent: form.followUp,
      },
    });
    const payload = result.data?.submitApplication;
    if (payload?.statusToken && payload.userErrors.length === 0) {
      navigate(applicationPaths.status(payload.statusToken), { state: { justSubmitted: true } });
      return;
    }
    const byField: Record<string, string> = {};
    const general: string[] = result.error ? ["We couldn't send your application. Check your connection and try again: it will only be counted once."] : [];
    for (const problem of payload?.userErrors ?? []) {
      const path = (problem.field ?? []).join(".");
      if (path) byField[path] = byField[path] ? `${byField[path]} ${problem.message}` : problem.message;
      if (!path || !KNOWN_FIELDS.some((known) => path.startsWith(known))) general.push(problem.message);
    }
    setFieldErrors(byField);
    setAbove(general.length > 0 || Object.keys(byField).length === 0 ? general : ["Some answers need attention: see the messages beside them."]);
  };

  return (
    <Stack gap="lg" maw={760}>
      <BackLink to={cataloguePaths.catalogueProgramme(cohort.programme.id)}>{cohort.programme.title}</BackLink>
      <Stack gap={4}>
        <Title order={1}>Apply to {cohort.programme.title}</Title>
        <Text c="dimmed">
          {cohort.name}
          {cohort.track ? ` (${cohort.track.name})` : ""} · run by {cohort.programme.academy.name}
          {cohort.applicationsCloseAtLondon ? ` · applications close ${cohort.applicationsCloseAtLondon.text}` : ""}
        </Text>
      </Stack>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={600}>
            {cohort.placesRemaining > 0 ? `${cohort.placesRemaining} of ${cohort.capacity} places left` : `All ${cohort.capacity} places are taken: ${cohort.waitlistLength} on the waiting list`}
          </Text>
          <Text size="sm">
            {fcfs
              ? "Places go in the order complete applications reach us. If none is left, you join the waiting list and are offered the next place that comes free."
              : "A selection panel chooses the cohort after applications close."}
            {needsManager ? ` While we ask your line manager to endorse your application, a free place is held for you for ${cohort.applicationSettings.holdDays} days.` : ""}
          </Text>
          <List size="sm">
            {cohort.eligibilitySummary.map((sentence) => (
              <List.Item key={sentence}>{sentence}</List.Item>
            ))}
          </List>
        </Stack>
      </Paper>

      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <FormProblems title="Your application was not sent" problems={above} />
          <Fieldset legend="About you">
            <TextInput label="Full name" required value={form.name} onChange={(e) => set("name", e.currentTarget.value)} error={err("applicant.name")} autoComplete="name" />
            <TextInput
              label="Work email"
              description="Your confirmation and private link to follow your application go here."
              required
              type="email"
              value={form.email}
              onChange={(e) => set("email", e.currentTarget.value)}
              error={err("applicant.email")}
              autoComplete="email"
            />
            <Autocomplete
              label="Your organisation"
              description="Start typing and choose it from the list; if it isn't listed, type its full name."
              required
              value={form.employer}
              onChange={(value) => set("employer", value)}
              data={employerOptions.map((choice) => choice.name)}
              error={err("applicant.organisationId") ?? err("applicant.organisationName")}
            />
            <TextInput label="Job title" required value={form.jobTitle} onChange={(e) => set("jobTitle", e.currentTarget.value)} error={err("applicant.jobTitle")} />
            <Group grow align="flex-start">
              <Select label="Staff group" required data={staffGroupOptions} value={form.staffGroup} onChange={(value) => set("staffGroup", value)} error={err("applicant.staffGroup")} />
              <Select label="Band or grade" placeholder="Choose" data={gradeOptions} value={form.grade} onChange={(value) => set("grade", value)} clearable error={err("applicant.band")} />
            </Group>
          </Fieldset>

          {positiveAction ? (
            <Fieldset legend="Positive action declaration">
              <Text size="sm">
                This is a positive action programme under the Equality Act 2010. Your declaration is used only to confirm that you can join it; it is not your equality monitoring answers and is not shared with your employer.
              </Text>
              <Checkbox label={declaration.statement} checked={form.declared} onChange={(e) => set("declared", e.currentTarget.checked)} />
              <Checkbox label={declaration.consent} checked={form.consent} onChange={(e) => set("consent", e.currentTarget.checked)} error={err("positiveActionDeclaration.consent")} />
            </Fieldset>
          ) : null}

          {needsManager ? (
            <Fieldset legend="Your line manager">
              <Text size="sm">The programme needs your line manager's support. We will email them a link to endorse your application.</Text>
              <TextInput label="Line manager's name" required value={form.managerName} onChange={(e) => set("managerName", e.currentTarget.value)} error={err("lineManager.name") ?? err("lineManager")} />
              <TextInput label="Line manager's work email" required type="email" value={form.managerEmail} onChange={(e) => set("managerEmail", e.currentTarget.value)} error={err("lineManager.email")} />
            </Fieldset>
          ) : null}

          {needsMentor ? (
            <Fieldset legend="Mentor or coach">
              <Checkbox label="I have identified a mentor or coach, or will before the programme starts" checked={form.mentor} onChange={(e) => set("mentor", e.currentTarget.checked)} />
            </Fieldset>
          ) : null}

          {questions.length > 0 ? (
            <Fieldset legend="Your answers">
              {questions.map((question) => {
                const value = form.answers[question.key] ?? "";
                const setAnswer = (answer: string) => set("answers", { ...form.answers, [question.key]: answer });
                const error = err(`answers.${question.key}`);
                if (question.kind === ApplicationQuestionKind.CHOICE) {
                  return <Select key={question.key} label={question.label} description={question.help} required={question.required} data={question.choices ?? []} value={value || null} onChange={(choice) => setAnswer(choice ?? "")} clearable error={error} />;
                }
                const limit = question.maxLength ?? (question.kind === ApplicationQuestionKind.LONG_TEXT ? 3000 : 200);
                const counter = `${value.length} of ${limit} characters`;
                return question.kind === ApplicationQuestionKind.LONG_TEXT ? (
                  <Textarea key={question.key} label={question.label} description={question.help ?? counter} required={question.required} autosize minRows={4} value={value} onChange={(e) => setAnswer(e.currentTarget.value)} error={error} />
                ) : (
                  <TextInput key={question.key} label={question.label} description={question.help} required={question.required} value={value} onChange={(e) => setAnswer(e.currentTarget.value)} error={error} />
                );
              })}
            </Fieldset>
          ) : null}

          <Fieldset legend="Your career afterwards (optional)">
            <Checkbox
              label="You may email me at 6, 12 and 24 months after the programme to ask how my career has moved on, even if I don't get a place"
              description="Comparing the careers of people who took part with those who applied but did not get a place shows whether the programme helps. Answers are used only in figures about the programme as a whole."
              checked={form.followUp}
              onChange={(e) => set("followUp", e.currentTarget.checked)}
            />
          </Fieldset>

          <Group>
            <Button type="submit" size="md" loading={submission.fetching}>
              Send my application
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

const KNOWN_FIELDS = ["applicant.", "lineManager", "positiveActionDeclaration", "answers."];

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <Paper component="fieldset" withBorder p="md" style={{ border: "1px solid var(--mantine-color-gray-3)" }}>
      <Title component="legend" order={2} size="h4" px={4}>
        {legend}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}
