/**
 * The DOM reader: company career pages and small job boards that carry no schema.org data. The
 * generic adapter asks it after JSON-LD/microdata found nothing; it runs only under the
 * all-sites opt-in. Checked against real saved career pages and boards (../shared/fixtures, the
 * long-tail entries: career tables, department lists, Webflow/Tailwind/emotion card grids, 2018
 * Brazilian and 2026 Sri Lankan boards), never naming any of them.
 *
 * "Reads as a job title" (`readsAsTitle`): 2–150 characters, at most 14 words, not a sentence
 * (no "?"/"!", no lower-case article or pronoun, not "How…/Why…/Meet…"), no listing word
 * ("jobs", "careers", "Stellen", "vagas"…), and one role noun or seniority word from ROLE (a
 * small lexicon in English, German, French, Spanish, Portuguese, Dutch, Italian; German compound
 * endings like "-entwickler"; the "(m/w/d)" marker).
 *
 * POSTING (`readPosting`), scored:
 *   main heading: `main|article h1`, else the only h1, else (no h1 at all) the first h2; it must
 *   read as a job title — else nothing;
 *   +2 an apply control (a link/button of ≤ 6 words: "Apply", "Bewerben", "Postuler",
 *      "Candidatar", "Solliciteer"…);
 *   +1 per description section heading ("Responsibilities", "Requirements", "Aufgaben",
 *      "Profil", "Missions", "Requisitos"…), at most 3;
 *   +1 an employment type ("Full-time", "Vollzeit", "CDI"…) in the first 4000 characters;
 *   +1 a location (a location-named element, or a "Location:"/"Standort:" label);
 *   a posting when the score is ≥ 4 and there is an apply control or ≥ 2 sections.
 *
 * CARDS (`readCards`), on pages whose address, title or headings speak of jobs (PAGE_WORDS):
 *   every link (≤ 3000, outside nav/footer) climbs to the highest ancestor (≤ 6 levels) that
 *   holds no link to another address: its card. Cards are grouped by shape (the card's tag and
 *   classes, and the tag path from card to link) across the page, so department lists count as
 *   one group. The title is the card's heading/title-class element, else the link's first text
 *   run (text up to the first block element or icon: "Engineer" from
 *   "<span>Engineer</span><div><svg/>Berlin</div>").
 *   A group is job cards when ≥ 2 titles and ≥ half of them read as job titles, and the heading
 *   above it (`groupHeading`) does not introduce a teaser strip ("Featured roles", "Similar jobs",
 *   "Recently viewed": links to postings, not the page's own listing); then every card
 *   of the group with a title of ≤ 20 words is taken. Each card then widens to the highest
 *   ancestor holding no other card of its group (the location often sits beside the link), and
 *   its location is a location-named element, the line beside a map-pin icon, or a short text
 *   line that looks like a place ("City, Country", "Remote"); its company a company-named
 *   element, else the site's name.
 * Careers landing pages (links to teams and "Explore roles"), blog posts (sentence titles),
 * product pages (no job words, no apply, no sections), empty shells and block pages score nothing.
 */
import type { JobPosting } from '../schemas';
import { assemblePosting, companyFromHiringSentence, hrefOf, modeFromLabel, splitLocations } from './fields';
import { cleanText, metaContent } from './dom';
import type { JobCard } from './types';

const ROLE = new RegExp(
  '(?:^|[^\\p{L}])(?:engineer|developer|programmer|architect|manager|analyst|designer|scientist|consultant|specialist|' +
    'administrator|coordinator|director|officer|assistant|associate|accountant|advis[eo]r|technician|nurse|teacher|lead|head|' +
    'intern|trainee|apprentice|executive|representative|agent|supervisor|operator|writer|editor|strategist|researcher|' +
    'recruiter|counsel|attorney|translator|driver|clerk|chef|cook|mechanic|electrician|auditor|controller|planner|buyer|' +
    'owner|partner|expert|tester|qa|devops|sre|worker|coach|vp|senior|sr|junior|jr|principal|staff|graduate|' +
    'desarrollador|programador|analista|ingenier[oa]|engenheir[oa]|gerente|jef[ea]|diretor|dise[ñn]ador|desenvolvedor|' +
    't[ée]cnic[oa]|as[si]stente|coordinador|coordenador|consultor|especialista|vendedor|estagi[aá]ri[oa]|auxiliar|' +
    'enfermeir?[oa]|contador|d[ée]veloppeu(?:r|se)|ing[ée]nieure?|chef de projet|charg[ée]e? de|responsable|analyste|' +
    'technicien(?:ne)?|commerciale?|stagiaire|alternante?|directrice|gestionnaire|comptable|infirmi[eè]re?|ontwikkelaar|' +
    'medewerker|adviseur|verpleegkundige|sviluppatore|ingegnere)(?:a|es|as)?(?![\\p{L}])|' +
    '(?:entwickler|ingenieur|werkstudent|sachbearbeiter|berater|leiter|referent|mitarbeiter|kaufmann|kauffrau|techniker|' +
    'fachkraft|assistenz|praktikant|auszubildende|erzieher|monteur|informatiker|pfleger|buchhalter|manager|architekt)' +
    '(?:in|innen)?(?![\\p{L}])|\\([mwfdx]\\s?/\\s?[mwfdx]',
  'iu',
);
const LISTING_WORDS = /\b(jobs|vacancies|openings|positions|careers|roles|stellen\w*|vagas|empleos|ofertas|offres|emplois|vacatures)\b/i;
const SENTENCE = /[?!]|\b(the|an?|our|my|your|we|you|is|are|was|this|that|these)\b|^(How|Why|What|When|Where|Who|Meet)\b/;
const PAGE_WORDS = /job|career|karriere|stelle|vaga|empleo|emploi|vacanc|vacature|opening|position|hiring|recrut|recruit|bewerb|candidat|work with us|join (us|our)/i;
const APPLY = /\b(apply|bewerb|postul|candidat|sollicit|aplicar|inscreva|ansök|søg)/i;
const SECTION =
  /responsibilit|requirement|qualifi|what you('|’)?ll do|what you will do|about (the|this) (role|job)|about you|who you are|your (profile|tasks|impact)|make an impact|we offer|benefits|nice to have|aufgaben|profil|anforderungen|wir bieten|das bringst du mit|missions?\b|responsabilidades|requisitos|funciones|atividades|benef[ií]cios|taken|functie-eisen|wat (ga je doen|wij bieden)/i;
const EMPLOYMENT =
  /\b(full[- ]?time|part[- ]?time|vollzeit|teilzeit|festanstellung|befristet|praktikum|internship|contract|freelance|permanent|temporary|temps (plein|partiel)|cdi|cdd|tiempo completo|jornada completa|tempo integral|meio período|voltijd|deeltijd)\b/i;
const LOCATION_LABEL = /^(locations?|standort|arbeitsort|einsatzort|ort|lieu|ubicaci[oó]n|localiza[cç][aã]o|local|locatie|sede)\s*:?$/i;
const LOCATION_NAMED = '[itemprop="jobLocation"], [data-location], [class*="location" i], [class*="place" i], [class*="city" i]';
const COMPANY_NAMED = '[class*="company" i], [class*="employer" i], [class*="empresa" i], [class*="empr" i], a[href*="/company/"], a[href*="/empresa/"]';
const TITLE_NAMED = 'h1, h2, h3, h4, h5, h6, [class*="title" i]:not([class*="subtitle" i])';
/** Tags that continue a text run; anything else (a block, an icon, a line break) ends it. */
const INLINE = /^(span|mark|b|strong|em|i|u|small|abbr|sup|sub|font|bdi|q|cite|time)$/;
const PLACE = /^[\p{Lu}][\p{L}\p{M}.'’ -]{1,40}((,| -)\s*[\p{L}\p{M}.'’ -]{2,40}){1,3}$/u;
const REMOTE = /^(remote|remoto|télétravail|home office|hybrid)\b/i;
/** Flags and pictographs beside a place name ("Berlin - Germany 🇩🇪"). */
const EMOJI = /[\u{1F1E6}-\u{1F1FF}\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu;
/** Heading-like elements: a section's name above a list. */
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], [class*="title" i], [class*="heading" i]';
/**
 * Headings of a strip of links to postings that is not the page's own listing: a careers home's
 * "Featured roles", a posting's "Similar jobs", "Recently viewed", "Recommended for you".
 */
const TEASER = /^(featured|similar|related|recommended|suggested|recently viewed|you (may|might) also like|more (jobs|roles|positions) (like|at|from)|other (jobs|roles|positions|openings))\b|\b(ähnliche|empfohlene) (jobs|stellen)/i;
const MAX_LINKS = 3000;
const MAX_CARDS = 300;

export function readsAsTitle(text: string | null | undefined): text is string {
  if (!text || text.length < 2 || text.length > 150 || text.split(' ').length > 14) return false;
  return ROLE.test(text) && !LISTING_WORDS.test(text) && !SENTENCE.test(text);
}

/** The first run of text in an element: up to the first block element or icon after some text. */
export function firstRun(root: Element): string | null {
  let run = '';
  const walk = (el: Element, depth: number): boolean => {
    for (const node of Array.from(el.childNodes).slice(0, 50)) {
      if (node.nodeType === 3) run += node.nodeValue;
      else if (node.nodeType === 1 && depth < 12) {
        const child = node as Element;
        const inline = INLINE.test(child.localName);
        if (!inline && run.trim()) return true;
        if (!/^(script|style|svg|template)$/.test(child.localName) && walk(child, depth + 1)) return true;
        if (!inline && run.trim()) return true;
      }
    }
    return false;
  };
  walk(root, 0);
  return cleanText(run, 300);
}

/** The site's own name: og:site_name, else the page title without its careers words. */
export function siteName(doc: Document): string | null {
  const og = metaContent(doc, 'og:site_name');
  if (og) return og.replace(/\s+(careers?|jobs)$/i, '');
  for (const part of (doc.title ?? '').split(/\s+[|–—•·:-]\s+|\s+at\s+/)) {
    const name = cleanText(
      part.replace(/\b(careers?|jobs?|roles|all|open|positions?|search( for)?|an?|work with us|join( our team| us)?|stellen\w*|karriere|home)\b|[!]/gi, ''),
      80,
    );
    if (name && name.length > 1) return name;
  }
  return null;
}

const textOfEl = (el: Element | null | undefined) => cleanText(el?.textContent, 300);

/** The location a block shows: a location-named element, the line beside a map pin, a place-like line. */
export function locationIn(block: Element, skip: Element | null, not: string | null = null): string | null {
  for (const el of Array.from(block.querySelectorAll(LOCATION_NAMED)).slice(0, 5)) {
    if (skip?.contains(el) || el.contains(skip)) continue;
    const text = cleanText(el.getAttribute('data-location'), 300) ?? joinedChips(el) ?? textOfEl(el);
    if (text && text.split(' ').length <= 12) return text;
  }
  for (const icon of Array.from(block.querySelectorAll('i[class], svg, img[src]')).slice(0, 10)) {
    const ref = `${icon.getAttribute('class') ?? ''} ${icon.getAttribute('src') ?? ''} ${icon.querySelector('use')?.getAttribute('href') ?? ''} ${icon.querySelector('title')?.textContent ?? ''}`;
    if (!/map|pin|locat|place|marker/i.test(ref)) continue;
    // The icon's line: the nearest ancestor (≤ 2 up, inside the block) with text of its own.
    for (let el = icon.parentElement, i = 0; el && el !== block && i < 2 && !el.contains(skip); el = el.parentElement, i++) {
      const text = lines(el, null).join(' ');
      if (text) return text;
    }
  }
  return placeIn(lines(block, skip), not);
}

/** Location chips ("Berlin" "Munich" "Remote" in sibling elements) → "Berlin, Munich, Remote". */
function joinedChips(el: Element): string | null {
  const chips = lines(el, null);
  return chips.length > 1 ? chips.join(', ') : null;
}

/** A line that looks like a place: "City, Country", "City - Country", else "Remote…". */
function placeIn(texts: readonly string[], not: string | null): string | null {
  const usable = texts.filter((t) => t !== not && !EMPLOYMENT.test(t));
  return usable.find((t) => PLACE.test(t)) ?? usable.find((t) => REMOTE.test(t) && t.length < 60) ?? null;
}

/** The text lines of a block (each text node, trimmed; bounded), outside `skip`. */
function lines(root: Element, skip: Element | null): string[] {
  const out: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && out.length < 60; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = cleanText(node.nodeValue, 300)?.replace(EMOJI, '').trim();
    if (text && parent && !skip?.contains(parent) && !/^(script|style|svg|title|button)$/.test(parent.localName)) out.push(text);
  }
  return out;
}

/** A link's job address; `javascript:open('/job?id=1')` links give the quoted address. */
function jobUrl(link: Element, url: URL): URL | null {
  const href = link.getAttribute('href') ?? '';
  if (/^\s*javascript:/i.test(href)) {
    const quoted = /['"]([^'"]{3,500})['"]/.exec(href)?.[1];
    return quoted ? safeHref(quoted, url) : null;
  }
  if (/^\s*(#|mailto:|tel:)/i.test(href)) return null;
  const target = hrefOf(link, url);
  return target && /^https?:$/.test(target.protocol) && !(target.pathname === url.pathname && target.host === url.host && target.search === url.search) ? target : null;
}

function safeHref(href: string, base: URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** A link's shape: its tag and classes and those of two ancestors ("a.title<h4<li.row"). */
function shape(link: Element): string {
  let key = '';
  for (let el: Element | null = link, i = 0; el && i < 3; el = el.parentElement, i++) key += `<${el.localName}.${Array.from(el.classList).sort().slice(0, 6).join('.')}`;
  return key;
}

/**
 * The heading a group of links sits under: the nearest heading-like element before the group's
 * container, up to 3 levels up ("<h6>Featured roles</h6><ul>…cards…</ul>"); never a card's own.
 */
function groupHeading(group: readonly Candidate[]): string | null {
  let box: Element | null = group[0]!.link.parentElement;
  while (box && !group.every((c) => box!.contains(c.link))) box = box.parentElement;
  for (let el = box, up = 0; el && up < 3; el = el.parentElement, up++) {
    for (let sib = el.previousElementSibling, i = 0; sib && i < 3; sib = sib.previousElementSibling, i++) {
      if (sib.querySelector('a[href]')) break;
      const head = sib.matches(HEADING) ? sib : sib.querySelector(HEADING);
      const text = textOfEl(head);
      if (text && text.split(' ').length <= 8) return text;
    }
  }
  return null;
}

interface Candidate {
  link: Element;
  target: URL;
  titleEl: Element;
  title: string | null;
}

/** Job cards on a listing page without structured data (see the header for the scoring). */
export function readCards(doc: Document, url: URL, jobKey: (target: URL) => string): JobCard[] {
  const body = doc.body;
  if (!body) return [];
  const heads = Array.from(doc.querySelectorAll('h1, h2, h3'))
    .slice(0, 30)
    .map((h) => h.textContent)
    .join(' ');
  if (!PAGE_WORDS.test(`${url.pathname} ${doc.title} ${heads}`)) return [];
  const groups = new Map<string, Candidate[]>();
  const seen = new Set<string>();
  for (const link of Array.from(body.querySelectorAll('a[href]')).slice(0, MAX_LINKS)) {
    if (link.closest('nav, footer, [role="navigation"], [role="contentinfo"]')) continue;
    const target = jobUrl(link, url);
    if (!target) continue;
    // The link's first text run; an inner heading/title element when that run is no title.
    let titleEl = link.closest('h1, h2, h3, h4, h5, h6') ?? link;
    let title = firstRun(link);
    const inner = readsAsTitle(title) ? null : link.querySelector(TITLE_NAMED);
    if (inner) [titleEl, title] = [inner, firstRun(inner)];
    const key = shape(link);
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    const id = `${key} ${target.href}`;
    if (seen.has(id)) continue;
    seen.add(id);
    group.push({ link, target, titleEl, title });
  }
  const chosen: Candidate[] = [];
  for (const group of groups.values()) {
    const titled = group.filter((c) => readsAsTitle(c.title)).length;
    if (titled < 2 || titled * 2 < group.length || TEASER.test(groupHeading(group) ?? '')) continue;
    chosen.push(...group.filter((c) => c.title && c.title.split(' ').length <= 20));
  }
  chosen.sort((a, b) => (a.link.compareDocumentPosition(b.link) & 4 ? -1 : 1));
  // How many job addresses each ancestor (≤ 8 up) holds: a card is the highest holding one.
  const under = new Map<Element, Set<string>>();
  for (const c of chosen) {
    for (let el = c.link.parentElement, i = 0; el && el !== body && i < 8; el = el.parentElement, i++) {
      const set = under.get(el) ?? new Set<string>();
      if (set.size < 2) set.add(c.target.href);
      under.set(el, set);
    }
  }
  const site = siteName(doc);
  const cards: JobCard[] = [];
  const keys = new Set<string>();
  for (const c of chosen.slice(0, MAX_CARDS)) {
    const key = jobKey(c.target);
    if (keys.has(key)) continue;
    keys.add(key);
    let block = c.link;
    while (block.parentElement && (under.get(block.parentElement)?.size ?? 2) < 2) block = block.parentElement;
    const label = `${c.link.getAttribute('aria-label') ?? ''} ${c.link.getAttribute('title') ?? ''}`;
    const named = Array.from(block.querySelectorAll(COMPANY_NAMED))
      .map((el) => (el.contains(c.titleEl) ? null : textOfEl(el)))
      .find((t) => t && /^[\p{Lu}\d]/u.test(t));
    // An old board's link: "Title<h5>Employer</h5>" — the heading after the title run.
    const sub = c.titleEl === c.link ? textOfEl(c.link.querySelector('h1, h2, h3, h4, h5, h6')) : null;
    const company = named ?? cleanText(/ at (.{2,80}?)\s*$/.exec(label)?.[1], 200) ?? (sub !== c.title ? sub : null) ?? site;
    const texts = lines(block, null).filter((t) => t !== c.title);
    let location = locationIn(block, c.titleEl, company);
    // Flat pages: the location is the next sibling line ("<h4><a>Title</a></h4><h5>Remote</h5>").
    for (let el = block.nextElementSibling, i = 0; !location && el && i < 2 && !el.querySelector('a'); el = el.nextElementSibling, i++) {
      const text = textOfEl(el);
      location = text && text.split(' ').length <= 6 ? placeIn([text], company) : null;
    }
    const posting = assemblePosting({
      site: 'generic',
      jobKey: key,
      url: c.target.href,
      title: c.title!,
      company,
      location,
      locations: splitLocations(location),
      mode: texts.map(modeFromLabel).find(Boolean) ?? null,
      employmentType: texts.find((t) => t && t.length < 40 && EMPLOYMENT.test(t)) ?? null,
      payText: texts.find((t) => t && /[$€£₹¥]\s?\d|\d\s?(€|EUR|USD|GBP)/.test(t)) ?? null,
    });
    if (posting) cards.push({ posting, anchor: c.titleEl });
  }
  return cards;
}

/** The employer named by the first paragraphs after the heading ("Acme Inc. seeks a…"), else null. */
function hiringCompany(root: Element, heading: Element): string | null {
  for (const p of Array.from(root.querySelectorAll('p')).slice(0, 12)) {
    if (!(heading.compareDocumentPosition(p) & 4)) continue;
    const company = companyFromHiringSentence(textOfEl(p));
    if (company) return company;
  }
  return null;
}

/** One posting shown on a page without structured data (see the header for the scoring). */
export function readPosting(doc: Document, url: URL, jobKey: string): JobPosting | null {
  const h1s = doc.querySelectorAll('h1');
  const heading = doc.querySelector('main h1, article h1, [role="main"] h1') ?? (h1s.length === 1 ? h1s[0] : h1s.length ? null : doc.querySelector('h2'));
  const title = heading ? textOfEl(heading) : null;
  if (!heading || !readsAsTitle(title)) return null;
  const root = heading.closest('main, article, [role="main"]') ?? doc.body ?? heading;
  const apply = Array.from(root.querySelectorAll('a, button, input[type="submit"]'))
    .slice(0, 500)
    .some((el) => {
      const text = textOfEl(el) ?? el.getAttribute('value') ?? el.getAttribute('aria-label');
      return !!text && text.split(' ').length <= 6 && APPLY.test(text);
    });
  const labels = Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, strong, b, dt, th, label')).slice(0, 300);
  const sections = labels.filter((el) => {
    const text = textOfEl(el);
    return !!text && text.split(' ').length <= 8 && SECTION.test(text);
  }).length;
  const text = cleanText(root.textContent, 4000) ?? '';
  const employmentType = EMPLOYMENT.exec(text)?.[0] ?? null;
  let location = locationIn(root, heading);
  const label = labels.find((el) => LOCATION_LABEL.test(textOfEl(el) ?? ''));
  if (label) location = cleanText(label.nextSibling?.textContent, 200) ?? textOfEl(label.nextElementSibling) ?? location;
  const pay = labels.find((el) => /^(salary|pay|compensation|gehalt|salaire|salario|salário)\s*:?$/i.test(textOfEl(el) ?? ''));
  const score = (apply ? 2 : 0) + Math.min(sections, 3) + (employmentType ? 1 : 0) + (location ? 1 : 0);
  if (score < 4 || (!apply && sections < 2)) return null;
  const posting = assemblePosting({
    site: 'generic',
    jobKey,
    url,
    title,
    // who is hiring: the site's name, else the employer the description opens with
    company: siteName(doc) ?? hiringCompany(root, heading),
    location,
    locations: splitLocations(location),
    employmentType,
    payText: pay ? cleanText(pay.nextSibling?.textContent, 200) : null,
  });
  return posting;
}
