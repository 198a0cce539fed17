/**
 * A table wider (or taller) than its place scrolls within itself; a keyboard user must be able to reach it to scroll it
 * (WCAG 2.1.1; axe: scrollable-region-focusable), which antd's scrolling part of a table is not. While it overflows it
 * is made focusable and a region named after its table; a table that fits adds no stop to the tab order.
 */
const REGIONS = '.ant-table-content, .ant-table-body';
/** Marks the attributes set here, so a region that stops overflowing loses only those. */
const MARK = 'data-scroll-region';
const NAMES = ['aria-label', 'aria-labelledby'] as const;

/** Keeps every table's scrolling part under `root` reachable by keyboard while it overflows; returns the stop. */
export function keepScrollRegionsFocusable(root: HTMLElement): () => void {
  let frame = 0;
  const scan = () => {
    frame = 0;
    for (const region of root.querySelectorAll<HTMLElement>(REGIONS)) update(region);
  };
  const later = () => {
    if (!frame) frame = requestAnimationFrame(scan);
  };
  const changes = new MutationObserver(later);
  changes.observe(root, { childList: true, subtree: true });
  window.addEventListener('resize', later);
  later();
  return () => {
    changes.disconnect();
    window.removeEventListener('resize', later);
    if (frame) cancelAnimationFrame(frame);
  };
}

function update(region: HTMLElement): void {
  const overflows = region.scrollWidth > region.clientWidth + 1 || region.scrollHeight > region.clientHeight + 1;
  const marked = region.hasAttribute(MARK);
  if (overflows && !marked && !region.hasAttribute('tabindex')) {
    region.setAttribute(MARK, '');
    region.tabIndex = 0;
    // named as its table is
    const table = region.querySelector('table');
    const named = NAMES.filter((attribute) => table?.hasAttribute(attribute));
    for (const attribute of named) region.setAttribute(attribute, table!.getAttribute(attribute)!);
    if (named.length) region.setAttribute('role', 'region');
  } else if (!overflows && marked) {
    for (const attribute of [MARK, 'tabindex', 'role', ...NAMES]) region.removeAttribute(attribute);
  }
}
