import { describe, expect, it } from 'vitest';
import { icims } from '../../../utils/sites/icims';
import { extractJob, readPay } from '../helpers/adapters';

describe('iCIMS', () => {
  it('reads the posting inside the portal frame: header fields as dt/dd, the salary range field', () => {
    const href = 'https://careers-ferrovia.icims.com/jobs/4821/maintenance-planner/job';
    expect(extractJob(icims, href)).toEqual({
      site: 'icims',
      jobKey: 'icims:careers-ferrovia/4821',
      url: href,
      title: 'Maintenance Planner',
      company: 'Ferrovia Rail Services',
      location: 'US-CO-Denver',
      locations: ['US-CO-Denver'],
      mode: null,
      postedSalary: { min: 68000, max: 82000, currency: 'USD', period: 'year', flags: [], raw: '$68,000 - $82,000 / year' },
      employmentType: 'Regular Full-Time',
      datePosted: null,
      source: 'dom',
    });
  });

  it('the frame URL (?in_iframe=1) is the same posting', () => {
    expect(icims.jobKey(new URL('https://careers-ferrovia.icims.com/jobs/4821/maintenance-planner/job?in_iframe=1'), document)).toBe('icims:careers-ferrovia/4821');
  });

  it('yields nothing on the outer portal page, whose posting is in iframe#icims_content_iframe', () => {
    const outer = new DOMParser().parseFromString(
      '<html><head><title>Maintenance Planner | Ferrovia</title></head><body><h1>Careers at Ferrovia</h1>' +
        '<div id="icims_iframe_span"><iframe id="icims_content_iframe"></iframe></div></body></html>',
      'text/html',
    );
    expect(readPay(icims.extract(outer, new URL('https://careers-ferrovia.icims.com/jobs/4821/maintenance-planner/job')))).toBeNull();
  });

  it('combines separate Salary Min / Salary Max fields into one range', () => {
    const doc = new DOMParser().parseFromString(
      '<h1 class="iCIMS_Header">Conductor Trainee</h1><div class="iCIMS_JobHeaderGroup"><dl>' +
        '<div class="iCIMS_JobHeaderTag"><dt>Job Locations</dt><dd>US-NE-Omaha</dd></div>' +
        '<div class="iCIMS_JobHeaderTag"><dt>Salary Min</dt><dd>$21.50</dd></div>' +
        '<div class="iCIMS_JobHeaderTag"><dt>Salary Max</dt><dd>$26.00 / hour</dd></div></dl></div>',
      'text/html',
    );
    expect(readPay(icims.extract(doc, new URL('https://careers-ferrovia.icims.com/jobs/5002/job')))?.postedSalary).toMatchObject({ min: 21.5, max: 26, currency: 'USD', period: 'hour' });
  });
});
