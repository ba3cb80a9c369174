import type { UrlRow } from '../url-table';

export const rows: UrlRow[] = [
  { url: 'https://www.stepstone.de/stellenangebote--Senior-Data-Engineer-m-w-d-Berlin-Spreeblick-Mobility-GmbH--12345678-inline.html', adapter: 'stepstone', kind: 'job', jobKey: 'stepstone:12345678' },
  { url: 'https://www.stepstone.de/stellenangebote--Werkstudentin-AI-Automation-Manager-im-Hardwareentwicklungsumfeld-Sindelfingen-Mercedes-Benz-AG--13764605-inline.html?rltr=1_1', adapter: 'stepstone', kind: 'job', jobKey: 'stepstone:13764605' },
  { url: 'https://www.stepstone.at/stellenangebote--Java-Entwickler-in-Wien-Donaukanal-IT-GmbH--9876543-inline.html', adapter: 'stepstone', kind: 'job', jobKey: 'stepstone:9876543' },
  { url: 'https://www.stepstone.de/jobs/werkstudent-ai-engineer', adapter: 'stepstone', kind: 'listing' },
  { url: 'https://www.stepstone.de/jobs/data-engineer/in-berlin?radius=30', adapter: 'stepstone', kind: 'listing' },
  { url: 'https://www.stepstone.de/work/python', adapter: 'stepstone', kind: 'listing' },
  { url: 'https://www.stepstone.de/5/ergebnisliste.html?ke=java&ws=hamburg', adapter: 'stepstone', kind: 'listing' },
  // same host, not jobs
  { url: 'https://www.stepstone.de/', adapter: null, kind: 'none' },
  { url: 'https://www.stepstone.de/cmp/de/mercedes-benz-ag-237414/jobs', adapter: null, kind: 'none' },
  { url: 'https://www.stepstone.de/cmp/de/mercedes-benz-ag-237414', adapter: null, kind: 'none' },
  { url: 'https://www.stepstone.de/gehalt/Data-Engineer.html', adapter: null, kind: 'none' },
  { url: 'https://www.stepstone.de/magazin/artikel/bewerbung-tipps', adapter: null, kind: 'none' },
  { url: 'https://www.stepstone.de/candidate/profile', adapter: null, kind: 'none' },
];
