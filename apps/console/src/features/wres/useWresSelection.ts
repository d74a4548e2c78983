import { wresLatestYearQuery } from "@ascent/client";
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { defaultWresYear, FIRST_WRES_YEAR } from "./wresText";

export interface WresSelection {
  organisationId: string | null;
  year: number;
  setOrganisationId: (id: string | null) => void;
  setYear: (year: number) => void;
}

/** The organisation and data year, kept in the address (`?organisation=…&year=2024`) so views can be linked and bookmarked. */
export function useWresSelection(): WresSelection {
  const [params, setParams] = useSearchParams();
  const organisationId = params.get("organisation") || null;
  const yearParam = Number(params.get("year"));
  const yearChosen = Number.isInteger(yearParam) && yearParam >= FIRST_WRES_YEAR && yearParam <= new Date().getFullYear();
  // With no year in the address, open on the latest year anyone has returned for.
  const [{ data: latest }] = useQuery({ query: wresLatestYearQuery, pause: yearChosen });
  const year = yearChosen ? yearParam : (latest?.wresLatestYear ?? defaultWresYear());

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
  const setOrganisationId = useCallback((id: string | null) => update("organisation", id), [update]);
  const setYear = useCallback((value: number) => update("year", String(value)), [update]);
  return { organisationId, year, setOrganisationId, setYear };
}

/** A WRES address with the selection carried over. */
export function withSelection(path: string, organisationId: string | null, year: number): string {
  const params = new URLSearchParams();
  if (organisationId) params.set("organisation", organisationId);
  params.set("year", String(year));
  return `${path}?${params.toString()}`;
}
