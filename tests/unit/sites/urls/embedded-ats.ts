import type { UrlRow } from '../url-table';

/**
 * Company pages with an embedded ATS, recognised by the embed's query parameter. Boards embedded
 * without one (#grnhse_app, Lever/Ashby embeds) have no URL shape: the content script asks
 * embeddedAtsOnPage(document, url) on opted-in pages (see embedded-ats.ts), so their rows are
 * 'none' here.
 */
export const rows: UrlRow[] = [
  { url: 'https://careers.tidalwave.example/jobs/?gh_jid=4412345', adapter: 'embedded-ats', kind: 'job', jobKey: 'greenhouse:4412345' },
  { url: 'https://careers.tidalwave.example/ai-roles?ashby_jid=7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d', adapter: 'embedded-ats', kind: 'job', jobKey: 'ashby:7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
  { url: 'https://www.pinterestcareers.com/en/jobs/5505983/sr-staff-machine-learning-engineer-ads-content-integrity-quality/?gh_jid=5505983', adapter: 'embedded-ats', kind: 'job', jobKey: 'greenhouse:5505983' },
  { url: 'https://careers.tidalwave.example/openings/marine-engineer?gh_jid=4412399', adapter: 'embedded-ats', kind: 'job', jobKey: 'greenhouse:4412399' },
  { url: 'https://careers.tidalwave.example/jobs/', adapter: null, kind: 'none' },
  { url: 'https://careers.tidalwave.example/teams/engineering', adapter: null, kind: 'none' },
  { url: 'https://careers.tidalwave.example/jobs/?gh_jid=abc', adapter: null, kind: 'none' },
  { url: 'https://careers.tidalwave.example/jobs/?gh_src=linkedin', adapter: null, kind: 'none' },
  // on the ATS's own host the ATS adapter reads it, whatever the query says
  { url: 'https://boards.greenhouse.io/tidalwave/jobs/4412345?gh_jid=4412345', adapter: 'greenhouse', kind: 'job', jobKey: 'greenhouse:4412345' },
];
