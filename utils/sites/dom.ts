/**
 * Shared, defensive DOM helpers for adapters. Everything here reads only its arguments and is
 * bounded: pages are hostile until proven otherwise.
 */

const MAX_TEXT = 2000;

/** Collapse whitespace, drop control characters, cap the length. Text only: never HTML. */
export function cleanText(value: unknown, max = MAX_TEXT): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .slice(0, max * 4)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
  return text.length ? text : null;
}

let decoder: HTMLTextAreaElement | null = null;

/**
 * Structured data often carries HTML-escaped text ("R&amp;D Engineer") or even markup
 * ("<b>Engineer</b>"). Decode entities and strip tags without ever parsing the string as live
 * HTML in the page (a template/textarea does not run scripts or load images).
 */
export function plainText(value: unknown, max = MAX_TEXT, doc?: Document): string | null {
  const text = cleanText(value, max);
  if (text === null) return null;
  if (!/[<&]/.test(text)) return text;
  const stripped = text
    .replace(/<(script|style)\b[^>]{0,500}>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]{0,500}>/g, ' ');
  if (!stripped.includes('&')) return cleanText(stripped, max);
  const d = doc ?? (typeof document !== 'undefined' ? document : null);
  if (!d) return cleanText(decodeBasicEntities(stripped), max);
  decoder ??= d.createElement('textarea');
  decoder.innerHTML = stripped;
  return cleanText(decoder.value, max);
}

const BASIC_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeBasicEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return BASIC_ENTITIES[code.toLowerCase()] ?? m;
  });
}

/** Text of the first element matching any selector (ordered most-stable first). */
export function textOf(root: ParentNode, selectors: readonly string[], max = MAX_TEXT): string | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    const text = el ? cleanText(el.textContent, max) : null;
    if (text) return text;
  }
  return null;
}

/** content of a <meta name|property=…> */
export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return cleanText(el?.getAttribute('content'), 500);
}

/** Parse a URL without throwing. */
export function safeUrl(href: string, base?: string | URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * Lookup key of a place name: lower case, no diacritics, every run of other characters one space
 * ("Österreich" → "osterreich", "U.S.A." → "u s a"). The key of utils/sites/country-hints.generated.ts.
 */
export function foldPlace(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
