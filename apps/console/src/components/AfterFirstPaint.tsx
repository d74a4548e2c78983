import { Skeleton, Stack, VisuallyHidden } from "@mantine/core";
import { startTransition, Suspense, useEffect, useState, type ReactNode } from "react";

/*
 * Pages with several heavy parts (the WRES dashboard's charts and tables) would
 * otherwise render them all in one task, so that the first chart is painted only
 * when the last table below the fold is ready. Parts wrapped in AfterFirstPaint
 * mount one at a time, in the order they were rendered, each after the browser
 * has painted what came before, and as a transition (React yields to the browser
 * while rendering them, so a click or a scroll is not held up). A part may be a
 * React.lazy component: the placeholder stays until its code has arrived.
 */

const waiting: Array<() => void> = [];
let pumping = false;

/** Mounts the next waiting part after the next paint (a frame, then a task after it). */
function pump() {
  if (pumping || waiting.length === 0) return;
  pumping = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      pumping = false;
      waiting.shift()?.();
    }, 0),
  );
}

interface AfterFirstPaintProps {
  children: ReactNode;
  /** Read out while waiting, like LoadingState's label. */
  label: string;
  /** The placeholder's height in px, roughly that of what is coming, so the page does not jump. */
  height?: number;
}

/** Renders `children` only once what is above it has been painted; a placeholder until then. */
export function AfterFirstPaint({ children, label, height = 240 }: AfterFirstPaintProps) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    if (mounted) {
      // This part has committed: the next one may start after the next paint.
      pump();
      return;
    }
    let active = true;
    const mount = () => {
      if (active) startTransition(() => setMounted(true));
      // Unmounted while waiting: let the next one go.
      else pump();
    };
    waiting.push(mount);
    pump();
    return () => {
      active = false;
      const index = waiting.indexOf(mount);
      if (index >= 0) waiting.splice(index, 1);
    };
  }, [mounted]);

  const placeholder = (
    <Stack gap="sm" aria-busy="true" role="status" mih={height}>
      <VisuallyHidden>{label}</VisuallyHidden>
      <Skeleton height={36} radius="sm" />
      <Skeleton height={Math.max(height - 48, 28)} radius="sm" />
    </Stack>
  );
  return mounted ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
