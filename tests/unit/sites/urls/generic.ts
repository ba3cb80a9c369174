import type { UrlRow } from '../url-table';

/** Pages no site adapter claims: the generic schema.org adapter (opt-in) may still read them. */
export const rows: UrlRow[] = [
  { url: 'https://careers.harborline.example/openings/product-manager-bengaluru', adapter: null, kind: 'none' },
  { url: 'https://www.example.com/', adapter: null, kind: 'none' },
];
