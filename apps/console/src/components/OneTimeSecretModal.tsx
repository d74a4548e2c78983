import { ActionIcon, Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";

interface OneTimeSecretModalProps {
  /** The secret; the modal is open while it is set. */
  secret: string | null;
  title: string;
  /** The secret's name, used as the field's label ("Token", "Temporary password"). */
  label: string;
  children?: ReactNode;
  onDone: () => void;
}

/**
 * Shows a secret the server returns only once (a partner token, a generated
 * password), with a copy button and a plain warning that it cannot be shown
 * again. It closes only through its button, not by a stray click or Escape.
 */
export function OneTimeSecretModal({ secret, title, label, children, onDone }: OneTimeSecretModalProps) {
  return (
    <Modal
      opened={secret !== null}
      onClose={onDone}
      title={title}
      centered
      size="lg"
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
    >
      <Stack>
        {children}
        <TextInput
          label={label}
          readOnly
          value={secret ?? ""}
          styles={{ input: { fontFamily: "monospace" } }}
          onFocus={(event) => event.currentTarget.select()}
          rightSectionWidth={44}
          rightSection={
            <CopyButton value={secret ?? ""} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? "Copied" : "Copy"} withArrow>
                  <ActionIcon
                    variant={copied ? "filled" : "default"}
                    color={copied ? "green.9" : undefined}
                    onClick={copy}
                    aria-label={copied ? `${label} copied` : `Copy ${label.toLowerCase()}`}
                  >
                    {copied ? <CheckIcon /> : <CopyIcon />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
        />
        {/* Mantine's yellow title colour is too pale on its own background for AA contrast. */}
        <Alert color="yellow" variant="light" title="You won't see this again" styles={{ title: { color: "var(--mantine-color-black)" } }}>
          <Text size="sm">
            Ascent keeps only a fingerprint of it. Copy it now and pass it on securely; if it is lost, make a new one.
          </Text>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone}>I have copied it</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CopyIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <rect x="9" y="9" width="12" height="12" rx="2" />
      <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M5 12l5 5L20 7" />
    </svg>
  );
}
