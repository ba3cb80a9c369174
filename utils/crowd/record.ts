/**
 * What sharing sends for one of the user's submissions: a coarsened record of the sharing
 * service's wire contract (server/wire.ts `SubmissionBody`) — role family and SOC, level,
 * country, metro or region, a known employer's id, a years-of-experience band, pay, year. Never
 * free text (no title, no typed company name), never a URL, never an exact place. The options
 * page shows exactly these records before sharing is turned on.
 */
import { isKnownCompanyId } from '../normalize/company';
import { resolvedOf } from '../normalize/posting';
import type { Submission } from '../schemas';

export interface WireSubmission {
  family: string | null;
  level: string;
  soc: string | null;
  country: string;
  area: string | null;
  company: string | null;
  yoe: '0-1' | '2-4' | '5-9' | '10-14' | '15+';
  base: number;
  total: number | null;
  currency: string;
  period: 'year';
  year: number;
}

export type Coarsened = { ok: true; record: WireSubmission } | { ok: false; reason: string };

export function yoeBand(years: number): WireSubmission['yoe'] {
  return years < 2 ? '0-1' : years < 5 ? '2-4' : years < 10 ? '5-9' : years < 15 ? '10-14' : '15+';
}

/** The record sharing would send for a submission, or why it cannot be shared. */
export function coarsen(s: Submission, userCountry: string | null, now = new Date()): Coarsened {
  const r = resolvedOf(s, userCountry);
  if (!r.family && !r.soc) return { ok: false, reason: 'PayLens does not recognise the role, so there is no cell to add it to.' };
  if (!r.place.country) return { ok: false, reason: 'Add a location (at least the country) to share this salary.' };
  if (s.yearsExperience === null) return { ok: false, reason: 'Add your years of experience to share this salary.' };
  const year = Number(s.createdAt.slice(0, 4));
  const thisYear = now.getUTCFullYear();
  if (year !== thisYear && year !== thisYear - 1) return { ok: false, reason: 'Only salaries from this year or last are shared.' };
  return {
    ok: true,
    record: {
      family: r.family,
      level: r.level,
      soc: r.soc ?? null,
      country: r.place.country,
      // the metro, else the region (state/province); never the city or street
      area: r.place.remote ? null : (r.place.metro ?? r.place.state ?? null),
      company: isKnownCompanyId(r.companyId) ? r.companyId : null,
      yoe: yoeBand(s.yearsExperience),
      base: Math.round(s.annualBase),
      total: s.annualTotal === null ? null : Math.round(s.annualTotal),
      currency: s.currency,
      period: 'year',
      year,
    },
  };
}
