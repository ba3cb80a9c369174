import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDb } from '../../utils/db/index';
import { installExtras, resetExtras } from './helpers/fake-extras';

// @webext-core/messaging talks to the `chrome` global.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;

beforeEach(async () => {
  fakeBrowser.reset();
  installExtras();
  resetExtras();
  await closeDb();
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});
