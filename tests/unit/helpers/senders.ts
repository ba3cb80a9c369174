/** Message senders as the browser describes them: PayLens's own pages, and a content script in a web page. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Sender } from '../../../utils/handlers';

export const popupSender = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
export const contentSender = (url = 'https://boards.greenhouse.io/ridgeline/jobs/4012345'): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: 7 },
});
