import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { problemSentence } from "./graphqlErrors";
import { explainRefusedSave, type SaveOutcome } from "./serverUserErrors";

interface ServerSaveOptions<Values> {
  /** The form's top-level fields, named as in the mutation's input; problems under them go beside them. */
  roots: readonly string[];
  /** Said above the form when the server refused without a reason. */
  fallback: string;
  onSave: (values: Values) => Promise<SaveOutcome>;
  /** Added above the form when some problems sit beside fields further down a long form. */
  fieldsNote?: string;
}

/**
 * The one way a console form is saved. On success what was saved becomes the
 * new starting point for "unsaved changes"; on refusal the server's messages
 * go beside the fields they name (`serverErrors`, by full path, for fields
 * inside lists) and the rest above the form, keeping what the user typed.
 */
export function useServerSave<Values>(form: UseFormReturnType<Values>, { roots, fallback, onSave, fieldsNote }: ServerSaveOptions<Values>) {
  const [problems, setProblems] = useState<string[]>([]);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  async function handleSubmit(values: Values) {
    setProblems([]);
    setServerErrors({});
    setSaving(true);
    try {
      const outcome = await onSave(values);
      if (outcome.saved) {
        form.resetDirty(values);
        return;
      }
      const { byField, above } = explainRefusedSave(outcome.userErrors ?? [], roots, outcome.error ? problemSentence(outcome.error) : null, fallback);
      form.setErrors(byField);
      setServerErrors(byField);
      setProblems(fieldsNote && Object.keys(byField).length > 0 ? [...above, fieldsNote] : above);
    } finally {
      setSaving(false);
    }
  }

  return { problems, saving, serverErrors, handleSubmit };
}
