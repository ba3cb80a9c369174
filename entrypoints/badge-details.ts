/**
 * The badge's details card as a file of its own (web-accessible): the content scripts import it
 * on the first open (utils/content/details-loader.ts), so its code is not in every page's script.
 * Loaded as a module into the content script's world, it hands its renderer over on a global of
 * that world (the page's own scripts do not share it).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { renderDetails } from '../components/BadgeDetails';
import { DETAILS_GLOBAL } from '../utils/content/details-loader';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[DETAILS_GLOBAL] = renderDetails;
});
