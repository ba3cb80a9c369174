import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://meridiancoffee.teamtailor.com/jobs/4412908-barista-trainer', adapter: 'teamtailor', kind: 'job', jobKey: 'teamtailor:4412908' },
  { url: 'https://adaptiveteams.teamtailor.com/jobs/5560524-marketing-manager', adapter: 'teamtailor', kind: 'job', jobKey: 'teamtailor:5560524' },
  { url: 'https://meridiancoffee.teamtailor.com/sv/jobs/4412908-barista-trainer', adapter: 'teamtailor', kind: 'job', jobKey: 'teamtailor:4412908' },
  { url: 'https://meridiancoffee.teamtailor.com/jobs', adapter: 'teamtailor', kind: 'listing' },
  { url: 'https://meridiancoffee.teamtailor.com/jobs/4412908-barista-trainer/applications/new', adapter: null, kind: 'none' },
  { url: 'https://meridiancoffee.teamtailor.com/', adapter: null, kind: 'none' },
  { url: 'https://meridiancoffee.teamtailor.com/people', adapter: null, kind: 'none' },
  { url: 'https://www.teamtailor.com/en/careers/', adapter: null, kind: 'none' },
  // a custom career domain on Teamtailor: the generic adapter reads its JSON-LD
  { url: 'https://careers.meridiancoffee.example/jobs/4412908-barista-trainer', adapter: null, kind: 'none' },
];
