import { describe, expect, it } from 'vitest';
import { modeFromDescription } from '../../../utils/sites/description-mode';

describe('modeFromDescription', () => {
  it.each([
    ['Flexible hybrid working environment, with 3 days in the office.', 'hybrid'],
    ['Location-based hybrid policy: we expect all staff to be in one of our offices at least 25% of the time.', 'hybrid'],
    ['We work hybrid: two days a week in our Rotterdam office.', 'hybrid'],
    ['This is a hybrid role based in Leeds.', 'hybrid'],
    ['This is a fully remote role; we are a remote-first company.', 'remote'],
    ['The position is on-site at our Pune plant.', 'onsite'],
  ])('%s → %s', (text, mode) => {
    expect(modeFromDescription(text)).toBe(mode);
  });

  it.each([
    // perks and other jobs' titles are not this job's mode
    'A home office stipend, daily lunches and snacks in our office.',
    'Similar jobs: Staff Engineer (AU remote), Senior Backend Engineer (Remote, AUS)',
    'Our customers run hybrid cloud setups.',
    // two different modes stated: say nothing
    'This is a fully remote role. Hybrid working, 2 days a week in the office.',
    '',
  ])('%s → null', (text) => {
    expect(modeFromDescription(text)).toBeNull();
  });
});
