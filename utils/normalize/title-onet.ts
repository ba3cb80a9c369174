/**
 * Fallback for titles outside the role families: O*NET alternate titles → SOC code.
 * (Filled from soc-titles.generated.ts; until that table exists, no fallback.)
 */
export function lookupOnetSoc(_segments: readonly string[]): string | null {
  return null;
}
