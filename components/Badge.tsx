import { Component } from 'preact';
import type { BadgeText, EstimateNoData, EstimateOk, JobPosting } from '../utils/schemas';

/** What the badge shows; figures come as text from the background (utils/badge-text.ts). */
export type BadgeView =
  | { state: 'loading' }
  | { state: 'ok'; estimate: EstimateOk; text: BadgeText }
  | { state: 'no-data'; estimate: EstimateNoData; text: BadgeText }
  | { state: 'error'; message: string };

export interface BadgeProps {
  variant: 'full' | 'card';
  posting: JobPosting;
  view: BadgeView;
  onCheckYours?: () => void;
}

/** "Software Engineer" → "Software Engineers", "Sales Representative" → "Sales Representatives". */
export function pluralRole(family: string): string {
  if (/(s|sh|ch|x)$/i.test(family)) return family;
  if (/[^aeiou]y$/i.test(family)) return `${family.slice(0, -1)}ies`;
  return `${family}s`;
}

/**
 * The evidence behind the figure. Never anything derived from the user's own submissions: the
 * badge lives in the host page's DOM (an open shadow root), where any page script can read it;
 * the popup, an extension page, is where the user's own data is shown.
 */
function evidence(estimate: EstimateOk): string {
  if (estimate.n === null || estimate.figures === 'statistics') return 'from official wage statistics';
  const count = estimate.n.toLocaleString('en');
  if (estimate.figures === 'offered-floors') return `based on ${count} H-1B filings (offered pay floors)`;
  if (estimate.figures === 'shared') return `based on ${count} shared salaries`;
  return `based on ${count} salaries`;
}

/** How a level's figure was made when it is not that level's own salaries (interns: a stated rule). */
export function levelRuleText(estimate: EstimateOk): string | null {
  switch (estimate.levelRule) {
    case 'intern-dol-level-i':
      return 'intern estimate: DOL level I wage';
    case 'intern-below-entry':
      return 'intern estimate: entry figure × DOL level I ÷ level II wage';
    case 'intern-salaries':
      return 'intern estimate: salaries of interns';
    default:
      return null;
  }
}

/** The explanation of a level rule in the details. */
function levelRuleDetail(estimate: EstimateOk): string | null {
  switch (estimate.levelRule) {
    case 'intern-dol-level-i':
      return "Intern estimate: the US Department of Labor's level I (entry) prevailing wage for the occupation, relative to its median, applied here.";
    case 'intern-below-entry':
      return "Intern estimate: the entry-level figure lowered by the step between the US Department of Labor's level I and level II wages for the occupation (where the entry figure is already below level I).";
    case 'intern-salaries':
      return 'Intern estimate: from salaries reported by interns.';
    default:
      return null;
  }
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

function Details({ estimate, text, posting }: { estimate: EstimateOk; text: BadgeText; posting: JobPosting }) {
  return (
    <div class="pl-details" id="pl-details">
      <div>
        Middle half of salaries: <b>{text.band}</b>{' '}
        <span class="pl-muted">({estimate.basis === 'total' ? 'total pay' : 'base pay'})</span>
      </div>
      <div>
        For: {estimate.role.family}
        {estimate.role.specialization ? ` (${estimate.role.specialization})` : ''}, level {estimate.role.level},{' '}
        {estimate.scope.label}
        {estimate.scope.tier > 1 ? <span class="pl-muted"> — backed off {estimate.scope.tier - 1} step(s) to find data</span> : null}
      </div>
      {levelRuleDetail(estimate) ? <div>{levelRuleDetail(estimate)}</div> : null}
      {posting.locations.length > 1 ? (
        <div class="pl-muted">Estimate for the first location; the posting also lists {posting.locations.slice(1).join(', ')}.</div>
      ) : null}
      {text.posted ? (
        <div>
          Posted by the employer: {text.posted}
          {estimate.verdict ? (
            <b>
              {' '}
              — {Math.abs(Math.round(estimate.verdict.midpointPct))}%{' '}
              {estimate.verdict.midpointPct < 0 ? 'below' : 'above'} the market midpoint
            </b>
          ) : null}
        </div>
      ) : null}
      <div class="pl-muted">
        Sources:{' '}
        {estimate.sources.map((s, i) => (
          <span key={s.name}>
            {i > 0 ? '; ' : ''}
            {s.url && /^https:\/\//.test(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.name}
              </a>
            ) : (
              s.name
            )}{' '}
            ({s.year}, {s.licence})
          </span>
        ))}
        . Figures as of {estimate.asOf};
        exchange rates as of {estimate.ratesAsOf}. Confidence: {estimate.confidence}.
      </div>
    </div>
  );
}

/**
 * A class component, not hooks: preact/hooks would add ~1 KB gzipped to every content script
 * for one boolean.
 */
export class Badge extends Component<BadgeProps, { open: boolean }> {
  override state = { open: false };

  override render() {
    return renderBadge(this.props, this.state.open, () => this.setState({ open: !this.state.open }));
  }
}

function renderBadge({ variant, posting, view, onCheckYours }: BadgeProps, open: boolean, toggle: () => void) {
  const checkYours = onCheckYours ? (
    <button type="button" class="pl-check" onClick={trusted(onCheckYours)}>
      Check yours
    </button>
  ) : null;
  const posted = view.state === 'ok' || view.state === 'no-data' ? view.text.posted : null;
  const cls = variant === 'card' ? 'pl pl-card' : 'pl';

  // A listing card with no figure gets a small mark, never a text block: a page of 60 cards
  // PayLens has nothing for must look like the site without PayLens (issue 8, listing noise).
  if (variant === 'card' && view.state !== 'ok') {
    const why = `PayLens: ${view.state === 'no-data' ? `no salary data for this role yet. ${view.estimate.reason}` : view.state === 'error' ? view.message : 'estimating…'}`;
    return <span class="pl-dot" data-state={view.state} role="img" aria-label={why} title={why} />;
  }

  if (view.state === 'loading') {
    return (
      <div class={cls} data-state="loading" role="status" aria-live="polite">
        <span class="pl-brand">PayLens</span> <span class="pl-muted">estimating…</span>
      </div>
    );
  }
  if (view.state === 'error') {
    return (
      <div class={cls} data-state="error" role="status">
        <span class="pl-brand">PayLens</span> <span class="pl-muted">could not estimate this posting: {view.message}</span>
      </div>
    );
  }
  if (view.state === 'no-data') {
    return (
      <div class={cls} data-state="no-data" role="group" aria-label="PayLens">
        <div class="pl-line">
          <span class="pl-brand">PayLens</span> <span>No salary data for this role here yet</span>{' '}
          <span class="pl-muted">({view.estimate.reason})</span>
          {posted ? (
            <>
              {' '}
              <span class="pl-sep">·</span>{' '}
              <span>
                Posted: <span class="pl-figure">{posted}</span>
              </span>
            </>
          ) : null}
          {checkYours ? (
            <>
              {' '}
              <span class="pl-sep">·</span> {checkYours}
            </>
          ) : null}
        </div>
      </div>
    );
  }
  const { estimate } = view;
  const figure = view.text.figure;
  return (
    <div class={cls} data-state="ok" role="group" aria-label="PayLens salary estimate">
      <div class="pl-line">
        <span class="pl-brand">PayLens estimate</span>{' '}
        <span class="pl-figure">~{figure}</span>{' '}
        <span>
          for {pluralRole(estimate.role.family)} ({estimate.scope.label})
        </span>
        {levelRuleText(estimate) ? (
          <>
            {' '}
            <span class="pl-sep">·</span> <span class="pl-rule">{levelRuleText(estimate)}</span>
          </>
        ) : null}
        {variant === 'full' ? (
          <>
            {' '}
            <span class="pl-sep">·</span> <span class="pl-muted">{evidence(estimate)}</span>
          </>
        ) : null}
        {variant === 'full' ? (
          <>
            {' '}
            <span class="pl-sep">·</span>{' '}
            <button type="button" aria-expanded={open} aria-controls="pl-details" onClick={toggle}>
              {open ? 'Less' : 'Details'}
            </button>
          </>
        ) : null}
        {checkYours ? (
          <>
            {' '}
            <span class="pl-sep">·</span> {checkYours}
          </>
        ) : null}
      </div>
      {open ? <Details estimate={estimate} text={view.text} posting={posting} /> : null}
    </div>
  );
}
