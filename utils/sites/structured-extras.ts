/**
 * What the generic schema.org path can add to structured-data.ts's reading of a JobPosting,
 * from the same JSON-LD node (kept apart from structured-data.ts, which other code owns):
 *
 * - pay stated only in the `description` ("Salary Range: $160k- $200K/year") when there is no
 *   `baseSalary`, unless that sentence is scoped to another country than the posting's (a pay
 *   text, read in the background: utils/normalize/posted-pay.ts);
 * - a posting with `applicantLocationRequirements` and no `jobLocation` is a remote job
 *   (schema.org: those requirements describe where a telecommuter may live).
 */
import type { StructuredPosting } from './structured-data';
import { findJsonLdJobPostings } from './structured-data';
import { countryFromLocation, descriptionPayText, descriptionText } from './fields';

type Node = Record<string, unknown>;

function addressCountry(node: Node): string | null {
  const places = Array.isArray(node['jobLocation']) ? node['jobLocation'] : [node['jobLocation']];
  for (const place of places.slice(0, 10)) {
    const address = (place as Node | undefined)?.['address'] as Node | undefined;
    const c = address?.['addressCountry'];
    const name = typeof c === 'string' ? c : typeof (c as Node | undefined)?.['name'] === 'string' ? ((c as Node)['name'] as string) : null;
    // an ISO code or a country name standing alone ("DE", "Germany"): the field layer reads both
    if (name) return countryFromLocation(name);
  }
  return null;
}

/** The structured posting, completed from its JSON-LD node where structured-data.ts leaves gaps. */
export function enrichStructured(doc: Document, structured: StructuredPosting | null): StructuredPosting | null {
  if (!structured || structured.source !== 'json-ld') return structured;
  const node = findJsonLdJobPostings(doc).find((n) => {
    const t = n['title'] ?? n['name'];
    return typeof t === 'string' && t.includes(structured.title.slice(0, 20));
  }) as Node | undefined;
  if (!node) return structured;
  const pay = structured.postedSalary
    ? null
    : descriptionPayText(descriptionText(node['description']), addressCountry(node) ?? countryFromLocation(structured.location));
  let { mode } = structured;
  if (!mode && !structured.locations.length && node['applicantLocationRequirements']) mode = 'remote';
  return !pay && mode === structured.mode ? structured : { ...structured, mode, ...(pay ? { payTexts: [pay] } : {}) };
}
