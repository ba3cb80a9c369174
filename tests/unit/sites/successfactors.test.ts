import { describe, expect, it } from 'vitest';
import { successfactors } from '../../../utils/sites/successfactors';
import { extractJob } from '../helpers/adapters';

describe('SAP SuccessFactors', () => {
  it('reads a classic career-site posting from its field table (monthly EUR pay)', () => {
    const href = 'https://career5.successfactors.eu/career?career_ns=job_listing&company=AlpenwerkP&navBarLevel=JOB_SEARCH&career_job_req_id=48211';
    expect(extractJob(successfactors, href)).toEqual({
      site: 'successfactors',
      jobKey: 'successfactors:alpenwerkp/48211',
      url: href,
      title: 'Process Engineer',
      // no company name on the page: the company id from the URL, without its "P" (production) suffix
      company: 'Alpenwerk',
      location: 'Linz, Upper Austria, AT',
      locations: ['Linz, Upper Austria, AT'],
      mode: null,
      postedSalary: { min: 4200, max: 4200, currency: 'EUR', period: 'month', flags: ['gross'], raw: 'EUR 4.200 brutto pro Monat (14x)' },
      employmentType: 'Full time',
      datePosted: null,
      source: 'dom',
    });
  });

  it('reads a Recruiting Marketing (jobs2web) page from its microdata and data-careersite-propertyid spans', () => {
    const href = 'https://jobs.sap.com/job/Walldorf-Senior-Developer-69190/1069871701/';
    expect(extractJob(successfactors, href)).toEqual({
      site: 'successfactors',
      jobKey: 'successfactors:jobs.sap.com/1069871701',
      url: href,
      title: 'Senior Developer',
      company: 'SAP',
      location: 'Walldorf, DE, 69190',
      locations: ['Walldorf, DE, 69190'],
      mode: null,
      postedSalary: null,
      employmentType: null,
      datePosted: 'Fri Aug 14 02:00:00 UTC 2026',
      source: 'microdata',
    });
  });
});
