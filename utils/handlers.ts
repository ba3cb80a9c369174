/**
 * The background's message handlers, as plain async functions of `unknown` input: every payload
 * is validated with zod here (a message can come from any content script on any page), and every
 * outcome — including a failure — is a typed `Result`. Wired to messaging in background.ts.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { deleteSubmission, addSubmission, listSubmissions } from './db/submissions';
import { getDb } from './db/index';
import { badgeText } from './badge-text';
import { estimateForPosting } from './estimate/service';
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
  return { estimate, text: badgeText(estimate, posting) };
}

const MAX_BATCH = 200;

const handlers: { [K in keyof ProtocolMap]: (data: unknown) => Promise<Value<K>> } = {
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
export async function handle<K extends keyof ProtocolMap>(name: K, data: unknown): Promise<Answer<K>> {
  try {
    const value = await handlers[name](data);
    return { ok: true, value } as Answer<K>;
  } catch (error) {
    return { ok: false, error: toAppError(error) } as Answer<K>;
  }
}

export const MESSAGE_NAMES = Object.keys(handlers) as (keyof ProtocolMap)[];
