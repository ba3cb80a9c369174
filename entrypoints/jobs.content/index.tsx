import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../../utils/sites/match-patterns';
import { startPageLoop } from './page-loop';

export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_end',
  // ATS boards embedded in company pages show the posting inside an iframe.
  allFrames: true,
  // The badge's CSS is inlined into each shadow root: nothing is injected into the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    // The same script can be injected twice (manifest + all-sites registration): run once.
    const flag = '__paylensLoaded';
    const w = window as unknown as Record<string, boolean>;
    if (w[flag]) return;
    w[flag] = true;
    ctx.onInvalidated(() => {
      w[flag] = false;
    });
    startPageLoop(ctx);
  },
});
