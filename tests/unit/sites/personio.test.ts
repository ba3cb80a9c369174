import { describe, expect, it } from 'vitest';
import { personio } from '../../../utils/sites/personio';
import { extractJob } from '../helpers/adapters';

describe('Personio', () => {
  it('reads the JobPosting of a Personio job page', () => {
    const href = 'https://kranich.jobs.personio.de/job/1459023';
    expect(extractJob(personio, href)).toEqual({
      site: 'personio',
      jobKey: 'personio:kranich/1459023',
      url: href,
      title: 'Werkstudent Data Analytics (m/w/d)',
      company: 'Kranich Mobility GmbH',
      location: 'Hamburg, DE',
      locations: ['Hamburg, DE'],
      mode: null,
      postedSalary: null,
      employmentType: 'PART_TIME',
      datePosted: '2026-07-14',
      source: 'json-ld',
    });
  });
});
