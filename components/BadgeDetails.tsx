/**
 * The badge's details card: the market band on the same bar as the popup's (RangeBar), what the
 * figure is for and how far it backed off, base or total pay, sources with dates and licences, the
 * other locations of the posting, and "hide on this site". Nothing of the user's own (salaries,
 * comparisons, postings seen) is ever drawn here: this is the host page's DOM.
 *
 * The content scripts load it on the first open (entrypoints/badge-details.ts, a web-accessible
 * file imported with `import(runtime.getURL(…))`), so its code is not in every page's script; it
 * draws with its own Preact root into the slot the badge gives it, and brings its own stylesheet.
 */
import { render } from 'preact';
import { t, tn, type MessageKey } from '../utils/i18n';
import type { BadgeText, EstimateOk, JobPosting } from '../utils/schemas';
import { levelRuleText, verdictWords, type HideTarget } from './Badge';
import { siteName } from '../utils/site-names';
import { RangeBar } from './RangeBar';
import detailsCss from './badge-details.css?inline';

export interface DetailsProps {
  estimate: EstimateOk;
  text: BadgeText;
  posting: JobPosting;
  /** "Hide on …": where (said in the button) and the action (a person's click only) */
  hide?: { where: HideTarget; run: (event: Event) => void };
}

/** "Hide on Greenhouse" (the site's switch: all its pages) or "Hide on jobs.example.com" (this host only), with what it does. */
function hideWords(where: HideTarget): { label: string; hint: string } {
  if ('site' in where) {
    const name = siteName(where.site);
    return { label: t('details_hide_site', name), hint: t('details_hide_site_hint', name) };
  }
  return { label: t('details_hide_host', where.host), hint: t('details_hide_host_hint', where.host) };
}

export function BadgeDetails({ estimate, text, posting, hide }: DetailsProps) {
  const { role, scope, verdict } = estimate;
  const scale = text.scale;
  const byValue = new Map(scale ? [[estimate.p25, scale.low], [estimate.p75, scale.high], [estimate.p50, scale.median]] : []);
  const format = (x: number) => byValue.get(x) ?? '';
  const level = t(`level_${role.level}` as MessageKey);
  const steps = scope.tier - 1;
  const verdictText = verdictWords(verdict);
  return (
    <div class="pl-card-body" data-testid="badge-details">
      {scale ? (
        <RangeBar
          p25={estimate.p25}
          p50={estimate.p50}
          p75={estimate.p75}
          posted={scale.posted}
          format={format}
          labels={{ band: t('bar_band'), median: t('bar_median'), posted: t('bar_posted') }}
          summary={t('bar_summary', scale.low, scale.high, scale.median)}
        />
      ) : null}
      {text.posted ? (
        <p>
          {t('posted_by_employer', text.posted)}
          {verdictText ? <b> — {verdictText}</b> : null}
        </p>
      ) : null}
      <p>
        {t('details_role', role.specialization ? `${role.family} (${role.specialization})` : role.family)} ·{' '}
        {t('details_level', level.startsWith('level_') ? role.level : level)} ·{' '}
        {posting.company ? t(scope.kind === 'company' ? 'details_company_yes' : 'details_company_no', posting.company) + ' · ' : ''}
        {t('details_place', scope.label)}
      </p>
      <p class="pl-muted">{steps > 0 ? tn('details_backoff', steps) : t('details_exact')}</p>
      {estimate.levelRule ? <p>{levelRuleText(estimate, 'details')}</p> : null}
      <p>{t(estimate.basis === 'total' ? 'details_basis_total' : 'details_basis_base')}</p>
      {posting.locations.length > 1 ? <p class="pl-muted">{t('details_locations', posting.locations.slice(1).join(', '))}</p> : null}
      <p class="pl-muted">
        {t('details_sources')}{' '}
        {estimate.sources.map((s, i) => (
          <span key={s.name}>
            {i > 0 ? '; ' : ''}
            {t(
              'details_source',
              s.name,
              String(s.year),
              s.licence,
            )}
          </span>
        ))}
        . {t('details_as_of', estimate.asOf, estimate.ratesAsOf)} {t(`details_confidence_${estimate.confidence}`)}.
      </p>
      {hide ? <HideButton where={hide.where} run={hide.run} /> : null}
    </div>
  );
}

function HideButton({ where, run }: { where: HideTarget; run: (event: Event) => void }) {
  const { label, hint } = hideWords(where);
  return (
    <p>
      <button type="button" class="pl-hide" aria-describedby="pl-hide-hint" onClick={run}>
        {label}
      </button>{' '}
      <span class="pl-muted" id="pl-hide-hint">
        {hint}
      </span>
    </p>
  );
}

let sheet: CSSStyleSheet | null | undefined;

/** The card's stylesheet, added once to the badge's shadow root (a <style> where sheets can't be adopted). */
function addStyles(el: HTMLElement): void {
  const root = el.getRootNode();
  if (!(root instanceof ShadowRoot) || root.querySelector('style[data-pl-details]')) return;
  try {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(detailsCss);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (root.adoptedStyleSheets.includes(sheet)) return;
  } catch {
    sheet = null;
  }
  const style = document.createElement('style');
  style.dataset.plDetails = '';
  style.textContent = detailsCss;
  root.prepend(style);
}

/** Draw (props) or take down (null) the card in `el`. */
export function renderDetails(el: HTMLElement, props: DetailsProps | null): void {
  if (props) addStyles(el);
  render(props ? <BadgeDetails {...props} /> : null, el);
}
