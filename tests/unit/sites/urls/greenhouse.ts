import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://boards.greenhouse.io/anthropic/jobs/4182383008', adapter: 'greenhouse', kind: 'job', jobKey: 'greenhouse:4182383008' },
  { url: 'https://boards.greenhouse.io/anthropic/jobs/4182383008?gh_src=abc123', adapter: 'greenhouse', kind: 'job', jobKey: 'greenhouse:4182383008' },
  { url: 'https://job-boards.greenhouse.io/figma/jobs/5301234004', adapter: 'greenhouse', kind: 'job', jobKey: 'greenhouse:5301234004' },
  { url: 'https://job-boards.eu.greenhouse.io/n26/jobs/6123456', adapter: 'greenhouse', kind: 'job', jobKey: 'greenhouse:6123456' },
  { url: 'https://boards.greenhouse.io/embed/job_app?for=stripe&token=6011234', adapter: 'greenhouse', kind: 'job', jobKey: 'greenhouse:6011234' },
  { url: 'https://boards.greenhouse.io/anthropic', adapter: 'greenhouse', kind: 'listing' },
  { url: 'https://job-boards.greenhouse.io/figma/', adapter: 'greenhouse', kind: 'listing' },
  { url: 'https://boards.greenhouse.io/lumenwave', adapter: 'greenhouse', kind: 'listing' },
  { url: 'https://job-boards.greenhouse.io/kestrel', adapter: 'greenhouse', kind: 'listing' },
  // the board a company page frames (#grnhse_app → iframe#grnhse_iframe)
  { url: 'https://boards.greenhouse.io/embed/job_board?for=tidalwave&b=https%3A%2F%2Fcareers.tidalwave.example%2Fjobs%2F', adapter: 'greenhouse', kind: 'listing' },
  { url: 'https://boards.greenhouse.io/embed/job_board/js?for=tidalwave', adapter: null, kind: 'none' },
  { url: 'https://boards.greenhouse.io/embed', adapter: null, kind: 'none' },
  { url: 'https://boards.greenhouse.io/', adapter: null, kind: 'none' },
  { url: 'https://www.greenhouse.io/careers', adapter: null, kind: 'none' },
  { url: 'https://boards.greenhouse.io/anthropic/jobs/', adapter: null, kind: 'none' },
  { url: 'https://api.greenhouse.io/v1/boards/airtable/jobs', adapter: null, kind: 'none' },
  { url: 'https://boards.greenhouse.io.evil.example/anthropic/jobs/4182383008', adapter: null, kind: 'none' },
];
