import type { Submission } from '../utils/schemas';
import { formatMoney } from '../utils/normalize/currency';

export interface SubmissionListProps {
  submissions: Submission[];
  onDelete(id: string): void;
}

export function SubmissionList({ submissions, onDelete }: SubmissionListProps) {
  if (submissions.length === 0) {
    return <p class="muted">You have not saved a salary yet.</p>;
  }
  return (
    <ul class="submissions" aria-label="Your saved salaries">
      {submissions.map((s) => (
        <li key={s.id} class="submission">
          <div>
            <b>{s.title}</b>
            {s.company ? ` at ${s.company}` : ''}
            {s.location ? `, ${s.location}` : ''}
          </div>
          <div>
            {formatMoney(s.annualBase, s.currency, { period: 'year', style: 'full' })} base
            {s.annualTotal ? ` · ${formatMoney(s.annualTotal, s.currency, { period: 'year', style: 'full' })} total` : ''}
            {s.yearsExperience !== null ? ` · ${s.yearsExperience} yrs` : ''}
            <span class="muted"> · saved {s.createdAt.slice(0, 10)}</span>
          </div>
          <button type="button" class="link" onClick={() => onDelete(s.id)} aria-label={`Delete ${s.title}`}>
            Delete
          </button>
        </li>
      ))}
    </ul>
  );
}
