import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { problemSentence } from "./graphqlErrors";
import { explainRefusedSave, type SaveOutcome } from "./serverUserErrors";

/**
 * Submits a Mantine form through `onSave`. On success what was saved becomes
 * the new starting point for "unsaved changes"; on refusal the server's
 * messages go beside the fields they name and the rest above the form,
 * keeping what the user typed.
 */
export function useServerSave<Values>(
  form: UseFormReturnType<Values>,
  fields: readonly string[],
  fallback: string,
  onSave: (values: Values) => Promise<SaveOutcome>,
) {
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  async function handleSubmit(values: Values) {
    setProblems([]);
    setSaving(true);
    try {
      const outcome = await onSave(values);
      if (outcome.saved) {
        form.resetDirty(values);
        return;
      }
      const { byField, above } = explainRefusedSave(outcome.userErrors ?? [], fields, outcome.error ? problemSentence(outcome.error) : null, fallback);
      form.setErrors(byField);
      setProblems(above);
    } finally {
      setSaving(false);
    }
  }

  return { problems, saving, handleSubmit };
}
