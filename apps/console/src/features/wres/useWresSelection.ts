import { wresLatestYearQuery } from "@ascent/client";
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { defaultWresYear, FIRST_WRES_YEAR } from "./wresText";

export interface WresSelection {
  organisationId: string | null;
  year: number;
  /** False while the year to open on is still being looked up: show nothing for `year` yet. */
  yearKnown: boolean;
  setOrganisationId: (id: string | null) => void;
  setYear: (year: number) => void;
}

/** The organisation and data year, kept in the address (`?organisation=…&year=2024`) so views can be linked and bookmarked. */
export function useWresSelection(): WresSelection {
  const [params, setParams] = useSearchParams();
  const organisationId = params.get("organisation") || null;
  const yearParam = Number(params.get("year"));
  const yearChosen = Number.isInteger(yearParam) && yearParam >= FIRST_WRES_YEAR && yearParam <= new Date().getFullYear();
  // With no year in the address, open on the organisation's own latest year with a return (anyone's, with no
  // organisation): another trust's new return must not move this one onto a year it has not returned for.
  const [{ data, error, operation }] = useQuery({ query: wresLatestYearQuery, variables: { organisationId }, pause: yearChosen });
  // Only an answer about this organisation counts (not the one before it).
  const answered = (data !== undefined || error !== undefined) && (operation?.variables.organisationId ?? null) === organisationId;
  const year = yearChosen ? yearParam : ((answered ? data?.wresLatestYear : null) ?? defaultWresYear());
  const yearKnown = yearChosen || answered;

  const update = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === null) next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  // A newly chosen organisation opens on its own latest year, like a link to it would.
  const setOrganisationId = useCallback(
    (id: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (id === null) next.delete("organisation");
          else next.set("organisation", id);
          next.delete("year");
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setYear = useCallback((value: number) => update("year", String(value)), [update]);
  return { organisationId, year, yearKnown, setOrganisationId, setYear };
}

/** A WRES address with the selection carried over. */
export function withSelection(path: string, organisationId: string | null, year: number): string {
  const params = new URLSearchParams();
  if (organisationId) params.set("organisation", organisationId);
  params.set("year", String(year));
  return `${path}?${params.toString()}`;
}
