/**
 * Fallback SOC codes for titles outside the role families, from O*NET alternate and reported
 * titles (soc-titles.generated.ts, built by scripts/build-soc-titles.ts; CC BY 4.0, credit O*NET).
 *
 * The generated string is parsed into a map on first use. Keys are title-text.ts onetKeys() of a
 * segment — the occupation words without level words, longest first — so "Senior Claims Adjuster
 * II" finds "claims adjuster" (or its tail "adjuster").
 */
import { SOC_TITLES_ATTRIBUTION, SOC_TITLES_DATA } from './soc-titles.generated';
import { onetKeys } from './title-text';

export { SOC_TITLES_ATTRIBUTION };

let index: Map<string, string> | null = null;

/** Parses "<soc>\t<last>:<prefix>,<prefix>|<last>|…" lines (an empty prefix is the last word alone). */
function load(): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of SOC_TITLES_DATA.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const soc = line.slice(0, tab);
    for (const group of line.slice(tab + 1).split('|')) {
      const colon = group.indexOf(':');
      if (colon < 0) {
        if (group) m.set(group, soc);
        continue;
      }
      const last = group.slice(0, colon);
      for (const prefix of group.slice(colon + 1).split(',')) m.set(prefix ? `${prefix} ${last}` : last, soc);
    }
  }
  return m;
}

/** The SOC code O*NET gives the title's words, trying the head segment first; null when none. */
export function lookupOnetSoc(segments: readonly string[]): string | null {
  if (!index) index = load();
  if (index.size === 0) return null;
  for (let i = 0; i < segments.length && i < 3; i++) {
    for (const key of onetKeys(segments[i] as string)) {
      const soc = index.get(key);
      if (soc) return soc;
    }
  }
  return null;
}
