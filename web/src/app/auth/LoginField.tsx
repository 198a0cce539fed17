import type { IconDefinition } from '@ant-design/icons-svg/es/types';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { PlainIcon } from '../ui/PlainIcon';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  help?: string;
  error?: string;
  icon?: IconDefinition;
  /** After the text box, inside its border (the password's show/hide button). */
  after?: ReactNode;
  onChange: (value: string) => void;
}

/**
 * A labelled text box of the sign-in page with its help and error text tied to it (for screen readers too), in antd's
 * look without antd (styles/plain.css): the page anyone loads first carries no component library.
 */
export function LoginField({ id, label, help, error, icon, after, onChange, ...input }: Props) {
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'login-field login-field-error' : 'login-field'}>
      <label htmlFor={id}>{label}</label>
      <div className={error ? 'plain-input-box plain-input-box-error' : 'plain-input-box'}>
        {icon ? <PlainIcon icon={icon} /> : null}
        <input
          {...input}
          id={id}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {after}
      </div>
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
