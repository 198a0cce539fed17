/** A person's first character in a coloured circle (the colour follows the name, so it stays the same). */
const COLOURS = ['#0b5cad', '#0f6e56', '#8a3ffc', '#b3261e', '#8c5a00', '#005f73'];

export function Initial({ name, small }: { name: string; small?: boolean }) {
  const code = [...name].reduce((sum, ch) => sum + (ch.codePointAt(0) ?? 0), 0);
  return (
    <span
      className={small ? 'user-avatar user-avatar-small' : 'user-avatar'}
      style={{ background: COLOURS[code % COLOURS.length] }}
      aria-hidden
    >
      {[...name][0] ?? '?'}
    </span>
  );
}
