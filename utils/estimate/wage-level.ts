/**
 * A US national figure placed on another country's wage level (DatasetMeta.wageLevel): the rule
 * for an occupation abroad where the country has no official statistics. Pure.
 */
import type { LogDist } from './stats';
import type { WageLevelParams } from './types';

/**
 * The US figure's log distribution (US dollars, annual) in the country's currency: its distance
 * from the US average earnings narrowed by the slope, from the country's average earnings; the
 * band narrowed by the same slope. Null for a country without a wage level.
 */
export function scaleFromUs(d: LogDist, params: WageLevelParams, country: string): LogDist | null {
  const level = params.countries[country];
  if (!level) return null;
  const { usLogAnnual: us, slope } = params;
  return { m: us + level.ln + slope * (d.m - us), lo: slope * d.lo, hi: slope * d.hi, nEff: d.nEff };
}
