import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, tn } from '../../utils/i18n';
import { extras } from './helpers/fake-extras';

type Messages = Record<string, { message: string }>;
const LOCALES = join(__dirname, '../../public/_locales');
const load = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const en = load('en');

/** Every t('key') / tn('key') literal in the popup, the options page and their components. */
function usedKeys(): string[] {
  const roots = ['entrypoints/popup', 'entrypoints/options', 'components'];
  const keys = new Set<string>();
  for (const root of roots) {
    for (const file of readdirSync(join(__dirname, '../..', root))) {
      if (!/\.tsx?$/.test(file)) continue;
      const text = readFileSync(join(__dirname, '../..', root, file), 'utf8');
      for (const m of text.matchAll(/\bt\('([a-z0-9_]+)'/g)) keys.add(m[1]!);
      for (const m of text.matchAll(/\btn\('([a-z0-9_]+)'/g)) keys.add(`${m[1]}_other`);
    }
  }
  return [...keys];
}

describe('i18n', () => {
  it('every locale has exactly the English keys, with the same $n substitutions', () => {
    const langs = readdirSync(LOCALES);
    expect(langs).toContain('de');
    for (const lang of langs) {
      const messages = load(lang);
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(en)) {
        const subs = (s: string) => [...s.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();
        expect(subs(messages[key]!.message), `${lang}: ${key}`).toEqual(subs(message));
        expect(messages[key]!.message.trim().length, `${lang}: ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('every key the pages use exists', () => {
    const missing = usedKeys().filter((k) => !Object.hasOwn(en, k));
    expect(missing).toEqual([]);
  });

  it('counts use the plural rules of the UI language', () => {
    expect(tn('saved_count', 1)).toBe('You have saved 1 salary in this browser.');
    expect(tn('saved_count', 0)).toBe('You have saved 0 salaries in this browser.');
    expect(tn('saved_count', 10000)).toBe('You have saved 10,000 salaries in this browser.');
    extras.messages = load('de');
    extras.uiLanguage = 'de';
    expect(tn('saved_count', 1)).toBe('Sie haben 1 Gehalt in diesem Browser gespeichert.');
    expect(tn('saved_count', 10000)).toBe('Sie haben 10.000 Gehälter in diesem Browser gespeichert.');
    expect(t('sites_group_board')).toBe('Jobbörsen');
  });
});
