/**
 * Extraction accuracy over the real saved pages in ../shared/fixtures (see its README.md): each
 * page is parsed like the CLI does (parseHtml) and run through extractPage — the same adapters
 * the content script uses — and its pay texts read by withPostedPay, as the background does,
 * then scored field by field against the page's `expected`.
 *
 * - posting pages: the first posting against `expected`; listing pages: each of the first five
 *   expected cards against the found card with the same title (else the found card at the same
 *   position), so one extra promoted card does not shift every later one; found cards among the
 *   first five that pair with no expected card count against precision; not-a-job pages: any
 *   posting at all is a detection; api-response entries are skipped (the content script never
 *   sees them).
 * - "read right": a posting or card whose title, location and company all match where the page
 *   shows them (expected non-null), and whose title and location match (the fields on a card a
 *   reader checks first); printed with their counts per group (the "≥ 60% of postings
 *   and cards" for the long tail).
 * - title/company match after normalising case, whitespace, quotes and dashes, also accepting
 *   `title_alternatives`/`company_aliases`; location matches loosely (containment or token
 *   overlap, also `location_alternatives`); salary min/max within 0.5%; `remote` is scored only
 *   where the page says (true/false).
 * - precision = correct / extracted non-null, recall = correct / expected non-null; reported for
 *   the named sites (those with a site adapter, and the generic adapter on schema.org pages)
 *   and the long tail of other sites, which is the generic adapter's job.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JobPosting } from '../../utils/schemas';
import { withPostedPay } from '../../utils/normalize/posted-pay';
import { extractPage } from '../../utils/sites/extract-page';
import { adapters } from '../../utils/sites/registry';
import { parseHtml } from './parse-html';

type Table = (title: string, rows: Record<string, string | number>[]) => void;

interface ExpectedSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: string | null;
}

interface Expected {
  title: string;
  company: string | null;
  location: string | null;
  remote: boolean | null;
  salary: ExpectedSalary | null;
  title_alternatives?: string[];
  company_aliases?: string[];
  location_alternatives?: string[];
}

interface Entry {
  file: string;
  site: string;
  url: string;
  kind: 'posting' | 'listing' | 'not-a-job' | 'api-response';
  expected: Expected | Expected[] | null;
}

/** The fixtures live beside the repository: <repo>/../shared/fixtures. */
const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

/** Sites that have (or are meant to have) their own adapter, and schema.org sample pages. */
const NAMED_SITES = [
  'linkedin', 'indeed', 'naukri', 'glassdoor', 'wellfound', 'foundit', 'instahyre', 'seek', 'stepstone',
  'welcometothejungle', 'ycombinator', 'greenhouse', 'lever', 'workday', 'ashby', 'workable', 'teamtailor',
  'smartrecruiters', 'icims', 'bamboohr', 'recruitee', 'personio', 'jazzhr', 'rippling', 'schemaorg',
];

const FIELDS = ['title', 'company', 'location', 'salary.min', 'salary.max', 'salary.currency', 'salary.period', 'remote'] as const;
type Field = (typeof FIELDS)[number];

const LISTING_CARDS = 5;

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

function norm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(text: string): Set<string> {
  return new Set(norm(text).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1));
}

function sameText(got: string, wanted: readonly string[]): boolean {
  const g = norm(got);
  return wanted.some((w) => norm(w) === g);
}

function looseLocation(got: string, wanted: readonly string[]): boolean {
  const g = norm(got);
  for (const w of wanted.map(norm)) {
    if (!w) continue;
    if (g.includes(w) || w.includes(g)) return true;
    const a = tokens(g);
    const b = tokens(w);
    const shared = [...a].filter((t) => b.has(t)).length;
    if (shared > 0 && shared / Math.min(a.size, b.size) >= 0.5) return true;
  }
  return false;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.005);
}

type Value = string | number | boolean | null;

function expectedValue(e: Expected | null, field: Field): Value {
  if (!e) return null;
  switch (field) {
    case 'title':
      return e.title ?? null;
    case 'company':
      return e.company;
    case 'location':
      return e.location;
    case 'remote':
      return e.remote ?? null;
    default:
      return e.salary ? (e.salary[field.slice(7) as keyof ExpectedSalary] ?? null) : null;
  }
}

function gotValue(p: JobPosting | null, field: Field): Value {
  if (!p) return null;
  switch (field) {
    case 'title':
      return p.title;
    case 'company':
      return p.company;
    case 'location':
      return p.location;
    case 'remote':
      return p.mode === 'remote' || p.mode === 'remote_ok' ? true : p.mode === 'hybrid' || p.mode === 'onsite' ? false : null;
    default:
      return p.postedSalary ? (p.postedSalary[field.slice(7) as keyof ExpectedSalary] ?? null) : null;
  }
}

function matches(e: Expected, field: Field, got: Value): boolean {
  const want = expectedValue(e, field);
  if (got === null || want === null) return false;
  switch (field) {
    case 'title':
      return sameText(String(got), [String(want), ...(e.title_alternatives ?? [])]);
    case 'company':
      return sameText(String(got), [String(want), ...(e.company_aliases ?? [])]);
    case 'location':
      return looseLocation(String(got), [String(want), ...(e.location_alternatives ?? [])]);
    case 'salary.min':
    case 'salary.max':
      return typeof got === 'number' && typeof want === 'number' && sameNumber(got, want);
    default:
      return got === want;
  }
}

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

interface Counts {
  correct: number;
  extracted: number;
  expected: number;
}

type Group = 'named' | 'long tail';

interface Failure {
  page: string;
  card: string;
  field: string;
  expected: string;
  got: string;
}

const show = (v: Value) => (v === null ? '—' : String(v).slice(0, 70));

function newCounts(): Record<Field, Counts> {
  return Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, extracted: 0, expected: 0 }])) as Record<Field, Counts>;
}

function score(
  counts: Record<Field, Counts>,
  failures: Failure[],
  page: string,
  card: string,
  expected: Expected | null,
  got: JobPosting | null,
): void {
  for (const field of FIELDS) {
    const want = expectedValue(expected, field);
    // `remote: null` means the page does not say: not scored either way.
    if (field === 'remote' && want === null) continue;
    const value = gotValue(got, field);
    const ok = expected !== null && matches(expected, field, value);
    const c = counts[field];
    if (value !== null) c.extracted++;
    if (want !== null) c.expected++;
    if (ok) c.correct++;
    else if (value !== null || want !== null) failures.push({ page, card, field, expected: show(want), got: show(value) });
  }
}

interface ReadRight {
  postings: number;
  postingsRight: number;
  postingsTitleLocation: number;
  cards: number;
  cardsRight: number;
  cardsTitleLocation: number;
}

/** [title and location right, title, location and company right] where the page shows them. */
function readRight(e: Expected, got: JobPosting | null): [boolean, boolean] {
  const ok = (field: Field) => expectedValue(e, field) === null || matches(e, field, gotValue(got, field));
  const titleLocation = !!got && matches(e, 'title', got.title) && ok('location');
  return [titleLocation, titleLocation && ok('company')];
}

/** Each expected card with the found card of the same title, else the one at its position. */
function pairCards(expected: readonly Expected[], found: readonly JobPosting[]): (JobPosting | null)[] {
  const used = new Set<number>();
  const pairs = expected.map((e) => {
    const i = found.findIndex((p, j) => !used.has(j) && matches(e, 'title', p.title));
    if (i >= 0) used.add(i);
    return i;
  });
  return pairs.map((i, k) => {
    if (i < 0 && k < found.length && !used.has(k)) {
      used.add(k);
      i = k;
    }
    return i >= 0 ? found[i]! : null;
  });
}

const pct = (num: number, den: number) => (den ? `${((100 * num) / den).toFixed(1)}%` : 'n/a');

export async function benchAccuracy(table: Table): Promise<void> {
  const manifestPath = `${FIXTURES}MANIFEST.json`;
  if (!existsSync(manifestPath)) {
    console.log(`Extraction accuracy: skipped — no fixture manifest at ${manifestPath} (the shared real-page fixtures are not checked out beside the repository).`);
    return;
  }
  const entries = JSON.parse(readFileSync(manifestPath, 'utf8')) as Entry[];
  const named = new Set([...NAMED_SITES, ...adapters.map((a) => a.id).filter((id) => id !== 'generic')]);
  const groupOf = (site: string): Group => (named.has(site) ? 'named' : 'long tail');

  const counts: Record<Group, Record<Field, Counts>> = { named: newCounts(), 'long tail': newCounts() };
  const failures: Failure[] = [];
  const negatives: Record<Group, { pages: number; detections: number; detected: string[] }> = {
    named: { pages: 0, detections: 0, detected: [] },
    'long tail': { pages: 0, detections: 0, detected: [] },
  };
  const pages: Record<string, string | number>[] = [];
  const skipped: string[] = [];
  const right: Record<Group, ReadRight> = {
    named: { postings: 0, postingsRight: 0, postingsTitleLocation: 0, cards: 0, cardsRight: 0, cardsTitleLocation: 0 },
    'long tail': { postings: 0, postingsRight: 0, postingsTitleLocation: 0, cards: 0, cardsRight: 0, cardsTitleLocation: 0 },
  };

  for (const entry of entries) {
    if (entry.kind === 'api-response') continue;
    const path = `${FIXTURES}${entry.file}`;
    if (!existsSync(path)) {
      skipped.push(`${entry.file} (missing)`);
      continue;
    }
    const group = groupOf(entry.site);
    let postings: JobPosting[];
    const started = performance.now();
    try {
      const doc = parseHtml(readFileSync(path, 'utf8'), entry.url);
      // pay texts read as the background reads them (the badge shows what this scores)
      postings = extractPage(doc, new URL(entry.url)).map(withPostedPay);
    } catch (error) {
      skipped.push(`${entry.file} (threw: ${String((error as Error)?.message ?? error).slice(0, 80)})`);
      postings = [];
    }
    const ms = performance.now() - started;
    const before = failures.length;
    if (entry.kind === 'not-a-job') {
      const n = negatives[group];
      n.pages++;
      if (postings.length) {
        n.detections++;
        n.detected.push(entry.file);
        failures.push({ page: entry.file, card: '', field: 'detection', expected: 'nothing', got: `${postings.length} posting(s): ${postings[0]!.title}`.slice(0, 70) });
      }
    } else if (entry.kind === 'posting') {
      score(counts[group], failures, entry.file, '', entry.expected as Expected, postings[0] ?? null);
      const [titleLocation, all] = readRight(entry.expected as Expected, postings[0] ?? null);
      right[group].postings++;
      if (titleLocation) right[group].postingsTitleLocation++;
      if (all) right[group].postingsRight++;
    } else {
      const expected = ((entry.expected as Expected[] | null) ?? []).slice(0, LISTING_CARDS);
      const paired = pairCards(expected, postings);
      expected.forEach((e, i) => {
        score(counts[group], failures, entry.file, `#${i + 1}`, e, paired[i] ?? null);
        const [titleLocation, all] = readRight(e, paired[i] ?? null);
        right[group].cards++;
        if (titleLocation) right[group].cardsTitleLocation++;
        if (all) right[group].cardsRight++;
      });
      // Found cards among the first five that no expected card claimed: against precision.
      postings.slice(0, LISTING_CARDS).forEach((p, i) => {
        if (!paired.includes(p)) score(counts[group], failures, entry.file, `found #${i + 1}`, null, p);
      });
    }
    // A page where nothing was found: one line, not one per field.
    if (entry.kind !== 'not-a-job' && !postings.length && failures.length > before) {
      const missed = failures.length - before;
      failures.splice(before, missed, { page: entry.file, card: '', field: `all (${missed})`, expected: entry.kind === 'listing' ? `${Math.min(LISTING_CARDS, (entry.expected as Expected[]).length)} card(s)` : 'a posting', got: 'nothing extracted' });
    }
    pages.push({
      page: entry.file,
      group,
      kind: entry.kind,
      found: postings.length,
      adapter: postings[0]?.site ?? '—',
      'failed fields': failures.slice(before).reduce((n, f) => n + (f.field.startsWith('all (') ? Number(/\d+/.exec(f.field)![0]) : 1), 0),
      ms: Math.round(ms),
    });
  }

  table(
    'Extraction accuracy per field (real saved pages; precision = correct/extracted, recall = correct/expected)',
    FIELDS.map((field) => {
      const a = counts.named[field];
      const b = counts['long tail'][field];
      return {
        field,
        'named: precision': pct(a.correct, a.extracted),
        'named: recall': pct(a.correct, a.expected),
        'named: correct/extracted/expected': `${a.correct}/${a.extracted}/${a.expected}`,
        'long tail: precision': pct(b.correct, b.extracted),
        'long tail: recall': pct(b.correct, b.expected),
        'long tail: correct/extracted/expected': `${b.correct}/${b.extracted}/${b.expected}`,
      };
    }),
  );
  table(
    'Postings and cards read right (title + location, and title + location + company, where the page shows them)',
    (['named', 'long tail'] as const).map((g) => {
      const r = right[g];
      return {
        group: g,
        'postings: title+location': `${pct(r.postingsTitleLocation, r.postings)} (${r.postingsTitleLocation}/${r.postings})`,
        'postings: +company': `${pct(r.postingsRight, r.postings)} (${r.postingsRight}/${r.postings})`,
        'cards: title+location': `${pct(r.cardsTitleLocation, r.cards)} (${r.cardsTitleLocation}/${r.cards})`,
        'cards: +company': `${pct(r.cardsRight, r.cards)} (${r.cardsRight}/${r.cards})`,
        'both: title+location': `${pct(r.postingsTitleLocation + r.cardsTitleLocation, r.postings + r.cards)} (${r.postingsTitleLocation + r.cardsTitleLocation}/${r.postings + r.cards})`,
        'both: +company': `${pct(r.postingsRight + r.cardsRight, r.postings + r.cards)} (${r.postingsRight + r.cardsRight}/${r.postings + r.cards})`,
      };
    }),
  );
  table(
    'Detections on not-a-job pages (block pages, empty shells, landing pages: should be 0)',
    (['named', 'long tail'] as const).map((g) => ({
      group: g,
      pages: negatives[g].pages,
      detections: negatives[g].detections,
      detected: negatives[g].detected.join(', ') || '—',
    })),
  );
  table('Pages', pages);
  const order = (f: Failure) => (groupOf(entries.find((e) => e.file === f.page)?.site ?? '') === 'named' ? 0 : 1);
  table(
    `Failing fields, named sites first (${failures.length} rows): what to fix`,
    [...failures].sort((a, b) => order(a) - order(b)).map((f) => ({ page: f.page, card: f.card || '—', field: f.field, expected: f.expected, got: f.got })),
  );
  if (skipped.length) console.log(`Skipped: ${skipped.join('; ')}`);
}
