/** Match patterns as the browser reads them, for checks outside the browser (CLI, tests). */
export function patternRegex(pattern: string): RegExp | null {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return null;
  const host = m[2] === '*' ? '[^/]+' : m[2]!.replace(/[.]/g, '\\.').replace(/^\*\\\./, '(?:[^/]+\\.)?');
  const path = m[3]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^https?://${host}${path}$`, 'i');
}

export function matchesPattern(patterns: readonly string[], url: URL): boolean {
  const href = `${url.protocol}//${url.hostname}${url.pathname}`;
  return patterns.some((p) => patternRegex(p)?.test(href) ?? false);
}
