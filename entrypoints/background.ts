import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncAllSitesRegistration } from '../utils/all-sites';
import { CROWD_ALARM, flushIfSharing, sharingChanged, syncCrowd } from '../utils/crowd/service';
import { ensureDataset, prepareAnswers } from '../utils/estimate/service';
import { completeSettings, getSettings, SETTINGS_KEY } from '../utils/settings';
import { forgetTab, handle, MESSAGE_NAMES, rememberTabPosting } from '../utils/handlers';
import { onMessage } from '../utils/messaging';
import { traceMark } from '../utils/perf-trace';

export default defineBackground(() => {
  traceMark('sw-main');
  // Listeners are registered synchronously, so a message that woke the worker is not missed.
  for (const name of MESSAGE_NAMES) {
    onMessage(name, ({ data, sender }) => {
      traceMark(`sw-message-${name}`);
      // The popup's "this tab's posting": the last posting each tab's content script asked about.
      if (name === 'getEstimate') void rememberTabPosting(sender, data as unknown).catch(() => undefined);
      return handle(name, data as unknown, sender) as never;
    });
  }
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));
  const sync = () => {
    syncAllSitesRegistration().catch((error: unknown) => console.warn('PayLens: all-sites registration', error));
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    sync();
    // Install (or update) the embedded dataset now rather than on the first badge.
    ensureDataset().catch((error: unknown) => console.warn('PayLens: dataset install', error));
    // First run: offer detection on all sites (the granted demo/test build has it already).
    if (reason === 'install' && !__PAYLENS_GRANTED_BUILD__) {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
  });
  browser.runtime.onStartup.addListener(sync);
  // Sharing: nothing runs (and no request is made) unless the user turned it on.
  const crowdWarn = (error: unknown) => console.warn('PayLens: sharing', error);
  browser.storage.onChanged.addListener((changes, area) => {
    const change = area === 'local' ? changes[SETTINGS_KEY] : undefined;
    if (!change) return;
    const was = completeSettings(change.oldValue).sharing;
    const now = completeSettings(change.newValue).sharing;
    if (was !== now) sharingChanged(now).catch(crowdWarn);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== CROWD_ALARM) return;
    void getSettings().then((s) => (s.sharing ? syncCrowd(false).then(() => undefined) : undefined)).catch(crowdWarn);
  });
  browser.runtime.onStartup.addListener(() => void flushIfSharing().catch(crowdWarn));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  // Whatever woke the worker, an estimate is the likely first request: its database, dataset
  // check and settings reads start now, overlapping the message's delivery (I/O only, no CPU work).
  prepareAnswers();
  traceMark('sw-listening');
});
