/**
 * KERN form fields with their label, hint and error wired for assistive
 * technology: the error sits next to the field, is referenced by
 * aria-describedby, and the control carries aria-invalid.
 */
import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  optional?: string;
  className?: string;
  /** A fixed id for the control (so an error summary can link to it). */
  id?: string;
  /** Renders the control with the ids and aria attributes it needs. */
  children(props: ControlProps & { invalid: boolean }): ReactNode;
}

export function FormField({ label, hint, error, optional, className, id: fixedId, children }: FieldProps) {
  const autoId = useId();
  const id = fixedId ?? autoId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> – {optional}</span> : null}
      </label>
      {hint ? <div className="kern-hint" id={hintId}>{hint}</div> : null}
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}), invalid: !!error })}
      {error ? (
        <p className="kern-error" id={errorId}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      ) : null}
    </div>
  );
}

/** A KERN select inside its wrapper (the wrapper draws the arrow). */
export function SelectBox({ invalid, className, ...props }: React.SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }) {
  return (
    <div className="kern-form-input__select-wrapper">
      <select {...props} className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}${className ? ` ${className}` : ''}`} />
    </div>
  );
}

export function inputClass(invalid: boolean): string {
  return `kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`;
}
