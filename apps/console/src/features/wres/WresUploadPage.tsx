import { previewWresReturnCsvQuery, submitWresReturnMutation, wresCsvTemplateQuery, wresReturnsQuery, type PreviewWresReturnCsvQuery } from "@ascent/client";
import { parseWresReturnCsv, type WresCsvResult } from "@ascent/metrics";
import { Alert, Anchor, Box, Button, FileInput, Group, List, Progress, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useRef, useState } from "react";
import { Link } from "react-router";
import { useClient, useMutation, useQuery } from "urql";
import { wresPaths as paths } from "./paths";
import { RequireRole } from "../../components/RequireRole";
import { PageHeader } from "../../components/PageHeader";
import { problemSentence } from "../../lib/graphqlErrors";
import { usePageTitle } from "../../lib/usePageTitle";
import { CsvIssuesTable, mergeIssues } from "./CsvIssuesTable";
import { nextFrame, readFileInChunks } from "./readFileInChunks";
import { ReturnPreview } from "./ReturnPreview";
import { submitInputFrom } from "./submitInput";
import { useWresSelection, withSelection } from "./useWresSelection";
import { WRES_UPLOAD_ROLES } from "./wresRoles";
import { WresSelectors } from "./WresSelectors";
import { WresViewNav } from "./WresViewNav";

/** Success alerts: the title in the body text colour, because green on the tinted green background fails AA contrast. */
const READABLE_SUCCESS = { title: { color: "var(--mantine-color-text)" } };

/** The api checks at most this much text (a return is a few kB). */
const MAX_FILE_BYTES = 500_000;

type Phase = "idle" | "reading" | "checking" | "checked" | "failed";

interface Checked {
  fileName: string;
  text: string;
  year: number;
  local: WresCsvResult;
  server: PreviewWresReturnCsvQuery["previewWresReturnCsv"] | null;
  serverProblem: string | null;
}

interface Submitted {
  organisationId: string;
  year: number;
  version: number;
}

function Step({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} mt="lg">
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Box>
  );
}

export function WresUploadPage() {
  return (
    <RequireRole roles={WRES_UPLOAD_ROLES} title="Upload a WRES return">
      <UploadPage />
    </RequireRole>
  );
}

function UploadPage() {
  usePageTitle("Upload a WRES return");
  const client = useClient();
  const selection = useWresSelection();
  const { organisationId, year } = selection;
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState(0);
  const [stage, setStage] = useState("");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [submitErrors, setSubmitErrors] = useState<string[]>([]);
  const [downloading, setDownloading] = useState(false);
  const [{ fetching: submitting }, submitReturn] = useMutation(submitWresReturnMutation);
  const run = useRef(0);

  const [history] = useQuery({ query: wresReturnsQuery, variables: { organisationId: organisationId ?? "", year }, pause: !organisationId, requestPolicy: "cache-and-network" });
  const currentVersion = history.data?.wresReturns.find((version) => version.current) ?? null;

  async function downloadTemplate() {
    setDownloading(true);
    const result = await client.query(wresCsvTemplateQuery, {}).toPromise();
    setDownloading(false);
    if (result.error || !result.data) {
      setProblem(result.error ? problemSentence(result.error) : "The template could not be downloaded.");
      return;
    }
    const url = URL.createObjectURL(new Blob([result.data.wresCsvTemplate], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "wres-return-template.csv";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Checks text in the browser (the metrics package's parser) and on the server, reporting progress as it goes. */
  async function check(text: string, fileName: string, forYear: number, thisRun: number, from = 0.8) {
    setPhase("checking");
    setStage("Checking the figures in your browser");
    setProgress(from);
    await nextFrame();
    const local = parseWresReturnCsv(text, { year: forYear });
    if (run.current !== thisRun) return;
    setStage("Checking the figures on the server");
    setProgress(from + (1 - from) / 2);
    const result = await client.query(previewWresReturnCsvQuery, { csv: text, year: forYear }, { requestPolicy: "network-only" }).toPromise();
    if (run.current !== thisRun) return;
    setChecked({
      fileName,
      text,
      year: forYear,
      local,
      server: result.data?.previewWresReturnCsv ?? null,
      serverProblem: result.error ? problemSentence(result.error) : null,
    });
    setProgress(1);
    setStage("Checked");
    setPhase("checked");
  }

  async function chooseFile(chosen: File | null) {
    const thisRun = ++run.current;
    setFile(chosen);
    setChecked(null);
    setProblem(null);
    setSubmitted(null);
    setSubmitErrors([]);
    if (!chosen) {
      setPhase("idle");
      return;
    }
    if (chosen.size > MAX_FILE_BYTES) {
      setPhase("failed");
      setProblem(`${chosen.name} is ${Math.round(chosen.size / 1000)} kB; a WRES return is a few kB (at most ${MAX_FILE_BYTES / 1000} kB). Start from the template.`);
      return;
    }
    setPhase("reading");
    setStage("Reading the file");
    setProgress(0);
    try {
      const text = await readFileInChunks(chosen, (fraction) => {
        if (run.current === thisRun) setProgress(fraction * 0.8);
      });
      if (run.current !== thisRun) return;
      await check(text, chosen.name, year, thisRun);
    } catch (error) {
      if (run.current !== thisRun) return;
      setPhase("failed");
      setProblem(`${chosen.name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function changeYear(newYear: number) {
    selection.setYear(newYear);
    setSubmitted(null);
    // The year is part of the return: check the same file again for it.
    if (checked) void check(checked.text, checked.fileName, newYear, ++run.current, 0);
  }

  async function submit() {
    if (!checked?.local.input || !organisationId) return;
    setSubmitErrors([]);
    const result = await submitReturn({ input: submitInputFrom(checked.local.input, organisationId) });
    if (result.error) {
      setSubmitErrors([problemSentence(result.error)]);
      return;
    }
    const payload = result.data?.submitWresReturn;
    if (payload?.userErrors.length) {
      setSubmitErrors(payload.userErrors.map((error) => (error.field?.length ? `${error.field.join(".")}: ${error.message}` : error.message)));
      return;
    }
    if (payload?.wresReturn) {
      setSubmitted({ organisationId, year: payload.wresReturn.year, version: payload.wresReturn.version });
    }
  }

  const issues = checked ? mergeIssues(checked.local.issues, checked.server?.issues ?? []) : [];
  const valid = checked !== null && issues.length === 0 && checked.local.input !== null && checked.server?.valid === true;
  const busy = phase === "reading" || phase === "checking";

  return (
    <>
      <PageHeader title="Upload a WRES return" />
      <WresViewNav current="upload" organisationId={organisationId} year={year} canUpload />
      <Text size="sm" maw={760}>
        Fill in the template (one line per item, counts of people), then choose the file. It is checked in your browser and on the
        server; every problem is listed with its row and column, and nothing is saved until you submit. A new submission for the same
        year becomes the current version; earlier versions are kept.
      </Text>

      <Step id="step-template" title="1. Get the template">
        <Button variant="default" onClick={() => void downloadTemplate()} loading={downloading}>
          Download template
        </Button>
      </Step>

      <Step id="step-organisation" title="2. Organisation and year">
        <WresSelectors
          organisationId={organisationId}
          year={year}
          onOrganisationChange={(id) => {
            selection.setOrganisationId(id);
            setSubmitted(null);
          }}
          onYearChange={changeYear}
          organisationDescription="The organisation whose return this is. Type to search."
        />
      </Step>

      <Step id="step-file" title="3. Choose the file">
        <FileInput
          label="WRES return (CSV)"
          description="A .csv file in the template's format."
          placeholder="Choose a file"
          accept=".csv,text/csv"
          value={file}
          onChange={(chosen) => void chooseFile(chosen)}
          clearable
          clearButtonProps={{ "aria-label": "Clear the chosen file" }}
          w={420}
        />
        {phase !== "idle" && phase !== "failed" ? (
          <Stack gap={4} mt="sm" maw={420}>
            <Progress value={Math.round(progress * 100)} aria-label={`${stage}: ${Math.round(progress * 100)}%`} size="lg" animated={busy} />
            <Text size="sm" role="status">
              {stage}
              {busy ? ` … ${Math.round(progress * 100)}%` : ""}
            </Text>
          </Stack>
        ) : null}
        {problem ? (
          <Alert color="red" role="alert" mt="sm" title="The file was not checked">
            {problem}
          </Alert>
        ) : null}
      </Step>

      {checked && phase === "checked" ? (
        <Step id="step-check" title="4. Check and submit">
          {checked.serverProblem ? (
            <Alert color="red" role="alert" mb="sm" title="The server could not check the file">
              {checked.serverProblem}
            </Alert>
          ) : null}
          {issues.length > 0 ? (
            <>
              <Alert color="red" role="alert" mb="sm" title={`${checked.fileName} has ${issues.length} ${issues.length === 1 ? "problem" : "problems"}`}>
                Nothing has been saved. Correct every problem listed below in the file, then choose it again.
              </Alert>
              <CsvIssuesTable issues={issues} fileName={checked.fileName} />
            </>
          ) : null}
          {valid && checked.local.input ? (
            <>
              <Alert color="green.9" mb="sm" styles={READABLE_SUCCESS} title={`${checked.fileName} is ready to submit`}>
                {checked.local.dataRows} lines read; no problems found in your browser or on the server. Nothing is saved until you submit.
              </Alert>
              <ReturnPreview input={checked.local.input} />
              {submitErrors.length ? (
                <Alert color="red" role="alert" my="sm" title="The return was not saved">
                  <List size="sm">
                    {submitErrors.map((message) => (
                      <List.Item key={message}>{message}</List.Item>
                    ))}
                  </List>
                </Alert>
              ) : null}
              {submitted ? (
                <Alert color="green.9" role="status" my="sm" styles={READABLE_SUCCESS} title={`Version ${submitted.version} of the ${submitted.year} return saved`}>
                  <Anchor component={Link} to={withSelection(paths.wres, submitted.organisationId, submitted.year)}>
                    See the dashboard with the new figures
                  </Anchor>
                </Alert>
              ) : (
                <Group mt="md" align="center">
                  <Button onClick={() => void submit()} loading={submitting} disabled={!organisationId}>
                    Submit return
                  </Button>
                  <Text size="sm">
                    {!organisationId
                      ? "Choose the organisation first."
                      : currentVersion
                        ? `This will replace version ${currentVersion.version} for ${year}; earlier versions are kept.`
                        : `This will be the first return for ${year}.`}
                  </Text>
                </Group>
              )}
            </>
          ) : null}
        </Step>
      ) : null}
    </>
  );
}
