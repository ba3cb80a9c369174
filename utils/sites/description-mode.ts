/**
 * The work mode a posting's description states in a sentence, for pages that have no workplace
 * chip (LinkedIn's guest page, Greenhouse boards): "Flexible hybrid working environment, with 3
 * days in the office", "Location-based hybrid policy: … in one of our offices at least 25% of the
 * time", "This is a fully remote role".
 *
 * Deliberately narrow: only phrases that say how THIS job is worked. A bare "remote" or "office"
 * (perks: "home office stipend", "snacks in our office"; other jobs' titles) never counts. When
 * the text states two different modes, it says nothing we can trust: null.
 */
import type { WorkMode } from '../schemas';

/** Phrases, as data. Each is tested on the whole (bounded) description. */
const DESCRIPTION_MODES: readonly (readonly [RegExp, WorkMode])[] = [
  [/\bhybrid[- ](?:work(?:ing)?|policy|role|model|arrangement|environment|position|schedule|set-?up|basis|pattern|approach|opportunity)\b/i, 'hybrid'],
  [/\b(?:this|the) (?:role|position|job) is (?:a )?hybrid\b/i, 'hybrid'],
  [/\bwe work (?:a )?hybrid\b/i, 'hybrid'],
  [/\b(?:[1-4]|one|two|three|four) days? (?:a|per|each) week (?:in|at|from) (?:the|our|an?)(?: [A-Z][\w-]+){0,2} office\b/i, 'hybrid'],
  [/\b(?:[1-4]|one|two|three|four) days? in (?:the|our)(?: [A-Z][\w-]+){0,2} office\b/i, 'hybrid'],
  [/\bin (?:one of )?our offices? (?:at least )?\d{1,2} ?% of the time\b/i, 'hybrid'],
  [/\b(?:fully|100 ?%|completely|entirely|permanently) remote\b/i, 'remote'],
  [/\bremote[- ]first (?:company|team|role|culture)\b/i, 'remote'],
  [/\b(?:this|the) (?:role|position|job) is (?:a )?remote\b/i, 'remote'],
  [/\b(?:fully|100 ?%) (?:on-?site|in[- ]office|office[- ]based)\b/i, 'onsite'],
  [/\b(?:this|the) (?:role|position|job) is (?:an? )?(?:on-?site|in[- ]office|office[- ]based)\b/i, 'onsite'],
];

const MAX_TEXT = 30_000;

export function modeFromDescription(text: string | null | undefined): WorkMode | null {
  if (!text) return null;
  const bounded = text.slice(0, MAX_TEXT);
  let found: WorkMode | null = null;
  for (const [re, mode] of DESCRIPTION_MODES) {
    if (!re.test(bounded)) continue;
    if (found && found !== mode) return null;
    found = mode;
  }
  return found;
}
