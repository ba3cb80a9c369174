import { t } from '../utils/i18n';
import { formatMoney } from '../utils/normalize/currency';
import type { Submission } from '../utils/schemas';

export interface SubmissionListProps {
  submissions: Submission[];
  indian: boolean;
  onCompare(s: Submission): void;
  onEdit(s: Submission): void;
  onDelete(s: Submission): void;
}

export function SubmissionList({ submissions, indian, onCompare, onEdit, onDelete }: SubmissionListProps) {
  if (submissions.length === 0) return <p class="muted">{t('history_empty')}</p>;
  const money = (amount: number, s: Submission) => formatMoney(amount, s.currency, { period: s.period ?? 'year', style: 'full', indian });
  return (
    <ul class="submissions" aria-label={t('history_heading')}>
      {submissions.map((s) => (
        <li key={s.id} class="submission">
          <div>
            <b>{s.title}</b>
            {s.company ? ` · ${s.company}` : ''}
            {s.location ? ` · ${s.location}` : ''}
          </div>
          <div>
            {t('history_base', money(s.base ?? s.annualBase, s))}
            {s.total ? ` · ${t('history_total', money(s.total, s))}` : ''}
            {s.yearsExperience !== null ? ` · ${t('history_years', String(s.yearsExperience))}` : ''}
          </div>
          <div class="muted small">{t('history_saved', new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(s.createdAt)))}</div>
          <div class="actions">
            <button type="button" class="link" onClick={() => onCompare(s)} aria-label={t('history_compare_label', s.title)}>
              {t('history_compare')}
            </button>
            <button type="button" class="link" onClick={() => onEdit(s)} aria-label={t('history_edit_label', s.title)}>
              {t('history_edit')}
            </button>
            <button type="button" class="link" onClick={() => onDelete(s)} aria-label={t('history_delete_label', s.title)}>
              {t('history_delete')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
