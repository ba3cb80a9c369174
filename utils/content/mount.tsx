/**
 * Mounting badges: one `<paylens-badge data-job-key data-variant data-state>` per (jobKey,
 * variant), with an open shadow root and Preact inside. Every badge on a page adopts the same
 * constructed stylesheet (a listing page can have 500), with WXT's shadow-root reset
 * (`:host{all:initial}`) so no page CSS leaks in.
 *
 * Why not WXT's createShadowRootUi: it brings autoMount, wait-element, defu and a per-instance
 * <style> (~4.5 KB gzipped in every content script, against a 30 KB budget) for a host element
 * we can create in ten lines; its behaviour that matters here (open shadow root, the reset,
 * events kept inside, removal on invalidation) is kept below and in the page loop.
 */
import { render } from 'preact';
import { Badge, type BadgeView, type Hide } from '../../components/Badge';
import type { BadgeStyle } from '../settings-core';
import { loadDetails } from './details-loader';
import badgeCss from '../../components/badge.css?inline';
import type { JobPosting } from '../schemas';

const RESET = ':host{all:initial !important;}';
const STYLE_TEXT = `${RESET}\n${badgeCss}`;

let sharedSheet: CSSStyleSheet | null | undefined;

/** One stylesheet object for every badge; false where constructed sheets can't be adopted. */
function adoptShared(shadow: ShadowRoot): boolean {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLE_TEXT);
    } catch {
      sharedSheet = null;
    }
  }
  if (!sharedSheet) return false;
  try {
    shadow.adoptedStyleSheets = [sharedSheet];
    return shadow.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}

/** The badge style setting, shared by every badge of the page; a change redraws them all. */
let badgeStyle: BadgeStyle = 'full';
const drawers = new Set<() => void>();

export function setBadgeStyle(style: BadgeStyle): void {
  if (style === badgeStyle) return;
  badgeStyle = style;
  for (const draw of drawers) draw();
}

export interface MountedBadge {
  jobKey: string;
  variant: 'full' | 'card';
  host: HTMLElement;
  anchor: Element;
  update(view: BadgeView): void;
  remove(): void;
}

/**
 * Insert a badge next to `anchor` and draw it (in the loading state unless told). A full badge, or
 * a card's figure, goes right after the anchor; a card with no figure is a small dot at the end of
 * the anchor (the card's title), so it adds no line to the card.
 */
export function mountBadge(
  anchor: Element,
  posting: JobPosting,
  variant: 'full' | 'card',
  onCheckYours: () => void,
  initial: BadgeView = { state: 'loading' },
  hide?: Hide,
): MountedBadge {
  const host = document.createElement('paylens-badge');
  host.dataset.jobKey = posting.jobKey;
  host.dataset.variant = variant;
  host.dataset.state = initial.state;
  const shadow = host.attachShadow({ mode: 'open' });
  if (!adoptShared(shadow)) {
    const style = document.createElement('style');
    style.textContent = STYLE_TEXT;
    shadow.append(style);
  }
  const container = document.createElement('div');
  shadow.append(container);
  // Keep the page's shortcuts and card links from reacting to clicks and keys on the badge.
  for (const type of ['click', 'mousedown', 'pointerdown', 'keydown', 'keyup', 'keypress']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  let view: BadgeView = initial;
  const draw = () =>
    render(
      <Badge variant={variant} posting={posting} view={view} badgeStyle={badgeStyle} onCheckYours={onCheckYours} hide={hide} loadDetails={loadDetails} />,
      container,
    );
  drawers.add(draw);
  if (variant === 'card' && initial.state !== 'ok') anchor.append(host);
  else anchor.after(host);
  draw();
  return {
    jobKey: posting.jobKey,
    variant,
    host,
    anchor,
    update(next) {
      view = next;
      host.dataset.state = next.state;
      draw();
    },
    remove() {
      drawers.delete(draw);
      render(null, container);
      host.remove();
    },
  };
}
