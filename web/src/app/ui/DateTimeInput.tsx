import { DatePicker, type DatePickerProps } from 'antd';
import type { KeyboardEvent } from 'react';

/**
 * A date-and-time field (YYYY-MM-DD HH:mm, five-minute steps). Enter takes the typed time into the field
 * and does not submit the surrounding form, as it would from a plain input: the operator has not pressed
 * the dialog's button yet.
 */
export function DateTimeInput(props: DatePickerProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter') e.preventDefault();
  };
  return <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" onKeyDown={onKeyDown} {...props} />;
}
