/**
 * A minimal .xlsx reader for the build (no dependency beyond fflate): the rows of one worksheet
 * as arrays of cell text, shared strings resolved. Numbers stay as their stored text. Build-time only.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Column letters → 0-based index ("A" → 0, "AA" → 26). */
const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * Rows of a worksheet: `sheet` is the sheet's name in the workbook, or its 1-based position
 * (xl/worksheets/sheetN.xml). Empty cells are undefined.
 */
export function xlsxRows(file: string, sheet: string | number = 1): string[][] {
  const zip = unzipSync(readFileSync(file));
  const text = (name: string) => {
    const bytes = zip[name];
    return bytes ? strFromU8(bytes) : '';
  };
  let sheetNo = typeof sheet === 'number' ? sheet : 0;
  if (typeof sheet === 'string') {
    const names = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => decodeXml(m[1]!));
    sheetNo = names.indexOf(sheet) + 1;
    if (sheetNo === 0) throw new Error(`${file}: no sheet named "${sheet}"`);
  }
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decodeXml([...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? '').join('')),
  );
  const rows: string[][] = [];
  for (const r of text(`xl/worksheets/sheet${sheetNo}.xml`).matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const row: string[] = [];
    for (const c of (r[1] ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(?:<f>[\s\S]*?<\/f>)?(?:<v>([\s\S]*?)<\/v>)?(?:<is>([\s\S]*?)<\/is>)?<\/c>)/g)) {
      const attrs = c[2] ?? '';
      const v = c[3] ?? '';
      const inline = c[4] ? [...c[4].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? '').join('') : null;
      row[colIndex(c[1]!)] = /t="s"/.test(attrs) ? (strings[Number(v)] ?? '') : decodeXml(inline ?? v);
    }
    rows.push(row);
  }
  return rows;
}
