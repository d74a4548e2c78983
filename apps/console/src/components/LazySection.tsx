import { Alert, Button, Group, Text } from "@mantine/core";
import { Component, lazy, useState, type ComponentType, type ErrorInfo, type ReactNode } from "react";
import { failedModuleUrl, isPageDownloadError } from "../lib/pageDownloadError";

/*
 * A part of a page whose code downloads on its own, after the page (React.lazy), like the WRES dashboard's sections
 * below the band chart. Without a boundary of its own, a part whose code cannot be downloaded (offline, or a release
 * replaced the files) takes the whole page down to "The page could not be downloaded", and the figures the user was
 * reading with it. With one, only that part says so, with a button that downloads it again.
 */

interface DownloadBoundaryProps {
  /** What the part shows, as the start of a sentence: "The trend". */
  title: string;
  onRetry: (error: unknown) => void;
  children: ReactNode;
}

/** Catches a failed download of its children's code; any other error goes on up, to the page's own error handling. */
class DownloadBoundary extends Component<DownloadBoundaryProps, { caught: { error: unknown } | null }> {
  override state = { caught: null as { error: unknown } | null };

  static getDerivedStateFromError(error: unknown) {
    return { caught: { error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Leave a trace for whoever opens the developer tools or collects browser logs, as the error page does.
    if (isPageDownloadError(error)) console.error(`${this.props.title} could not be downloaded`, error, info.componentStack);
  }

  override render() {
    const { caught } = this.state;
    if (!caught) return this.props.children;
    if (!isPageDownloadError(caught.error)) throw caught.error;
    return (
      <Alert color="red" variant="light" title={`${this.props.title} could not be downloaded`} role="alert">
        <Text size="sm">
          The connection may have dropped, or the console has been updated since you opened this page. The rest of the page is still here. If
          trying again does not help, reload the page.
        </Text>
        <Group mt="sm">
          <Button variant="default" size="sm" onClick={() => this.props.onRetry(caught.error)}>
            Try again
          </Button>
        </Group>
      </Alert>
    );
  }
}

let retries = 0;

/**
 * A lazily loaded part of a page, as React.lazy(() => load().then(pick)), that shows inline with "Try again" if its
 * code cannot be downloaded instead of failing the page. `title` names the part in that message ("The trend").
 */
export function lazySection<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>, title: string): ComponentType<P> {
  const asDefault = (module: M) => ({ default: pick(module) });
  // Shared by every use, so the code downloads once, as with React.lazy; a lazy component keeps a failed download's
  // error for good, so trying again needs a new one.
  let current = lazy(() => load().then(asDefault));
  const again = (error: unknown) => {
    const url = failedModuleUrl(error);
    // The same address would fail again at once (failedModuleUrl): the same file under a new one. Its own imports are
    // the page's, already downloaded.
    retries += 1;
    return url ? (import(/* @vite-ignore */ `${url}${url.includes("?") ? "&" : "?"}retry=${retries}`) as Promise<M>) : load();
  };

  function LazySection(props: P) {
    const [attempt, setAttempt] = useState({ Part: current as ComponentType<P>, number: 0 });
    const retry = (error: unknown) => {
      if (attempt.Part === current) current = lazy(() => again(error).then(asDefault));
      setAttempt({ Part: current as ComponentType<P>, number: attempt.number + 1 });
    };
    return (
      <DownloadBoundary key={attempt.number} title={title} onRetry={retry}>
        <attempt.Part {...props} />
      </DownloadBoundary>
    );
  }
  LazySection.displayName = `LazySection(${title})`;
  return LazySection;
}
