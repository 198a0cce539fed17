import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';
import { createElement, type ReactElement } from 'react';

const element = (node: AbstractNode, key?: number): ReactElement =>
  createElement(node.tag, { key, ...node.attrs }, node.children?.map(element));

/**
 * One of antd's icons drawn from its bare definition (`@ant-design/icons-svg/es/asn/<Name>`), without
 * `@ant-design/icons` and its context: for what shows before antd has loaded (the sign-in page). Decorative.
 */
export function PlainIcon({ icon }: { icon: IconDefinition }) {
  const svg = typeof icon.icon === 'function' ? icon.icon('currentColor', 'currentColor') : icon.icon;
  return (
    <span className="plain-icon" aria-hidden>
      {element(svg)}
    </span>
  );
}
