import type { EligibilityRulesFieldsFragment } from "@ascent/client";
import {
  AFC_BANDS_IN_ORDER,
  afcBandLabels,
  EligibilityRequirement,
  EligibilityRuleKind,
  eligibilityRequirementLabels,
  EthnicityCriterion,
  evaluateEligibility,
  medicalGradeLabels,
  staffGroupLabels,
  type EligibilityApplicant,
  type MedicalGrade,
  type StaffGroup,
  type AfcBand,
} from "@ascent/domain";
import { Alert, Anchor, Button, Checkbox, List, Paper, Radio, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { eligibilityFromFragment } from "../programmes";
import { cataloguePaths } from "./paths";

interface Track {
  id: string;
  name: string;
  effectiveEligibility: EligibilityRulesFieldsFragment;
}

interface EligibilityCheckPanelProps {
  programmeEligibility: EligibilityRulesFieldsFragment;
  tracks: readonly Track[];
  academyName: string;
}

const gradeOptions = [
  { group: "Agenda for Change", items: AFC_BANDS_IN_ORDER.map((band) => ({ value: `band:${band}`, label: afcBandLabels[band] })) },
  {
    group: "Medical and dental",
    items: (Object.keys(medicalGradeLabels) as MedicalGrade[]).map((grade) => ({ value: `grade:${grade}`, label: medicalGradeLabels[grade] })),
  },
];
const staffGroupOptions = (Object.keys(staffGroupLabels) as StaffGroup[]).map((group) => ({ value: group, label: staffGroupLabels[group] }));
/** Alert titles in the text colour: Mantine's tinted titles fall below AA contrast. */
const readableTitle = { title: { color: "var(--mantine-color-text)" } };
const POSITIVE_ACTION_TITLE = "This programme is for staff who identify as Black, Asian or minority ethnic";
const yesNo = (value: string | null) => (value === "yes" ? true : value === "no" ? false : null);

/**
 * "Check if you're eligible": asks only what the programme's rules need and
 * answers with the reasons, using @ascent/domain's evaluateEligibility in the
 * browser. Nothing the visitor chooses is sent anywhere or saved.
 */
export function EligibilityCheckPanel({ programmeEligibility, tracks, academyName }: EligibilityCheckPanelProps) {
  const [trackId, setTrackId] = useState<string | null>(tracks[0]?.id ?? null);
  const [grade, setGrade] = useState<string | null>(null);
  const [staffGroup, setStaffGroup] = useState<string | null>(null);
  const [identifies, setIdentifies] = useState<string | null>(null);
  const [member, setMember] = useState<string | null>(null);
  const [requirements, setRequirements] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);

  const track = tracks.find((candidate) => candidate.id === trackId);
  const rules = eligibilityFromFragment(track ? track.effectiveEligibility : programmeEligibility);
  const asksGrade = Boolean(rules.bands?.length || rules.medicalGrades?.length);
  const asksStaffGroup = Boolean(rules.staffGroups?.length);
  const asksEthnicity = rules.ethnicity === EthnicityCriterion.POSITIVE_ACTION_BME;
  const asksMembership = rules.memberOrganisationsOnly === true;
  const required = rules.requirements ?? [];

  const applicant: EligibilityApplicant = {
    band: grade?.startsWith("band:") ? (grade.slice(5) as AfcBand) : null,
    medicalGrade: grade?.startsWith("grade:") ? (grade.slice(6) as MedicalGrade) : null,
    staffGroup: staffGroup as StaffGroup | null,
    identifiesAsBlackAsianOrMinorityEthnic: yesNo(identifies),
    organisationIsAcademyMember: yesNo(member),
    lineManagerSupports: requirements.includes(EligibilityRequirement.LINE_MANAGER_SUPPORT),
    mentorOrCoachIdentified: requirements.includes(EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED),
    equalityMonitoringFormCompleted: requirements.includes(EligibilityRequirement.EQUALITY_MONITORING_FORM),
  };
  const result = evaluateEligibility(rules, applicant, { academyName });
  const met = result.reasons.filter((reason) => reason.met);
  const unmet = result.reasons.filter((reason) => !reason.met);
  // Who a positive action programme is for is said once, as its title, rather than as a verdict on the visitor.
  const positiveActionUnmet = unmet.some((reason) => reason.rule === EligibilityRuleKind.POSITIVE_ACTION);
  const otherUnmet = unmet.filter((reason) => reason.rule !== EligibilityRuleKind.POSITIVE_ACTION);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="eligibility-check-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="eligibility-check-heading">
          Check if you're eligible
        </Title>
        <Text size="sm">Your answers stay in this browser: nothing is sent or saved.</Text>
        {tracks.length > 1 ? (
          <Select
            label="Which track?"
            data={tracks.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            value={trackId}
            allowDeselect={false}
            onChange={setTrackId}
          />
        ) : null}
        {asksGrade ? <Select label="Your band or grade" placeholder="Choose" data={gradeOptions} value={grade} onChange={setGrade} clearable /> : null}
        {asksStaffGroup ? (
          <Select label="Your staff group" placeholder="Choose" data={staffGroupOptions} value={staffGroup} onChange={setStaffGroup} clearable />
        ) : null}
        {asksEthnicity ? (
          <Radio.Group label="Do you identify as Black, Asian or minority ethnic?" value={identifies} onChange={setIdentifies}>
            <Stack gap="xs" mt="xs">
              <Radio value="yes" label="Yes" />
              <Radio value="no" label="No" />
            </Stack>
          </Radio.Group>
        ) : null}
        {asksMembership ? (
          <Radio.Group label={`Does your organisation belong to ${academyName}?`} value={member} onChange={setMember}>
            <Stack gap="xs" mt="xs">
              <Radio value="yes" label="Yes" />
              <Radio value="no" label="No" />
            </Stack>
          </Radio.Group>
        ) : null}
        {required.length > 0 ? (
          <Checkbox.Group label="You have" value={requirements} onChange={setRequirements}>
            <Stack gap="xs" mt="xs">
              {required.map((requirement) => (
                <Checkbox key={requirement} value={requirement} label={eligibilityRequirementLabels[requirement]} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        {!checked ? (
          <div>
            <Button onClick={() => setChecked(true)}>Check if you're eligible</Button>
          </div>
        ) : null}
        <div aria-live="polite">
          {checked ? (
            result.eligible ? (
              <Alert color="green" variant="light" title="You are eligible" styles={readableTitle}>
                {met.length === 0 ? (
                  <Text size="sm">The programme is open to everyone.</Text>
                ) : (
                  <>
                    <Text size="sm">You are eligible because:</Text>
                    <List size="sm">
                      {met.map((reason) => (
                        <List.Item key={reason.rule}>{reason.explanation}</List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Alert>
            ) : (
              <Alert color="yellow" variant="light" title={positiveActionUnmet ? POSITIVE_ACTION_TITLE : "You are not eligible yet"} styles={readableTitle}>
                {positiveActionUnmet ? (
                  <Text size="sm" mb="xs">
                    It is a positive action programme: under the Equality Act 2010 its places are kept for staff who identify as Black,
                    Asian or minority ethnic.{" "}
                    <Anchor component={Link} to={cataloguePaths.catalogue}>
                      Programmes open to all staff
                    </Anchor>{" "}
                    are in the catalogue.
                  </Text>
                ) : null}
                {otherUnmet.length > 0 ? (
                  <List size="sm">
                    {otherUnmet.map((reason) => (
                      <List.Item key={reason.rule}>{reason.explanation}</List.Item>
                    ))}
                  </List>
                ) : null}
                {met.length > 0 ? (
                  <>
                    <Text size="sm" mt="xs">
                      What you do meet:
                    </Text>
                    <List size="sm">
                      {met.map((reason) => (
                        <List.Item key={reason.rule}>{reason.explanation}</List.Item>
                      ))}
                    </List>
                  </>
                ) : null}
              </Alert>
            )
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}
