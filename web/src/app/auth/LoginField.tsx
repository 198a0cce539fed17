import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  help?: string;
  error?: string;
  children: ReactNode;
}

/** A labelled input with its help and error text tied to it (for screen readers too), in antd's look. */
export function LoginField({ id, label, help, error, children }: Props) {
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const input = Children.only(children);
  return (
    <div className={error ? 'login-field login-field-error' : 'login-field'}>
      <label htmlFor={id}>{label}</label>
      {isValidElement(input)
        ? cloneElement(input as ReactElement<Record<string, unknown>>, {
            id,
            status: error ? 'error' : undefined,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': describedBy,
          })
        : input}
      {help ? (
        <div id={`${id}-help`} className="login-field-help">
          {help}
        </div>
      ) : null}
      {error ? (
        <div id={`${id}-error`} className="login-field-message" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
