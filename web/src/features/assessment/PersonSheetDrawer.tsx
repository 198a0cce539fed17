import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Form, Input, InputNumber, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyServerErrors } from '../../app/ui/form-errors';
import { useFormat } from '../../app/ui/format';
import { numberRange } from '../../app/ui/number-range';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { personQuery, useAssessmentChanged } from './assessment-queries';
import { FigureList } from './FigureList';

interface Values {
  scores: Record<string, number | null>;
  comment: string;
}

/** A criterion's score, as the server's schema has it. */
const SCORE = { min: 0, max: 100 };
const scored = (v: number | null | undefined): v is number => typeof v === 'number' && v >= SCORE.min && v <= SCORE.max;

/** The least total (tenths) of each grade, as the server's rule (assessment.rules.ts): a preview only. */
const previewGrade = (tenths: number) =>
  tenths >= 900 ? 'excellent' : tenths >= 750 ? 'competent' : tenths >= 600 ? 'basically_competent' : 'incompetent';

/**
 * 年度考核 of one person (A1.6): their responsibilities, the year's real figures from every module (live, and as saved),
 * the rewards and penalties, and the scores by criterion with the weighted total; the assessor saves and prints it.
 */
export function PersonSheetDrawer({ userId, year, onClose }: { userId: string; year: number; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const changed = useAssessmentChanged();
  const sheet = useQuery(personQuery(userId, year));
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const s = sheet.data;
  const scores = Form.useWatch('scores', form) as Values['scores'] | undefined;
  const items = s?.criteria?.items ?? [];
  // no total from a score out of range: 150 would preview a grade the save refuses
  const complete = items.every((i) => scored(scores?.[i.name]));
  const preview = complete ? Math.floor((items.reduce((sum, i) => sum + (scores?.[i.name] ?? 0) * i.weight, 0) + 5) / 10) : null;

  const save = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/assessment/assessments', {
          body: {
            userId,
            year,
            scores: items.map((i) => ({ name: i.name, score: v.scores[i.name] ?? 0 })),
            comment: v.comment,
            ...(s?.assessment ? { version: s.assessment.version } : {}),
          },
        }),
      );
      await changed();
      toast.success(t('assessment:sheet.savedToast'));
    } catch (e) {
      setError(applyServerErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer open width={720} onClose={onClose} title={s ? t('assessment:sheet.title', { name: s.person.name, year }) : ''}>
      {sheet.isError ? <QueryError error={sheet.error} onRetry={() => sheet.refetch()} /> : null}
      {s ? (
        <div className="assessment">
          <section className="as-section">
            <h3>{t('assessment:sheet.duty')}</h3>
            {s.responsibility ? (
              <>
                <p>
                  <strong>{s.responsibility.postTitle}</strong> · {s.responsibility.postedOn}
                </p>
                <p className="as-duties">{s.responsibility.duties}</p>
              </>
            ) : (
              <p className="as-hint">{t('assessment:sheet.noDuty')}</p>
            )}
          </section>
          <section className="as-section">
            <h3>{t('assessment:sheet.figures')}</h3>
            {s.figures.length ? (
              <FigureList figures={s.figures} label={t('assessment:sheet.figures')} />
            ) : (
              <p className="as-hint">{t('assessment:sheet.noFigures')}</p>
            )}
            {s.assessment?.figures.length ? (
              <details className="as-section">
                <summary>{t('assessment:sheet.saved')}</summary>
                <FigureList figures={s.assessment.figures} label={t('assessment:sheet.saved')} />
              </details>
            ) : null}
          </section>
          <section className="as-section">
            <h3>{t('assessment:sheet.rewards')}</h3>
            {s.rewards.length ? (
              <ul>
                {s.rewards.map((r) => (
                  <li key={r.id}>
                    {r.occurredOn}{' '}
                    <Tag className={`as-tag as-tag-${r.kind === 'reward' ? 'ok' : 'bad'}`}>{t(`assessment:kind.${r.kind}`)}</Tag>
                    {r.measure} · {r.reason}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="as-hint">{t('assessment:sheet.noRewards')}</p>
            )}
          </section>
          <section className="as-section">
            <h3>{t('assessment:sheet.scores')}</h3>
            {!s.criteria ? (
              <Alert type="warning" showIcon title={t('assessment:sheet.noCriteria')} />
            ) : s.mayAssess ? (
              <Form
                form={form}
                layout="vertical"
                key={s.assessment?.version ?? 0}
                initialValues={{
                  scores: Object.fromEntries(items.map((i) => [i.name, s.assessment?.items.find((x) => x.name === i.name)?.score ?? null])),
                  comment: s.assessment?.comment ?? '',
                }}
              >
                <Table
                  size="small"
                  pagination={false}
                  rowKey="name"
                  dataSource={items}
                  columns={[
                    { key: 'name', title: t('assessment:criteria.name'), render: (_, i) => i.name },
                    { key: 'weight', title: t('assessment:criteria.weight'), render: (_, i) => `${i.weight}%` },
                    {
                      key: 'score',
                      title: t('assessment:sheet.score'),
                      render: (_, i) => (
                        // not noStyle: a score out of 0–100 is said under it, in its cell (it was clamped unseen)
                        <Form.Item
                          name={['scores', i.name]}
                          className="as-score"
                          rules={[{ required: true, message: t('validation:required') }, ...numberRange(t, SCORE)]}
                        >
                          <InputNumber precision={0} aria-label={t('assessment:sheet.scoreOf', { name: i.name })} />
                        </Form.Item>
                      ),
                    },
                  ]}
                />
                <p className="as-total" role="status">
                  {preview === null
                    ? null
                    : t('assessment:sheet.preview', {
                        total: (preview / 10).toFixed(1),
                        grade: t(`assessment:grade.${previewGrade(preview)}`),
                      })}
                </p>
                <Form.Item
                  name="comment"
                  label={t('assessment:sheet.comment')}
                  rules={[{ required: true, whitespace: true, message: t('validation:required') }, { max: 2000 }]}
                >
                  <Input.TextArea rows={4} />
                </Form.Item>
                {error ? <Alert type="error" showIcon title={error} /> : null}
                <Space wrap>
                  <Button type="primary" loading={busy} onClick={save}>
                    {t('assessment:sheet.save')}
                  </Button>
                </Space>
              </Form>
            ) : s.assessment ? (
              <Table
                size="small"
                pagination={false}
                rowKey="name"
                dataSource={s.assessment.items}
                columns={[
                  { key: 'name', title: t('assessment:criteria.name'), render: (_, i) => i.name },
                  { key: 'weight', title: t('assessment:criteria.weight'), render: (_, i) => `${i.weight}%` },
                  { key: 'score', title: t('assessment:sheet.score'), render: (_, i) => i.score },
                ]}
              />
            ) : (
              <p className="as-hint">{t('assessment:annual.notYet')}</p>
            )}
            {s.assessment ? (
              <div className="as-section">
                <p className="as-total">
                  {t('assessment:annual.total')} {(s.assessment.totalTenths / 10).toFixed(1)} · {t('assessment:annual.grade')}{' '}
                  {t(`assessment:grade.${s.assessment.grade}`)}
                </p>
                {!s.mayAssess ? <p className="as-duties">{s.assessment.comment}</p> : null}
                <p className="as-hint">
                  {t('assessment:sheet.assessedAt', { name: s.assessment.assessedByName, at: format.dateTime(s.assessment.assessedAt) })}{' '}
                  <HistoryButton entity="annual_assessment" id={s.assessment.id} name={`${s.person.name} ${year}`} />
                </p>
                <Button
                  icon={<PrinterOutlined aria-hidden />}
                  href={`/api/assessment/assessments/${s.assessment.id}/print?lang=${i18n.language === 'en' ? 'en' : 'zh-CN'}`}
                  target="_blank"
                  rel="noopener"
                >
                  {t('assessment:sheet.print')}
                </Button>
              </div>
            ) : null}
          </section>
        </div>
      ) : null}
    </Drawer>
  );
}
