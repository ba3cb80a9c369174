/**
 * The background's message handlers, as plain async functions of `unknown` input: every payload
 * is validated with zod here (a message can come from any content script on any page), and every
 * outcome — including a failure — is a typed `Result`. Wired to messaging in background.ts.
 *
 * Who is asking is decided once, here (`askerOf`), as uBlock Origin's messaging does: a content
 * script runs inside a host page that can read whatever we draw, so it may send only the
 * messages in CONTENT_SCRIPT_MESSAGES, and its estimates never include the user's own salaries.
 * Everything that reads or changes the user's data answers extension pages only.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { deleteSubmission, addSubmission, listSubmissions } from './db/submissions';
import { SubmissionError } from './submission-check';
import { localeRegion } from './settings';
import { getDb } from './db/index';
import { badgeText } from './badge-text';
import { answerForPosting } from './estimate/service';
import type { ProtocolMap } from './messaging';
import {
  AppError,
  describeIssues,
  JobPosting,
  SubmissionInput,
  type DatasetInfo,
  type EstimateAnswer,
  type Result,
} from './schemas';

type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;
type Value<K extends keyof ProtocolMap> = Answer<K> extends Result<infer V> ? V : never;

/** Thrown inside a handler to answer with that error code. */
export class HandlerError extends Error {
  constructor(
    readonly code: AppError['code'] | 'forbidden',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** What the messaging layer tells us about the sender (runtime.MessageSender, the parts we read). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number } | null;
}

/** `extension`: one of PayLens's own pages (popup, options); `content`: a content script in a web page. */
export type Asker = 'extension' | 'content';

/** Who sent a message, or null when it is neither of ours (another extension, no sender). */
export function askerOf(sender: Sender | null | undefined): Asker | null {
  if (!sender || sender.id !== browser.runtime.id) return null;
  const origin = browser.runtime.getURL('/');
  if (sender.url?.startsWith(origin)) return 'extension';
  return sender.tab ? 'content' : null;
}

/** The messages a content script may send. Everything else answers extension pages only. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<keyof ProtocolMap> = new Set(['getEstimate', 'getEstimates', 'openCheckYours']);

const prefillItem = storage.defineItem<JobPosting | null>('session:prefill', { fallback: null });

function parse<S extends z.ZodMiniType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new HandlerError('bad_request', `Invalid ${what}: ${describeIssues(result.error)}`);
  return result.data;
}

/** The estimate for one validated posting, with its text for the badge (the user's own salaries joined for extension pages only). */
async function estimatePosting(posting: JobPosting, asker: Asker): Promise<EstimateAnswer> {
  const extensionPage = asker === 'extension';
  const { estimate, query, employerPosted } = await answerForPosting(posting, { withMine: extensionPage });
  // the posted salary as normalised: an implausible one is neither shown nor compared
  const text = badgeText(estimate, query.postedSalary);
  return extensionPage ? { estimate, text, employerPosted } : { estimate, text };
}

const MAX_BATCH = 200;

const handlers: { [K in keyof ProtocolMap]: (data: unknown, asker: Asker) => Promise<Value<K>> } = {
  async getEstimate(data, asker): Promise<EstimateAnswer> {
    return estimatePosting(parse(JobPosting, data, 'posting'), asker);
  },
  async getEstimates(data, asker): Promise<Result<EstimateAnswer>[]> {
    if (!Array.isArray(data)) throw new HandlerError('bad_request', 'Invalid postings: expected a list');
    if (data.length > MAX_BATCH) throw new HandlerError('bad_request', `Invalid postings: at most ${MAX_BATCH} at once`);
    return Promise.all(
      data.map(async (item, i): Promise<Result<EstimateAnswer>> => {
        try {
          return { ok: true, value: await estimatePosting(parse(JobPosting, item, `posting ${i}`), asker) };
        } catch (error) {
          return { ok: false, error: toAppError(error) };
        }
      }),
    );
  },
  async submitSalary(data) {
    return addSubmission(parse(SubmissionInput, data, 'salary submission'), new Date(), localeRegion(navigator.language));
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
    return {
      version: info?.version ?? null,
      installedAt: info?.installedAt ?? null,
      cells: info?.cells ?? 0,
      sources: info?.sources ?? [],
    };
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

/** DOMException names and codes browsers use for a full disk or an exhausted quota. */
const STORAGE_FULL_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE', 'NS_ERROR_FILE_DISK_FULL']);
const STORAGE_FULL_CODES = new Set([22, 1014]);
const STORAGE_FULL_TEXT = /quota|disk (is )?full|no space left|not enough space|ENOSPC|QUOTA_EXCEEDED/i;

/** Is this (or what it wraps: `cause`, `inner`, a transaction's `error`) a full disk or quota? */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; inner?: unknown; error?: unknown };
  if (typeof e.name === 'string' && STORAGE_FULL_NAMES.has(e.name)) return true;
  if (typeof e.code === 'number' && STORAGE_FULL_CODES.has(e.code) && e.name !== 'TypeError') return true;
  if (typeof e.message === 'string' && STORAGE_FULL_TEXT.test(e.message)) return true;
  return [e.cause, e.inner, e.error].some((inner) => inner !== error && isStorageFull(inner, depth + 1));
}

/** Messages whose failure means the user's change was not stored. */
const SAVING: ReadonlySet<keyof ProtocolMap> = new Set(['submitSalary', 'deleteSubmission', 'openCheckYours']);

/** Map anything thrown to a typed, user-readable error. `saving`: the request was storing something of the user's. */
export function toAppError(error: unknown, saving = true): AppError {
  if (error instanceof SubmissionError) return { code: 'bad_request', message: error.message, field: error.field };
  if (error instanceof HandlerError) {
    return {
      code: error.code === 'forbidden' ? 'bad_request' : error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
    };
  }
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  if (isStorageFull(error)) {
    return {
      code: 'storage_full',
      message: saving
        ? "Your browser's storage for PayLens is full. Nothing was saved: free some disk space and try again."
        : "Your browser's storage for PayLens is full, so PayLens cannot set up its salary data: free some disk space and reload the page.",
    };
  }
  return { code: 'internal', message: `Something went wrong in PayLens: ${message}`.slice(0, 500) };
}

/**
 * Run the named handler on an untrusted payload from `sender`; always resolves to a Result.
 * The sender check happens here, once, for every message.
 */
export async function handle<K extends keyof ProtocolMap>(name: K, data: unknown, sender: Sender | null | undefined): Promise<Answer<K>> {
  try {
    if (!Object.hasOwn(handlers, name)) throw new HandlerError('bad_request', `Unknown message "${String(name)}"`);
    const asker = askerOf(sender);
    if (asker === null || (asker === 'content' && !CONTENT_SCRIPT_MESSAGES.has(name))) {
      throw new HandlerError('forbidden', `"${name}" is answered only for PayLens's own pages.`);
    }
    const value = await handlers[name](data, asker);
    return { ok: true, value } as Answer<K>;
  } catch (error) {
    return { ok: false, error: toAppError(error, SAVING.has(name)) } as Answer<K>;
  }
}

export const MESSAGE_NAMES = Object.keys(handlers) as (keyof ProtocolMap)[];
