/**
 * Compact badges on listing pages: one `<paylens-badge data-variant="card">` per visible card,
 * including cards appended later (infinite scroll, virtualised lists). All badges share one
 * constructed stylesheet (mount.tsx); estimates are asked for in batches (page-loop.ts).
 */
import type { BadgeView } from '../../components/Badge';
import type { JobPosting } from '../schemas';
import type { JobCard, SiteAdapter } from '../sites/types';
import { mountBadge, type MountedBadge } from './mount';

const MAX_CARDS = 2000;

export interface CardBadge extends MountedBadge {
  card: JobCard;
}

/** A card's badge, drawn once its answer is known (no "estimating…" on every card of a list). */
export function mountCardBadge(card: JobCard, onCheckYours: (posting: JobPosting) => void, view: BadgeView): CardBadge {
  return { ...mountBadge(card.anchor, card.posting, 'card', () => onCheckYours(card.posting), view), card };
}

/**
 * Card elements under `roots` (the whole document, or only the subtrees a mutation added) — a
 * cheap selector pass; each card is read later, in time slices (page-loop.ts).
 */
export function findCardElements(adapter: SiteAdapter, doc: Document, roots: readonly Node[] | null): Element[] {
  const selector = adapter.cardSelector;
  if (!selector) return [];
  const elements = new Set<Element>();
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
  return [...elements];
}
