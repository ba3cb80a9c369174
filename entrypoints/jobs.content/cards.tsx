/**
 * Compact badges on listing pages: one `<paylens-badge data-variant="card">` per visible card,
 * including cards appended later (infinite scroll, virtualised lists). All card badges share one
 * constructed stylesheet (adoptedStyleSheets) instead of a <style> or a fetch per card, and
 * estimates are asked for in batches.
 */
import { render } from 'preact';
import { Badge, type BadgeView } from '../../components/Badge';
import badgeCss from '../../components/badge.css?inline';
import type { JobPosting } from '../../utils/schemas';
import type { JobCard, SiteAdapter } from '../../utils/sites/types';

const RESET = ':host{all:initial !important;}';
const MAX_CARDS = 2000;

let sharedSheet: CSSStyleSheet | null | undefined;

/** One stylesheet object for every card badge; null where constructable sheets can't be adopted. */
function adoptShared(shadow: ShadowRoot): boolean {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(`${RESET}\n${badgeCss}`);
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

export interface CardBadge {
  jobKey: string;
  host: HTMLElement;
  card: JobCard;
  update(view: BadgeView): void;
  remove(): void;
}

export function mountCardBadge(card: JobCard, onCheckYours: (posting: JobPosting) => void): CardBadge {
  const { posting, anchor } = card;
  const host = document.createElement('paylens-badge');
  host.dataset.jobKey = posting.jobKey;
  host.dataset.variant = 'card';
  host.dataset.state = 'loading';
  const shadow = host.attachShadow({ mode: 'open' });
  if (!adoptShared(shadow)) {
    const style = document.createElement('style');
    style.textContent = `${RESET}\n${badgeCss}`;
    shadow.append(style);
  }
  const container = document.createElement('div');
  shadow.append(container);
  // Keep clicks on the badge from opening the card's link underneath.
  for (const type of ['click', 'mousedown', 'pointerdown', 'keydown']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  let view: BadgeView = { state: 'loading' };
  const draw = () => render(<Badge variant="card" posting={posting} view={view} onCheckYours={() => onCheckYours(posting)} />, container);
  anchor.after(host);
  draw();
  return {
    jobKey: posting.jobKey,
    host,
    card,
    update(next) {
      view = next;
      host.dataset.state = next.state;
      draw();
    },
    remove() {
      render(null, container);
      host.remove();
    },
  };
}

/** Cards under `roots` (the whole document, or only the subtrees a mutation added). */
export function findCards(adapter: SiteAdapter, doc: Document, url: URL, roots: readonly Node[] | null): JobCard[] {
  if (adapter.cardSelector && adapter.extractCard) {
    const elements = new Set<Element>();
    const selector = adapter.cardSelector;
    const scan = (root: ParentNode) => {
      for (const el of Array.from(root.querySelectorAll(selector))) {
        if (elements.size >= MAX_CARDS) return;
        elements.add(el);
      }
    };
    if (roots === null) scan(doc);
    else {
      for (const node of roots) {
        if (!(node instanceof Element)) continue;
        const card = node.closest(selector);
        if (card) elements.add(card);
        else scan(node);
      }
    }
    const cards: JobCard[] = [];
    for (const el of elements) {
      const card = adapter.extractCard(el, url);
      if (card) cards.push(card);
    }
    return cards;
  }
  // Adapters without per-card extraction: read the list again (bounded by the adapter).
  return adapter.extractCards ? adapter.extractCards(doc, url).slice(0, MAX_CARDS) : [];
}
