/**
 * "Your pay": title, company, location, level, years of experience, base, bonus, yearly equity,
 * currency and pay period. Checked with zod (utils/salary-form.ts) on submit; each error is shown
 * at its field (aria-invalid + aria-describedby) and focus moves to the first wrong one, so the
 * form works with the keyboard alone (Tab through, Enter submits).
 */
import { useRef, useState } from 'preact/hooks';
import { currencyChoices } from '../utils/currencies';
import { t, uiLanguage, type MessageKey } from '../utils/i18n';
import {
  FORM_FIELDS,
  FORM_LEVELS,
  validateSalaryForm,
  type FormErrors,
  type FormField,
  type SalaryFormValues,
} from '../utils/salary-form';
import type { SubmissionInput } from '../utils/schemas';

export interface SalaryFormProps {
  initial: SalaryFormValues;
  /** the posting the form was prefilled from */
  jobKey: string | null;
  /** the entry's id when editing a saved salary (kept), else a new one is made */
  clientId?: string;
  submitLabel: string;
  /** save; answers null, or the field and message the background refused */
  onSubmit(input: SubmissionInput): Promise<{ field?: string; message: string } | null>;
  onCancel?(): void;
}

export function SalaryForm({ initial, jobKey, clientId: fixedId, submitLabel, onSubmit, onCancel }: SalaryFormProps) {
  const [values, setValues] = useState<SalaryFormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverError, setServerError] = useState<{ field?: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  // one id per entry: a retried save of the same entry is stored once
  const [clientId, setClientId] = useState(() => fixedId ?? crypto.randomUUID());
  const form = useRef<HTMLFormElement>(null);
  const lang = uiLanguage();

  const set = (field: FormField) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setValues((v) => ({ ...v, [field]: value }));
  };
  const focus = (field: string) => form.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  const submit = async (event: Event) => {
    event.preventDefault();
    setServerError(null);
    const result = validateSalaryForm(values, clientId, jobKey);
    if (!result.ok) {
      setErrors(result.errors);
      // after the errors render, so the screen reader reads the field with its message
      setTimeout(() => focus(result.first), 0);
      return;
    }
    setErrors({});
    setSaving(true);
    const failure = await onSubmit(result.input);
    setSaving(false);
    if (failure) {
      setServerError(failure);
      const field = failure.field === 'total' ? 'bonus' : failure.field;
      if (field && (FORM_FIELDS as readonly string[]).includes(field)) setTimeout(() => focus(field), 0);
    } else if (!fixedId) {
      setValues((v) => ({ ...v, base: '', bonus: '', equity: '' }));
      setClientId(crypto.randomUUID());
    }
  };

  /** The message shown at a field: the form's own check first, then the background's answer. */
  const errorOf = (field: FormField): string | null => {
    if (errors[field]) return t(errors[field]!);
    const serverField = serverError?.field === 'total' ? 'bonus' : serverError?.field;
    return serverField === field ? serverError!.message : null;
  };
  const fieldProps = (field: FormField) => {
    const error = errorOf(field);
    return {
      id: `f-${field}`,
      name: field,
      value: values[field],
      'aria-invalid': error ? ('true' as const) : undefined,
      'aria-describedby': error ? `e-${field}` : field === 'base' ? 'h-base' : undefined,
    };
  };
  const errorLine = (field: FormField) => {
    const error = errorOf(field);
    return error ? (
      <p class="field-error" id={`e-${field}`}>
        {error}
      </p>
    ) : null;
  };
  const label = (field: FormField, key: MessageKey, optional = false) => (
    <label for={`f-${field}`}>
      {t(key)}
      {optional ? <span class="muted"> {t('form_optional')}</span> : null}
    </label>
  );
  const generalError = serverError && !(FORM_FIELDS as readonly string[]).includes(serverError.field === 'total' ? 'bonus' : (serverError.field ?? '')) ? serverError.message : null;

  return (
    <form class="form" ref={form} onSubmit={submit} aria-label={t('form_label')} noValidate>
      <div class="field">
        {label('title', 'form_title')}
        <input {...fieldProps('title')} onInput={set('title')} maxLength={200} autoComplete="organization-title" />
        {errorLine('title')}
      </div>
      <div class="row">
        <div class="field grow">
          {label('company', 'form_company', true)}
          <input {...fieldProps('company')} onInput={set('company')} maxLength={200} autoComplete="organization" />
          {errorLine('company')}
        </div>
        <div class="field grow">
          {label('location', 'form_location', true)}
          <input {...fieldProps('location')} onInput={set('location')} maxLength={200} />
          {errorLine('location')}
        </div>
      </div>
      <div class="row">
        <div class="field grow">
          {label('level', 'form_level')}
          <select {...fieldProps('level')} onChange={set('level')}>
            {FORM_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level_${l}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          {label('yearsExperience', 'form_years', true)}
          <input {...fieldProps('yearsExperience')} onInput={set('yearsExperience')} inputMode="numeric" size={4} />
          {errorLine('yearsExperience')}
        </div>
      </div>
      <div class="row">
        <div class="field grow">
          {label('base', 'form_base')}
          <input {...fieldProps('base')} onInput={set('base')} inputMode="decimal" />
          <span class="muted small" id="h-base">
            {t('form_base_hint')}
          </span>
          {errorLine('base')}
        </div>
        <div class="field">
          {label('period', 'form_period')}
          <select {...fieldProps('period')} onChange={set('period')}>
            {(['year', 'month', 'hour'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`pay_period_${p}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="row">
        <div class="field grow">
          {label('bonus', 'form_bonus', true)}
          <input {...fieldProps('bonus')} onInput={set('bonus')} inputMode="decimal" />
          {errorLine('bonus')}
        </div>
        <div class="field grow">
          {label('equity', 'form_equity', true)}
          <input {...fieldProps('equity')} onInput={set('equity')} inputMode="decimal" />
          {errorLine('equity')}
        </div>
      </div>
      <div class="field">
        {label('currency', 'form_currency')}
        <select {...fieldProps('currency')} onChange={set('currency')}>
          {currencyChoices(lang).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
        {errorLine('currency')}
      </div>
      {generalError ? (
        <p class="error" role="alert">
          {generalError}
        </p>
      ) : Object.keys(errors).length || serverError ? (
        <p class="error" role="alert">
          {t('form_fix_fields')}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" disabled={saving}>
          {saving ? t('form_saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" class="secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
      <p class="muted small">{t('form_privacy')}</p>
    </form>
  );
}
