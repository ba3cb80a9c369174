import { describe, expect, it } from 'vitest';
import { greenhouse } from '../../../utils/sites/greenhouse';
import { cardSummary, extractListing } from '../helpers/adapters';

describe('Greenhouse board listings', () => {
  it('reads the classic board: one card per posting even when listed under two departments', () => {
    const cards = extractListing(greenhouse, 'https://boards.greenhouse.io/lumenwave');
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'greenhouse:5567012', title: 'Frontend Engineer II', company: 'Lumenwave', location: 'Seattle, WA | Remote (US)', mode: null, anchor: 'Frontend Engineer II' },
      { jobKey: 'greenhouse:5567044', title: 'Embedded Lighting Engineer', company: 'Lumenwave', location: 'Austin, TX', mode: null, anchor: 'Embedded Lighting Engineer' },
    ]);
    expect(cards[0]!.posting).toMatchObject({ url: 'https://boards.greenhouse.io/lumenwave/jobs/5567012', locations: ['Seattle, WA', 'Remote (US)'] });
  });

  it('reads the React board, leaving the "New" tag out of the title', () => {
    const cards = extractListing(greenhouse, 'https://job-boards.greenhouse.io/kestrel');
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'greenhouse:7781023', title: 'Site Reliability Engineer', company: 'Kestrel Labs', location: 'London, England, United Kingdom', mode: null, anchor: 'Site Reliability EngineerNew' },
      { jobKey: 'greenhouse:7781090', title: 'Network Engineer', company: 'Kestrel Labs', location: 'Remote', mode: 'remote', anchor: 'Network Engineer' },
    ]);
  });

  it('reads the embeddable board a company page frames: links to the company page keep the Greenhouse id', () => {
    const cards = extractListing(greenhouse, 'https://boards.greenhouse.io/embed/job_board?for=tidalwave&b=https%3A%2F%2Fcareers.tidalwave.example%2Fjobs%2F');
    expect(cards.map(cardSummary)).toEqual([
      { jobKey: 'greenhouse:4412345', title: 'Offshore Technician', company: 'Tidalwave', location: 'Orkney, Scotland', mode: null, anchor: 'Offshore Technician' },
      { jobKey: 'greenhouse:4412399', title: 'Marine Engineer', company: 'Tidalwave', location: 'Aberdeen, Scotland', mode: null, anchor: 'Marine Engineer' },
    ]);
    expect(cards[1]!.posting.url).toBe('https://careers.tidalwave.example/jobs/?gh_jid=4412399');
  });
});
