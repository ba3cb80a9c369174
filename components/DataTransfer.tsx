/**
 * Export (JSON, CSV) and import of the user's own salaries. The file is checked whole in the page
 * first (utils/submission-io.ts) and written by the background in one transaction: a file with
 * one wrong cell changes nothing, and the message says which row and field.
 */
import { useState } from 'preact/hooks';
import { t, tn, type MessageKey } from '../utils/i18n';
import { sendMessage } from '../utils/messaging';
import { parseImport, toCsv, toJson, type ImportError } from '../utils/submission-io';

export interface DataTransferProps {
  /** called after an import wrote rows */
  onImported?(count: number): void;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Row 3, field “annualBase”: must be a number." */
export function describeImportError(e: ImportError): string {
  const problem = t(`import_problem_${e.problem}` as MessageKey);
  if (e.row === 0) return problem;
  if (!e.field) return t('import_error_row', String(e.row), problem);
  return t('import_error_row_field', String(e.row), e.field, problem);
}

export function DataTransfer({ onImported }: DataTransferProps) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (kind: 'json' | 'csv') => {
    const answer = await sendMessage('listSubmissions', undefined);
    if (!answer.ok) return setStatus({ kind: 'error', lines: [answer.error.message] });
    const day = new Date().toISOString().slice(0, 10);
    if (kind === 'json') download(`paylens-salaries-${day}.json`, 'application/json', toJson(answer.value));
    else download(`paylens-salaries-${day}.csv`, 'text/csv', toCsv(answer.value));
    setStatus({ kind: 'ok', lines: [tn('export_done', answer.value.length)] });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus(null);
    try {
      const parsed = parseImport(await file.text(), file.name);
      if (!parsed.ok) {
        setStatus({ kind: 'error', lines: [t('import_nothing_changed'), ...parsed.errors.slice(0, 5).map(describeImportError)] });
        return;
      }
      const answer = await sendMessage('importSubmissions', parsed.rows);
      if (!answer.ok) {
        setStatus({ kind: 'error', lines: [t('import_nothing_changed'), answer.error.message] });
        return;
      }
      setStatus({ kind: 'ok', lines: [tn('import_done', answer.value.imported)] });
      onImported?.(answer.value.imported);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <div class="data-transfer">
      <div class="row wrap">
        <button type="button" class="secondary" onClick={() => void exportAs('json')}>
          {t('export_json')}
        </button>
        <button type="button" class="secondary" onClick={() => void exportAs('csv')}>
          {t('export_csv')}
        </button>
        <label class="file-button">
          <span>{busy ? t('import_busy') : t('import_file')}</span>
          <input
            type="file"
            name="importFile"
            accept=".json,.csv,application/json,text/csv"
            disabled={busy}
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
      </div>
      {status ? (
        <div class={status.kind === 'error' ? 'error' : 'muted'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="import-status">
          {status.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
