/**
 * Where sharing sends and the browser's install token (no account): kept apart from the settings
 * because the token is created only when sharing is first turned on, and the content script never
 * reads either. The address is configurable in options.
 */
import { storage } from 'wxt/utils/storage';

/** The service `npm run server` starts; options can point PayLens at any other. */
export const DEFAULT_SERVICE_URL = 'http://localhost:8787';

export interface CrowdConfig {
  serviceUrl: string;
  /** ≥ 32 url-safe random characters, made on first use; null until sharing is first turned on */
  token: string | null;
}

export const crowdConfigItem = storage.defineItem<CrowdConfig>('local:crowd', {
  fallback: { serviceUrl: DEFAULT_SERVICE_URL, token: null },
  version: 1,
});

function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The config with a token (made now if there was none). */
export async function crowdConfig(): Promise<CrowdConfig & { token: string }> {
  const current = await crowdConfigItem.getValue();
  if (current.token) return current as CrowdConfig & { token: string };
  const next = { ...current, token: newToken() };
  await crowdConfigItem.setValue(next);
  return next;
}

/** A service address as PayLens stores it: http(s) origin plus path, no trailing slash. */
export function cleanServiceUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}
