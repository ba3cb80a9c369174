/**
 * The background's message handlers, as plain async functions of `unknown` input: every payload
 * is validated with zod here (a message can come from any content script on any page), and every
 * outcome — including a failure — is a typed `Result`. Wired to messaging in background.ts.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { hasAllSitesPermission } from './all-sites';
import {
  addSubmission,
  deleteAllSubmissions,
  deleteSubmission,
  importSubmissions,
  listSubmissions,
  updateSubmission,
} from './db/submissions';
import { getDb } from './db/index';
import { badgeText } from './badge-text';
import { comparePay } from './estimate/compare';
import { DATASET_META_KEY, idbCellSource } from './estimate/idb';
import { ensureDataset, estimateForPosting } from './estimate/service';
import type { DatasetMeta } from './estimate/types';
import { RATES_AS_OF } from './normalize/currency';
import { getSettings, isSiteEnabled, localeRegion, settingsItem } from './settings';
import { isKnownSite, resolveAdapter } from './sites/registry';
import { PAGE_MESSAGES, type PageMessageName, type ProtocolMap } from './messaging';
import {
  AppError,
  describeIssues,
  JobPosting,
  SubmissionInput,
  type DatasetInfo,
  type EstimateAnswer,
  type Result,
  type TabPostingView,
} from './schemas';

type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;
type Value<K extends keyof ProtocolMap> = Answer<K> extends Result<infer V> ? V : never;

/** Thrown inside a handler to answer with that error code. */
export class HandlerError extends Error {
  constructor(
    readonly code: AppError['code'],
    message: string,
  ) {
    super(message);
  }
}

const prefillItem = storage.defineItem<JobPosting | null>('session:prefill', { fallback: null });

function parse<S extends z.ZodMiniType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new HandlerError('bad_request', `Invalid ${what}: ${describeIssues(result.error)}`);
  return result.data;
}

/** The estimate for one validated posting, with its text for the badge. */
async function estimatePosting(posting: JobPosting): Promise<EstimateAnswer> {
  const estimate = await estimateForPosting(posting);
  const { indianFormat } = await getSettings();
  return { estimate, text: badgeText(estimate, posting, { indian: indianFormat }) };
}

const MAX_BATCH = 200;

/** Messages of the core table below (the popup/options ones are in their own section). */
type CoreMessageName = Exclude<keyof ProtocolMap, PageMessageName>;

const handlers: { [K in CoreMessageName]: (data: unknown) => Promise<Value<K>> } = {
  async getEstimate(data): Promise<EstimateAnswer> {
    return estimatePosting(parse(JobPosting, data, 'posting'));
  },
  async getEstimates(data): Promise<Result<EstimateAnswer>[]> {
    if (!Array.isArray(data)) throw new HandlerError('bad_request', 'Invalid postings: expected a list');
    if (data.length > MAX_BATCH) throw new HandlerError('bad_request', `Invalid postings: at most ${MAX_BATCH} at once`);
    return Promise.all(
      data.map(async (item, i): Promise<Result<EstimateAnswer>> => {
        try {
          return { ok: true, value: await estimatePosting(parse(JobPosting, item, `posting ${i}`)) };
        } catch (error) {
          return { ok: false, error: toAppError(error) };
        }
      }),
    );
  },
  async submitSalary(data) {
    return addSubmission(parse(SubmissionInput, data, 'salary submission'));
  },
  async listSubmissions() {
    return listSubmissions();
  },
  async deleteSubmission(data) {
    const id = parse(z.string().check(z.minLength(1), z.maxLength(100)), data, 'submission id');
    return { deleted: await deleteSubmission(id) };
  },
  async getDatasetInfo(): Promise<DatasetInfo> {
    const db = await getDb();
    const meta = await db.get('meta', 'dataset');
    const info = (meta?.value ?? null) as { version: string; installedAt: string; cells: number; sources: DatasetInfo['sources'] } | null;
    return { ...(await datasetDates()), version: info?.version ?? null, installedAt: info?.installedAt ?? null, cells: info?.cells ?? 0, sources: info?.sources ?? [] };
  },
  async openCheckYours(data) {
    const posting = parse(JobPosting, data, 'posting');
    await prefillItem.setValue(posting);
    try {
      await browser.action.openPopup();
      return { opened: 'popup' as const };
    } catch {
      // openPopup needs a focused window (and is missing on older browsers): open it in a tab.
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
      return { opened: 'tab' as const };
    }
  },
  async takePrefill() {
    const posting = await prefillItem.getValue();
    if (posting) await prefillItem.removeValue();
    return posting;
  },
};

/** Map anything thrown to a typed, user-readable error. */
export function toAppError(error: unknown): AppError {
  if (error instanceof HandlerError) return { code: error.code, message: error.message };
  const name = (error as { name?: unknown } | null)?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return {
      code: 'storage_full',
      message: "Your browser's storage for PayLens is full. Nothing was saved: free some disk space and try again.",
    };
  }
  return { code: 'internal', message: `Something went wrong in PayLens: ${message}`.slice(0, 500) };
}

/** Run the named handler on an untrusted payload; always resolves to a Result. */
export async function handle<K extends CoreMessageName>(name: K, data: unknown): Promise<Answer<K>> {
  try {
    const value = await handlers[name](data);
    return { ok: true, value } as Answer<K>;
  } catch (error) {
    return { ok: false, error: toAppError(error) } as Answer<K>;
  }
}

export const MESSAGE_NAMES = Object.keys(handlers) as CoreMessageName[];

// =============================================================================================
// Popup and options: messages answered only for extension pages (never a content script), and
// the per-tab memory of the posting a content script last asked about. Kept apart from the core
// table above; wired in background.ts.
// =============================================================================================

/** What the background needs to know about who sent a message. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** True for the extension's own pages (popup, options, welcome), never for a content script. */
export function isExtensionPage(sender: MessageSenderLike | null | undefined): boolean {
  if (!sender || sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  const origin = browser.runtime.getURL('/');
  return sender.url.startsWith(origin);
}

const TAB_POSTING_PREFIX = 'tabPosting:';

interface RememberedPosting {
  posting: JobPosting;
  /** the tab's address when the posting was read (a later page in that tab is not this posting) */
  tabUrl: string | null;
}

/**
 * Remember, per tab in `storage.session` (cleared when the browser closes; the posting is public
 * page data), the last valid posting that tab's content script asked an estimate for.
 */
export async function rememberTabPosting(sender: MessageSenderLike | null | undefined, data: unknown): Promise<void> {
  const tabId = sender?.tab?.id;
  if (tabId === undefined || tabId < 0 || isExtensionPage(sender)) return;
  const parsed = JobPosting.safeParse(data);
  if (!parsed.success) return;
  const record: RememberedPosting = { posting: parsed.data, tabUrl: sender?.tab?.url ?? null };
  await browser.storage.session.set({ [`${TAB_POSTING_PREFIX}${tabId}`]: record });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(`${TAB_POSTING_PREFIX}${tabId}`);
}

/** The same document: equal addresses once the #fragment is dropped. */
const sameDocument = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

async function tabPostingView(tabId: number): Promise<TabPostingView> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? null;
  const stored = (await browser.storage.session.get(`${TAB_POSTING_PREFIX}${tabId}`))[`${TAB_POSTING_PREFIX}${tabId}`] as
    | RememberedPosting
    | undefined;
  const current = stored && (!url || !stored.tabUrl || sameDocument(stored.tabUrl, url)) ? stored.posting : null;
  let site: TabPostingView['site'] = null;
  let webPage = false;
  if (url) {
    try {
      const parsed = new URL(url);
      webPage = parsed.protocol === 'https:' || parsed.protocol === 'http:';
      const adapter = webPage && isKnownSite(parsed) ? resolveAdapter(parsed) : null;
      if (adapter) site = { id: adapter.id, enabled: isSiteEnabled(await getSettings(), adapter.id) };
    } catch {
      webPage = false;
    }
  } else {
    // no address: the tab is not one PayLens may read (no host permission); it may be a web page
    webPage = true;
  }
  return { posting: current, site, allSitesGranted: await hasAllSitesPermission(), webPage };
}

const ImportRow = z.extend(SubmissionInput, {
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  createdAt: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/))),
});
const MAX_IMPORT_ROWS = 50_000;

const pageHandlers: { [K in PageMessageName]: (data: unknown) => Promise<Value<K>> } = {
  async getTabPosting(data) {
    return tabPostingView(parse(z.number().check(z.int(), z.gte(0)), data, 'tab id'));
  },
  async compareSalary(data) {
    const input = parse(SubmissionInput, data, 'salary');
    await ensureDataset();
    const settings = await getSettings();
    return comparePay(input, idbCellSource(await getDb()), {
      userCountry: localeRegion(navigator.language),
      displayCurrency: settings.displayCurrency ?? input.currency,
    });
  },
  async updateSubmission(data) {
    const { id, input } = parse(z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), input: SubmissionInput }), data, 'change');
    const updated = await updateSubmission(id, input);
    if (!updated) throw new HandlerError('not_found', 'That salary is no longer saved.');
    return updated;
  },
  async importSubmissions(data) {
    if (!Array.isArray(data)) throw new HandlerError('bad_request', 'Invalid import: expected a list of rows');
    if (data.length > MAX_IMPORT_ROWS) throw new HandlerError('bad_request', `Invalid import: at most ${MAX_IMPORT_ROWS} rows at once`);
    const rows = data.map((row, i) => {
      const result = ImportRow.safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new HandlerError('bad_request', `Row ${i + 1}, field ${issue.path.join('.') || '(row)'}: ${issue.message}. Nothing was imported.`);
      }
      return result.data;
    });
    return { imported: await importSubmissions(rows) };
  },
  async deleteAllData() {
    const deleted = await deleteAllSubmissions();
    await browser.storage.session.clear();
    await settingsItem.removeValue();
    return { deleted };
  },
};

/** Run a popup/options message: answered only when an extension page sent it. */
export async function handlePageMessage<K extends PageMessageName>(
  name: K,
  data: unknown,
  sender: MessageSenderLike | null | undefined,
): Promise<Answer<K>> {
  try {
    if (!isExtensionPage(sender)) throw new HandlerError('bad_request', `${name} is answered only for PayLens's own pages`);
    const value = await pageHandlers[name](data);
    return { ok: true, value } as Answer<K>;
  } catch (error) {
    return { ok: false, error: toAppError(error) } as Answer<K>;
  }
}

export { PAGE_MESSAGES };

async function datasetDates(): Promise<{ asOf: string | null; ratesAsOf: string }> {
  const db = await getDb();
  const meta = (await db.get('meta', DATASET_META_KEY))?.value as DatasetMeta | undefined;
  return { asOf: meta?.asOf ?? null, ratesAsOf: RATES_AS_OF };
}
