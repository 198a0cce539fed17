import { Space } from 'antd';
import type { ReactNode } from 'react';

/** One section of a project's execution tab: its heading, the buttons beside it, its content. */
export function Section({ id, title, extra, children }: { id: string; title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <section className="panel sw-section" aria-labelledby={id}>
      <Space className="sw-section-head" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <h2 id={id} className="card-heading">
          {title}
        </h2>
        {extra}
      </Space>
      {children}
    </section>
  );
}
