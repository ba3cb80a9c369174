/**
 * Compact badges on listing pages: one `<paylens-badge data-variant="card">` per visible card,
 * including cards appended later (infinite scroll, virtualised lists). All badges share one
 * constructed stylesheet (mount.tsx); estimates are asked for in batches (page-loop.ts).
 */
import type { JobPosting } from '../schemas';
import type { JobCard, SiteAdapter } from '../sites/types';
import { mountBadge, type MountedBadge } from './mount';

const MAX_CARDS = 2000;

export interface CardBadge extends MountedBadge {
  card: JobCard;
}

export function mountCardBadge(card: JobCard, onCheckYours: (posting: JobPosting) => void): CardBadge {
  return { ...mountBadge(card.anchor, card.posting, 'card', () => onCheckYours(card.posting)), card };
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
