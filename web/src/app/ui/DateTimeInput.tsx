import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { type KeyboardEvent, useMemo } from 'react';
import { useMe } from '../auth/use-me';
import { isoToWall, wallToIso } from './wall-time';

type Props = Omit<DatePickerProps, 'value' | 'defaultValue' | 'onChange' | 'picker' | 'multiple'> & {
  /** The instant (ISO) the field holds, as the server takes it. */
  value?: string | null;
  onChange?: (iso: string | null) => void;
};

/**
 * A date-and-time field (YYYY-MM-DD HH:mm, five-minute steps) holding an instant: what is typed is the wall-clock
 * time of the organisation's zone, not the device's, and an instant shows as that zone's time. Enter takes the typed
 * time into the field and does not submit the surrounding form, as it would from a plain input: the operator has not
 * pressed the dialog's button yet.
 */
export function DateTimeInput({ value, onChange, onKeyDown, ...props }: Props) {
  const timeZone = useMe().tenant.timeZone;
  const shown = useMemo(() => (value ? isoToWall(value, timeZone) : null), [value, timeZone]);
  const keyDown = (e: KeyboardEvent<HTMLElement>, preventDefault: () => void) => {
    if (e.key === 'Enter') e.preventDefault();
    onKeyDown?.(e, preventDefault);
  };
  const change = (picked: Dayjs | null) => onChange?.(picked ? wallToIso(picked, timeZone) : null);
  return (
    <DatePicker
      showTime={{ format: 'HH:mm', minuteStep: 5 }}
      format="YYYY-MM-DD HH:mm"
      {...props}
      value={shown}
      onChange={change}
      onKeyDown={keyDown}
    />
  );
}
