/**
 * Title levels (utils/schemas LEVELS) → the levels the data can tell apart (DATA_LEVELS).
 * Data, not branches: a table per direction.
 */
import type { Level } from '../schemas';
import { ALL_LEVELS, type DataLevel } from './types';

/**
 * The data level a title level is estimated at (`*`: all levels together — the title gives none).
 * Every one of the nine levels is a data level: interns by the intern rule (the occupation's DOL
 * level I wage relative to its median, see LearnedParams.levelRatios), the others from the
 * sources' own levels and titles.
 */
export const DATA_LEVEL_OF: Readonly<Record<Level, DataLevel | typeof ALL_LEVELS>> = {
  intern: 'intern',
  entry: 'entry',
  mid: 'mid',
  senior: 'senior',
  staff: 'staff',
  manager: 'manager',
  director: 'director',
  vp: 'vp',
  exec: 'exec',
  unknown: ALL_LEVELS,
};

/**
 * Levels of earlier versions (IndexedDB v6 and older submissions, older cached answers, an older export) →
 * the nine: the ladder above staff is staff, a senior manager is a manager.
 */
export const LEGACY_LEVELS: Readonly<Record<string, Level>> = {
  senior_staff: 'staff',
  principal: 'staff',
  distinguished: 'staff',
  senior_manager: 'manager',
};

/** A stored or imported level in today's vocabulary (unknown words read as not stated). */
export function currentLevel(level: unknown): Level {
  if (typeof level !== 'string') return 'unknown';
  if (Object.hasOwn(DATA_LEVEL_OF, level)) return level as Level;
  return Object.hasOwn(LEGACY_LEVELS, level) ? (LEGACY_LEVELS[level] as Level) : 'unknown';
}

/** What the estimate's `role.level` says for a data level (`*` reads as unknown: all levels). */
export const ROLE_LEVEL_OF: Readonly<Record<DataLevel | typeof ALL_LEVELS, Level>> = {
  intern: 'intern',
  entry: 'entry',
  mid: 'mid',
  senior: 'senior',
  staff: 'staff',
  manager: 'manager',
  director: 'director',
  vp: 'vp',
  exec: 'exec',
  [ALL_LEVELS]: 'unknown',
};

/** The two ladders, lowest first: every dataset cell family is ordered along each (the build checks). */
export const LEVEL_LADDERS: readonly (readonly DataLevel[])[] = [
  ['intern', 'entry', 'mid', 'senior', 'staff'],
  ['manager', 'director', 'vp', 'exec'],
];

export function dataLevelOf(level: string): DataLevel | typeof ALL_LEVELS {
  return DATA_LEVEL_OF[currentLevel(level)];
}

/** Years of professional experience → level (the rule used for the surveys that report years). */
export function dataLevelFromYears(years: number): DataLevel {
  return years <= 2 ? 'entry' : years <= 5 ? 'mid' : years <= 10 ? 'senior' : 'staff';
}
