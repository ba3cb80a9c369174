import { Component, type ComponentChild } from 'preact';
import { t, tn, type MessageKey } from '../utils/i18n';
import type { BadgeText, EstimateNoData, EstimateOk, JobPosting, RoleRef } from '../utils/schemas';
import type { DetailsProps } from './BadgeDetails';

/** What the badge shows; figures come as text from the background (utils/badge-text.ts). */
export type BadgeView =
  | { state: 'loading'; preparing?: boolean }
  | { state: 'ok'; estimate: EstimateOk; text: BadgeText }
  | { state: 'no-data'; estimate: EstimateNoData; text: BadgeText }
  | { state: 'error'; message: string; retry?: () => void };

/**
 * Draws the details card into `el` (null: takes it down). In the content scripts it is loaded on
 * the first open (utils/content/details-loader.ts), so its code is not in every page's script.
 */
export type DetailsRenderer = (el: HTMLElement, props: DetailsProps | null) => void;

/**
 * What "Hide on …" hides, said as it is: a known site's own switch (every page of that site, e.g.
 * all Greenhouse boards: "Hide on Greenhouse"), or, on a page the all-sites reader found, this
 * host alone ("Hide on jobs.example.com").
 */
export type HideTarget = { site: string } | { host: string };

export interface Hide {
  where: HideTarget;
  run: () => void;
}

export interface BadgeProps {
  variant: 'full' | 'card';
  posting: JobPosting;
  view: BadgeView;
  /** the full badge's style setting: the whole line, or the figure alone */
  badgeStyle?: 'full' | 'compact';
  onCheckYours?: () => void;
  /** "Hide on …" in the details card: where it hides (a known site's switch, or this host) and the action */
  hide?: Hide;
  loadDetails?: () => Promise<DetailsRenderer>;
}

/** "Software Engineer" → "Software Engineers", "Sales Representative" → "Sales Representatives". */
export function pluralRole(family: string): string {
  if (/(s|sh|ch|x)$/i.test(family)) return family;
  if (/[^aeiou]y$/i.test(family)) return `${family.slice(0, -1)}ies`;
  return `${family}s`;
}

/** "Senior Software Engineers", "Software Engineers (manager level)". */
export function roleWords(role: RoleRef): string {
  const plural = pluralRole(role.family);
  const key = `role_level_${role.level}` as MessageKey;
  const text = t(key, plural);
  return text === key ? plural : text;
}

/** "in Bengaluru" reads in the sentence; "industry-wide" goes in parentheses. */
export const placeWords = (label: string) => (/^in /.test(label) ? label : `(${label})`);

/** "PayLens estimate ~₹19.5 LPA for Senior Software Engineers (in India)": the badge names its scope in parentheses. */
const forWords = (estimate: EstimateOk) => t('badge_for', roleWords(estimate.role), `(${estimate.scope.label})`);

/**
 * The evidence behind the figure. Never anything derived from the user's own submissions: the
 * badge lives in the host page's DOM (an open shadow root), where any page script can read it;
 * the popup, an extension page, is where the user's own data is shown.
 */
function evidence(estimate: EstimateOk): string {
  if (estimate.n === null || estimate.figures === 'statistics') return t('badge_evidence_statistics');
  if (estimate.figures === 'offered-floors') return tn('badge_evidence_floors', estimate.n);
  return tn(estimate.figures === 'shared' ? 'badge_evidence_shared' : 'badge_evidence_salaries', estimate.n);
}

/** How a level's figure was made when it is not that level's own salaries (interns: a stated rule). */
export function levelRuleText(estimate: EstimateOk, where: 'badge' | 'details' = 'badge'): string | null {
  return estimate.levelRule ? t(`${where}_rule_${estimate.levelRule.replace(/-/g, '_')}` as MessageKey) : null;
}

/** "12% above market", from the posting's range against the market midpoint. */
export function verdictWords(verdict: EstimateOk['verdict']): string | null {
  if (!verdict) return null;
  const pct = Math.round(verdict.midpointPct);
  return pct === 0 ? t('badge_vs_at') : t(pct < 0 ? 'badge_vs_below' : 'badge_vs_above', Math.abs(pct));
}

/**
 * Only a person's own click or key press: a page script can reach the button through the open
 * shadow root and call `.click()` (isTrusted false), which must not open the popup or tabs.
 */
function trusted(action: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted === true) action();
  };
}

const sep = (item: ComponentChild) =>
  item ? (
    <>
      {' '}
      <span class="pl-sep" aria-hidden="true">
        ·
      </span>{' '}
      {item}
    </>
  ) : null;

interface BadgeState {
  open: boolean;
  /** the details renderer once loaded; false when it could not be */
  details?: DetailsRenderer | false;
}

/**
 * A class component, not hooks: preact/hooks would add ~1 KB gzipped to every content script
 * for one boolean. The details card is its own Preact root in `slot` (drawn by the renderer,
 * which may come from a lazily loaded module with its own copy of Preact).
 */
export class Badge extends Component<BadgeProps, BadgeState> {
  override state: BadgeState = { open: false };
  private slot: HTMLElement | null = null;
  private toggleButton: HTMLButtonElement | null = null;
  private drawn: DetailsRenderer | null = null;

  private onDocPointer = (e: Event) => {
    const base = this.base as Element | undefined;
    if (!base) return;
    const root = base.getRootNode();
    if (!e.composedPath().includes(root instanceof ShadowRoot ? root.host : base)) this.close(false);
  };

  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.state.open) {
      e.stopPropagation();
      this.close(true);
    }
  };

  private close(refocus: boolean) {
    if (!this.state.open) return;
    this.setState({ open: false });
    if (refocus) this.toggleButton?.focus();
  }

  private toggle = () => {
    const open = !this.state.open;
    this.setState({ open });
    if (open && this.state.details === undefined && this.props.loadDetails) {
      this.props.loadDetails().then(
        (details) => this.setState({ details }),
        () => this.setState({ details: false }),
      );
    }
  };

  /** A click anywhere on the line opens the card (its buttons and links do their own thing). */
  private onLineClick = (e: MouseEvent) => {
    const target = e.target as Element | null;
    if (e.isTrusted && target && !target.closest('button, a')) this.toggle();
  };

  override componentDidMount() {
    this.syncDetails();
  }

  override componentDidUpdate() {
    this.syncDetails();
  }

  override componentWillUnmount() {
    this.listen(false);
    if (this.drawn && this.slot) this.drawn(this.slot, null);
  }

  private listening = false;
  private listen(on: boolean) {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('pointerdown', this.onDocPointer, true);
    window[method]('keydown', this.onKey as EventListener, true);
  }

  private syncDetails() {
    const { view, posting, hide } = this.props;
    const open = this.state.open && view.state === 'ok';
    this.listen(open);
    const renderer = this.state.details;
    if (open && this.slot && renderer) {
      renderer(this.slot, { estimate: view.estimate, text: view.text, posting, hide: hide && { where: hide.where, run: trusted(hide.run) } });
      this.drawn = renderer;
    } else if (this.drawn && this.slot) {
      this.drawn(this.slot, null);
      this.drawn = null;
    }
  }

  override render({ variant, view, onCheckYours, badgeStyle }: BadgeProps, { open, details }: BadgeState) {
    const checkYours = (label: MessageKey) =>
      onCheckYours ? (
        <button type="button" class="pl-check" onClick={trusted(onCheckYours)}>
          {t(label)}
        </button>
      ) : null;
    const cls = variant === 'card' ? 'pl pl-card' : 'pl';

    // A listing card with no figure gets a small mark, never a text block: a page of 60 cards
    // PayLens has nothing for must look like the site without PayLens (issue 8, listing noise).
    if (variant === 'card' && view.state !== 'ok') {
      const why =
        view.state === 'no-data' ? t('badge_dot_no_data', view.estimate.reason) : t(view.state === 'error' ? 'badge_dot_error' : 'badge_dot_loading');
      return <span class="pl-dot" data-state={view.state} role="img" aria-label={why} title={why} />;
    }

    if (view.state === 'loading') {
      return (
        <div class={cls} data-state="loading" role="status" aria-live="polite">
          <span class="pl-brand">{t('badge_brand')}</span> <span class="pl-muted">{t(view.preparing ? 'badge_preparing' : 'badge_loading')}</span>
        </div>
      );
    }
    if (view.state === 'error') {
      const { retry } = view;
      return (
        <div class={cls} data-state="error" role="status">
          <span class="pl-brand">{t('badge_brand')}</span> <span class="pl-muted">{t('badge_error')}</span>
          {retry ? sep(<button type="button" class="pl-retry" onClick={trusted(retry)}>{t('badge_retry')}</button>) : null}
        </div>
      );
    }
    const posted = view.text.posted;
    if (view.state === 'no-data') {
      return (
        <div class={cls} data-state="no-data" role="group" aria-label={t('badge_label')}>
          <div class="pl-line">
            <span class="pl-brand">{t('badge_brand')}</span> <span>{t('badge_no_data')}</span>{' '}
            <span class="pl-muted">({view.estimate.reason})</span>
            {sep(posted ? <span>{t('posted_by_employer', '')}<span class="pl-figure">{posted}</span></span> : null)}
            {sep(checkYours('badge_add_yours'))}
            {/* no details card here: a page the all-sites reader found is hidden from the line itself */}
            {this.props.hide && 'host' in this.props.hide.where
              ? sep(
                  <button type="button" class="pl-hide" onClick={trusted(this.props.hide.run)}>
                    {t('details_hide_host', this.props.hide.where.host)}
                  </button>,
                )
              : null}
          </div>
        </div>
      );
    }
    const { estimate } = view;
    const verdict = verdictWords(estimate.verdict);
    if (variant === 'card') {
      const below = estimate.verdict?.position === 'below';
      // the card shows the figure; its name (and tooltip) says what the figure is for
      const label = `${t('badge_brand_estimate')} ~${view.text.figure} ${forWords(estimate)}`;
      return (
        <div class={cls} data-state="ok" role="group" aria-label={label} title={label}>
          <span class="pl-brand">{t('badge_brand')}</span> <span class="pl-figure">~{view.text.figure}</span>
          {below ? (
            <span class="pl-below" role="img" aria-label={t('badge_card_below')} title={t('badge_card_below')}>
              ▼
            </span>
          ) : null}
        </div>
      );
    }
    const compact = badgeStyle === 'compact';
    return (
      <div class={cls} data-state="ok" data-style={compact ? 'compact' : 'full'} role="group" aria-label={t('badge_label')}>
        <div class="pl-line" onClick={this.onLineClick}>
          <span class="pl-brand">{t(compact ? 'badge_brand' : 'badge_brand_estimate')}</span> <span class="pl-figure">~{view.text.figure}</span>
          {compact ? null : (
            <>
              {' '}
              <span>{forWords(estimate)}</span>
              {sep(levelRuleText(estimate) ? <span class="pl-rule">{levelRuleText(estimate)}</span> : null)}
              {sep(<span class="pl-muted">{evidence(estimate)}</span>)}
              {sep(posted ? <span class="pl-posted">{t('badge_posted', posted)}</span> : null)}
            </>
          )}
          {sep(posted && verdict ? <b class="pl-verdict">{verdict}</b> : null)}
          {sep(
            <button
              type="button"
              class="pl-toggle"
              aria-expanded={open}
              aria-controls="pl-details"
              ref={(el) => {
                this.toggleButton = el;
              }}
              onClick={this.toggle}
            >
              {t(open ? 'badge_less' : 'badge_details')}
            </button>,
          )}
          {compact ? null : sep(checkYours('badge_check_yours'))}
        </div>
        {open ? (
          <div class="pl-details" id="pl-details" role="region" aria-label={t('details_label')} ref={(el) => {
              if (!el && this.slot && this.drawn) this.drawn(this.slot, null);
              if (!el) this.drawn = null;
              this.slot = el;
            }}
          >
            {details === false ? <span class="pl-muted">{t('details_unavailable')}</span> : null}
          </div>
        ) : null}
      </div>
    );
  }
}
