/**
 * Title levels (utils/schemas LEVELS) → the levels the data can tell apart (DATA_LEVELS).
 * Data, not branches: a table per direction.
 */
import type { Level } from '../schemas';
import { ALL_LEVELS, type DataLevel } from './types';

/**
 * The data level a title level is estimated at. `null`: no data for it (internships are paid
 * differently and no source covers them); `*`: all levels together (the title gives none).
 */
export const DATA_LEVEL_OF: Readonly<Record<Level, DataLevel | typeof ALL_LEVELS | null>> = {
  intern: null,
  entry: 'entry',
  mid: 'mid',
  senior: 'senior',
  staff: 'staff',
  senior_staff: 'staff',
  principal: 'staff',
  distinguished: 'staff',
  manager: 'manager',
  senior_manager: 'manager',
  director: 'director',
  exec: 'exec',
  unknown: ALL_LEVELS,
};

/** What the estimate's `role.level` says for a data level (`*` reads as unknown: all levels). */
export const ROLE_LEVEL_OF: Readonly<Record<DataLevel | typeof ALL_LEVELS, Level>> = {
  entry: 'entry',
  mid: 'mid',
  senior: 'senior',
  staff: 'staff',
  manager: 'manager',
  director: 'director',
  exec: 'exec',
  [ALL_LEVELS]: 'unknown',
};

export function dataLevelOf(level: string): DataLevel | typeof ALL_LEVELS | null {
  const table = DATA_LEVEL_OF as Record<string, DataLevel | typeof ALL_LEVELS | null>;
  return Object.hasOwn(table, level) ? (table[level] as DataLevel | typeof ALL_LEVELS | null) : ALL_LEVELS;
}

/** Years of professional experience → level (the rule used for the surveys that report years). */
export function dataLevelFromYears(years: number): DataLevel {
  return years <= 2 ? 'entry' : years <= 5 ? 'mid' : years <= 10 ? 'senior' : 'staff';
}
