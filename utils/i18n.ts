/**
 * Every user-visible string of the popup and the options page, through `browser.i18n`
 * (public/_locales/<lang>/messages.json; `en` is the default locale). Substitutions are the
 * positional `$1`…`$9` of the extension i18n API. Counts go through Intl.PluralRules: a message
 * `salaries_count` has one key per plural category the locales need (`salaries_count_one`,
 * `salaries_count_other`, …), `_other` being the fallback.
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en & string;
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

/** The browser's UI language, as a BCP 47 tag ("en-US"); the page's language otherwise. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return navigator.language || 'en';
  }
}

/** The message for `key` with its substitutions; the key itself when the message is missing. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  let text = '';
  try {
    text = getMessage(key, subs.length ? subs : undefined);
  } catch {
    text = '';
  }
  return text || key;
}

/** browser.i18n.getMessage, untyped (WXT types it with the built-in @@ keys only). */
const getMessage = (key: string, subs?: string[]): string =>
  (browser.i18n.getMessage as unknown as (k: string, s?: string[]) => string)(key, subs);

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in the UI language ("one", "other", …). */
export function pluralCategory(count: number, locale = uiLanguage()): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * A count in words: `tn('salaries_count', 1)` → "1 salary", `tn('salaries_count', 1200)` →
 * "1,200 salaries". `$1` is the formatted count; further substitutions follow as `$2`….
 */
export function tn(base: PluralKey, count: number, ...rest: (string | number)[]): string {
  const formatted = new Intl.NumberFormat(uiLanguage()).format(count);
  const key = `${base}_${pluralCategory(count)}` as MessageKey;
  let text = '';
  try {
    text = getMessage(key, [formatted, ...rest.map(String)]);
  } catch {
    text = '';
  }
  return text || t(`${base}_other` as MessageKey, formatted, ...rest);
}
