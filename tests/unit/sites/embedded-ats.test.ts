import { describe, expect, it } from 'vitest';
import { embeddedAts, embeddedAtsOnPage } from '../../../utils/sites/embedded-ats';
import { greenhouse } from '../../../utils/sites/greenhouse';
import { cardSummary, extractJob, extractListing, readPay } from '../helpers/adapters';
import { fixtureDoc } from '../helpers/fixtures';

describe('embedded ATS on company domains', () => {
  it('reads a Greenhouse posting the company renders itself (?gh_jid=…), keyed like the Greenhouse job page', () => {
    const href = 'https://careers.tidalwave.example/openings/marine-engineer?gh_jid=4412399';
    expect(extractJob(embeddedAts, href)).toEqual({
      site: 'embedded-ats',
      jobKey: 'greenhouse:4412399',
      url: href,
      title: 'Marine Engineer',
      company: 'Tidalwave Energy Ltd',
      location: 'Aberdeen, Scotland',
      locations: ['Aberdeen, Scotland'],
      mode: null,
      postedSalary: { min: 52000, max: 64000, currency: 'GBP', period: 'year', flags: ['period_inferred'], raw: '£52,000 — £64,000 GBP' },
      employmentType: 'FULL_TIME',
      datePosted: '2026-07-21',
      source: 'json-ld',
    });
    expect(greenhouse.jobKey(new URL('https://boards.greenhouse.io/tidalwave/jobs/4412399'), document)).toBe('greenhouse:4412399');
  });

  it('leaves a posting shown in the Greenhouse iframe to that frame (greenhouse.ts on /embed/job_app)', () => {
    const href = 'https://careers.tidalwave.example/jobs/?gh_jid=4412345';
    const doc = fixtureDoc(href);
    const url = new URL(href);
    expect(embeddedAts.isJobPage(url)).toBe(true);
    expect(readPay(embeddedAts.extract(doc, url))).toBeNull();
    const page = embeddedAtsOnPage(doc, url);
    expect(page?.kind).toBe('job');
    const frame = new URL(page!.embeds[0]!.frame!);
    expect(page!.embeds[0]).toMatchObject({ ats: 'greenhouse', board: 'tidalwave' });
    expect(greenhouse.isJobPage(frame)).toBe(true);
    expect(greenhouse.jobKey(frame, document)).toBe('greenhouse:4412345');
  });

  it('leaves a posting shown in the Ashby iframe to that frame (ashby.ts)', () => {
    const href = 'https://careers.tidalwave.example/ai-roles?ashby_jid=7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const doc = fixtureDoc(href);
    expect(readPay(embeddedAts.extract(doc, new URL(href)))).toBeNull();
    expect(embeddedAtsOnPage(doc, new URL(href))?.embeds).toEqual([
      { ats: 'ashby', board: 'tidalwave', frame: 'https://jobs.ashbyhq.com/tidalwave/7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d?embed=js' },
    ]);
  });

  it('reads inline Lever embed rows and cards linking to ?gh_jid= pages as cards with the ATS jobKeys', () => {
    const href = 'https://careers.tidalwave.example/teams/engineering';
    expect(embeddedAtsOnPage(fixtureDoc(href), new URL(href))).toEqual({ kind: 'listing', embeds: [{ ats: 'lever', board: null, frame: null }] });
    const cards = extractListing(embeddedAts, href, { resolve: false });
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'lever:7a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', title: 'Embedded Software Engineer', company: 'Tidalwave Energy', location: 'Edinburgh, UK', mode: null, anchor: 'Embedded Software Engineer' },
      { jobKey: 'lever:1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9', title: 'Power Electronics Consultant', company: 'Tidalwave Energy', location: 'Remote, UK', mode: 'remote', anchor: 'Power Electronics Consultant' },
      { jobKey: 'greenhouse:4412399', title: 'Marine Engineer', company: 'Tidalwave Energy', location: 'Aberdeen, Scotland', mode: null, anchor: 'Marine Engineer' },
      // "Learn more" is a call to action: the card's heading is the title and the badge's anchor
      { jobKey: 'greenhouse:4412410', title: 'Site Reliability Engineer', company: 'Tidalwave Energy', location: 'Remote', mode: 'remote', anchor: 'Site Reliability Engineer' },
    ]);
  });

  it('finds nothing on a company page without ATS fingerprints, and never claims a known ATS host', () => {
    const plain = new DOMParser().parseFromString('<main><h1>About us</h1><a href="/jobs/">Jobs</a></main>', 'text/html');
    expect(embeddedAtsOnPage(plain, new URL('https://www.tidalwave.example/about'))).toBeNull();
    expect(embeddedAtsOnPage(fixtureDoc('https://careers.tidalwave.example/teams/engineering'), new URL('https://jobs.lever.co/tidalwave'))).toBeNull();
    expect(embeddedAts.isJobPage(new URL('https://boards.greenhouse.io/tidalwave/jobs/4412345?gh_jid=4412345'))).toBe(false);
  });
});
