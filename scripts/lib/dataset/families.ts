/**
 * Role families ↔ US SOC codes, from the title normaliser's table (ROLE_FAMILIES). DOL statistics
 * are per occupation: families that share a SOC code (Software, ML and SRE/DevOps engineers are
 * all 15-1252) share its cells, kept under the first family listed with that code
 * (`statFamilyOf`, shipped in dataset-meta.json as `statFamily`).
 */
import { familyForSoc, ROLE_FAMILIES } from '../../../utils/normalize/title';

export interface Families {
  /** the family that holds each SOC's statistic cells → its SOC */
  familySoc: Map<string, string>;
  /** every family with a SOC → the family whose statistic cells it uses (only where they differ) */
  statFamily: Record<string, string>;
  familyOfSoc: (soc: string) => string | null;
}

export function familiesWithSoc(): Families {
  const holderOfSoc = new Map<string, string>();
  const statFamily: Record<string, string> = {};
  for (const { family, soc } of ROLE_FAMILIES) {
    if (!soc) continue;
    const holder = holderOfSoc.get(soc);
    if (!holder) holderOfSoc.set(soc, family);
    else statFamily[family] = holder;
  }
  const familySoc = new Map<string, string>();
  for (const [soc, family] of holderOfSoc) familySoc.set(family, soc);
  return { familySoc, statFamily, familyOfSoc: familyForSoc };
}
