/**
 * Mounting badges: one `<paylens-badge>` per (jobKey, variant), in an open shadow root made with
 * WXT's createShadowRootUi, rendered with Preact. Idempotent: mounting the same key again updates
 * the existing badge; a different key replaces it.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge, type BadgeView } from '../../components/Badge';
import badgeCss from '../../components/badge.css?inline';
import type { JobPosting } from '../../utils/schemas';

export interface MountedBadge {
  jobKey: string;
  variant: 'full' | 'card';
  host: HTMLElement;
  update(view: BadgeView): void;
  remove(): void;
}

export async function mountBadge(
  ctx: ContentScriptContext,
  anchor: Element,
  posting: JobPosting,
  variant: 'full' | 'card',
  onCheckYours: () => void,
): Promise<MountedBadge> {
  let container: HTMLElement | null = null;
  let view: BadgeView = { state: 'loading' };
  const draw = () => {
    if (container) render(<Badge variant={variant} posting={posting} view={view} onCheckYours={onCheckYours} />, container);
  };
  const ui = await createShadowRootUi(ctx, {
    name: 'paylens-badge',
    position: 'inline',
    anchor,
    append: 'after',
    mode: 'open',
    css: badgeCss,
    isolateEvents: true,
    onMount(uiContainer) {
      container = uiContainer;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  const host = ui.shadowHost;
  host.dataset.jobKey = posting.jobKey;
  host.dataset.variant = variant;
  host.dataset.state = 'loading';
  ui.mount();
  return {
    jobKey: posting.jobKey,
    variant,
    host,
    update(next) {
      view = next;
      host.dataset.state = next.state;
      draw();
    },
    remove() {
      ui.remove();
    },
  };
}
