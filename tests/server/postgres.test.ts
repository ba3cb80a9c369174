/**
 * The service suite on real PostgreSQL, at DATABASE_URL (.ci/run starts one). In CI a missing
 * DATABASE_URL is a failure, not a skip: the suite must have run there.
 */
import { describe, it } from 'vitest';
import { openDb } from '../../server/db';
import { serverSuite } from './suite';

const url = process.env.DATABASE_URL;

if (url) {
  serverSuite('PostgreSQL', { open: () => openDb({ url, poolSize: 4 }) });
} else if (process.env.CI) {
  describe('sharing service on PostgreSQL', () => {
    it('has a database to run against', () => {
      throw new Error('CI is set but DATABASE_URL is not: .ci/run must start PostgreSQL and export DATABASE_URL');
    });
  });
} else {
  describe.skip('sharing service on PostgreSQL (set DATABASE_URL to run)', () => {
    it('runs the suite', () => {});
  });
}
