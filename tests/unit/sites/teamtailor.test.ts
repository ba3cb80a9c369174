import { describe, expect, it } from 'vitest';
import { teamtailor } from '../../../utils/sites/teamtailor';
import { extractJob } from '../helpers/adapters';

describe('Teamtailor', () => {
  it('reads invalid-JSON JSON-LD leniently, skips the cookie dialogs\' h1s, keeps the shown location and remote status', () => {
    const href = 'https://meridiancoffee.teamtailor.com/jobs/4412908-barista-trainer';
    expect(extractJob(teamtailor, href)).toEqual({
      site: 'teamtailor',
      jobKey: 'teamtailor:4412908',
      url: href,
      title: 'Barista Trainer',
      company: 'Meridian Coffee',
      location: 'Gothenburg, Malmö',
      locations: ['Gothenburg, Västra Götaland, SE', 'Malmö, Skåne, SE'],
      // "Remote status: Hybrid remote" wins over nothing in JSON-LD
      mode: 'hybrid',
      // "kr" is read as SEK because the posting's places are in Sweden
      postedSalary: { min: 165, max: 185, currency: 'SEK', period: 'hour', flags: ['currency_from_country'], raw: 'Lön: 165–185 kr per timme, plus OB-tillägg.' },
      employmentType: 'PART_TIME',
      datePosted: '2026-06-18T09:12:00Z',
      source: 'json-ld',
    });
  });
});
