import { describe, expect, it } from 'vitest';
import { JobPosting } from '../../../utils/schemas';
import { stepstone } from '../../../utils/sites/stepstone';
import { fixtureDoc } from '../helpers/fixtures';
import { readPay } from '../helpers/adapters';

const JOB = 'https://www.stepstone.de/stellenangebote--Senior-Data-Engineer-m-w-d-Berlin-Spreeblick-Mobility-GmbH--12345678-inline.html';
const SEARCH = 'https://www.stepstone.de/jobs/data-engineer/in-berlin?radius=30';

describe('StepStone', () => {
  it('reads a job page: JSON-LD first, pay "brutto/Jahr" from the metadata, home office from the work type', () => {
    const posting = readPay(stepstone.extract(fixtureDoc(JOB), new URL(JOB)));
    expect(posting).toEqual({
      site: 'stepstone',
      jobKey: 'stepstone:12345678',
      url: JOB,
      title: 'Senior Data Engineer (m/w/d)',
      company: 'Spreeblick Mobility GmbH',
      location: 'Berlin',
      locations: ['Berlin'],
      mode: 'remote_ok',
      postedSalary: { min: 68000, max: 82000, currency: 'EUR', period: 'year', flags: ['gross'], raw: '68.000 € – 82.000 € brutto/Jahr' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-05-11',
      source: 'json-ld',
    });
    expect(JobPosting.safeParse(posting).success).toBe(true);
  });

  it('reads search result cards: "Teilweise Home-Office" is hybrid, "Nur Home-Office" remote, none unknown', () => {
    const cards = stepstone.extractCards!(fixtureDoc(SEARCH), new URL(SEARCH));
    expect(cards.map((c) => readPay(c.posting))).toEqual([
      {
        site: 'stepstone',
        jobKey: 'stepstone:12345678',
        url: JOB,
        title: 'Senior Data Engineer (m/w/d)',
        company: 'Spreeblick Mobility GmbH',
        location: 'Berlin',
        locations: ['Berlin'],
        mode: 'hybrid',
        postedSalary: { min: 68000, max: 82000, currency: 'EUR', period: 'year', flags: ['period_inferred'], raw: '68.000 – 82.000 €' },
        employmentType: null,
        datePosted: '2026-05-11T09:30:00+02:00',
        source: 'dom',
      },
      {
        site: 'stepstone',
        jobKey: 'stepstone:12340001',
        url: 'https://www.stepstone.de/stellenangebote--Data-Engineer-Cloud-w-m-d-Berlin-Potsdam-Havelwerk-AG--12340001-inline.html',
        title: 'Data Engineer Cloud (w/m/d)',
        company: 'Havelwerk AG',
        location: 'Berlin, Potsdam',
        locations: ['Berlin', 'Potsdam'],
        mode: 'remote',
        postedSalary: null,
        employmentType: null,
        datePosted: '2026-05-09T08:00:00+02:00',
        source: 'dom',
      },
      {
        site: 'stepstone',
        jobKey: 'stepstone:12338888',
        url: 'https://www.stepstone.de/stellenangebote--Werkstudent-Data-Engineering-Berlin-Kiezkasse-GmbH--12338888-inline.html',
        title: 'Werkstudent Data Engineering',
        company: 'Kiezkasse GmbH',
        location: 'Berlin',
        locations: ['Berlin'],
        mode: null,
        postedSalary: null,
        employmentType: null,
        datePosted: null,
        source: 'dom',
      },
    ]);
    expect(cards.every((c) => c.anchor.getAttribute('data-at') === 'job-item-title')).toBe(true);
    expect(stepstone.jobKey(new URL(JOB), document)).toBe(cards[0]!.posting.jobKey);
  });
});
