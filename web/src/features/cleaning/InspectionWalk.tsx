import { CloudUploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Progress } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { codeText, errorText } from '../../app/ui/error-text';
import { useToast } from '../../app/ui/toast';
import { CheckCard } from './CheckCard';
import {
  type CheckEntry,
  checkIndexOf,
  clearDraft,
  type InspectionDraft,
  judgedCount,
  loadDraft,
  newDraft,
  resultsBody,
  saveDraft,
  unjudgedCode,
  verdictOf,
} from './inspection-draft';
import { type Inspection, inspectionQuery, useCleaningChanged } from './work-queries';

type CardErrors = Record<number, string[]>;

/** The server never answered: no network (0), or a gateway in front of it without an answer of its own. */
const NO_ANSWER = new Set([0, 502, 503, 504]);

/** The draft kept for this inspection, brought to the version shown (still planned, so nothing was recorded). */
function restore(inspection: Inspection): InspectionDraft {
  const kept = loadDraft(inspection.id);
  return kept ? { ...kept, version: inspection.version } : newDraft(inspection.version);
}

/**
 * Walking a planned inspection on a phone: every answer is kept on the device as it is given, and sent in one
 * request with the draft's Idempotency-Key. No answer from the server (offline) keeps the draft for 重新发送;
 * a refusal puts its field errors on their cards; success clears the draft and the page shows the results.
 */
export function InspectionWalk({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useQueryClient();
  const changed = useCleaningChanged();
  const [draft, setDraft] = useState(() => restore(inspection));
  const [stored, setStored] = useState(true);
  const [cardErrors, setCardErrors] = useState<CardErrors>({});
  /** A refusal no card holds (a version conflict, a lost right); the cards' own problems are counted below. */
  const [error, setError] = useState<string | null>(null);
  const [refusedBy, setRefusedBy] = useState<'device' | 'server'>('device');
  const [sending, setSending] = useState(false);
  const checks = inspection.checklist;

  useEffect(() => {
    // nothing entered yet: no draft to keep (opening a planned inspection leaves nothing behind)
    if (Object.keys(draft.entries).length || draft.unsent) setStored(saveDraft(inspection.id, draft));
  }, [inspection.id, draft]);

  const change = (checkId: string, index: number, entry: CheckEntry) => {
    setDraft((d) => ({ ...d, entries: { ...d.entries, [checkId]: entry } }));
    setCardErrors(({ [index]: _, ...rest }) => rest);
  };

  /** The same refusals the server would give, found before sending (offline there is nobody to ask). */
  const localErrors = (): CardErrors => {
    const out: CardErrors = {};
    checks.forEach((c, i) => {
      const e = draft.entries[c.id];
      const verdict = verdictOf(c, e);
      const codes =
        verdict === null
          ? [unjudgedCode(c, e)]
          : verdict === 'fail'
            ? [...(e?.photos.length ? [] : ['cleaning.photo_required']), ...(e?.note?.trim() ? [] : ['cleaning.note_required'])]
            : [];
      if (codes.length) out[i] = codes.map((code) => codeText(t, code));
    });
    return out;
  };

  const send = async () => {
    setError(null);
    const found = localErrors();
    setCardErrors(found);
    if (Object.keys(found).length) {
      setRefusedBy('device');
      document.querySelector('.check-card-error')?.scrollIntoView({ block: 'center' });
      return;
    }
    setSending(true);
    try {
      const done = await unwrap(
        api.POST('/api/cleaning/inspections/{id}/results', {
          params: { path: { id: inspection.id } },
          headers: { 'idempotency-key': draft.key },
          body: resultsBody(checks, draft),
        }),
      );
      clearDraft(inspection.id);
      client.setQueryData(inspectionQuery(inspection.id).queryKey, done);
      toast.success(t('cleaningWork:walk.sent'));
      await changed();
    } catch (e) {
      if (isApiError(e) && NO_ANSWER.has(e.status)) {
        setDraft((d) => ({ ...d, unsent: true }));
        return;
      }
      setDraft((d) => ({ ...d, unsent: false }));
      const placed: CardErrors = {};
      const fields = isApiError(e) ? e.fieldErrors : [];
      let onCards = 0;
      for (const f of fields) {
        const i = checkIndexOf(f.field);
        if (i === null || i >= checks.length) continue;
        placed[i] = [...(placed[i] ?? []), codeText(t, f.code, f.message)];
        onCards++;
      }
      setCardErrors(placed);
      setRefusedBy('server');
      // every problem on its card: the cards say it, and the count below says where to look
      setError(onCards > 0 && onCards === fields.length ? null : errorText(t, e));
      // recorded meanwhile (an earlier send got through, or another device): the page shows the results
      await client.invalidateQueries({ queryKey: inspectionQuery(inspection.id).queryKey });
    } finally {
      setSending(false);
    }
  };

  const judged = judgedCount(checks, draft);
  // the count follows the cards: it goes once the last red card is put right
  const red = Object.keys(cardErrors).length;
  return (
    <section className="cleaning-section" aria-labelledby="walk-heading">
      <h2 id="walk-heading" className="card-heading">
        {t('cleaningWork:walk.title', { count: checks.length })}
      </h2>
      <Progress
        percent={checks.length ? Math.round((judged * 100) / checks.length) : 0}
        // never the green "done" colour: a full bar means answered, not sent (and its text stays legible)
        status="normal"
        format={() => t('cleaningWork:walk.progress', { judged, total: checks.length })}
        aria-label={t('cleaningWork:walk.progressLabel')}
      />
      {checks.length ? null : <Alert type="info" showIcon title={t('cleaningWork:walk.noChecks')} />}
      <ol className="check-list" aria-label={t('cleaningWork:walk.checklist')}>
        {checks.map((c, i) => (
          <CheckCard
            key={c.id}
            check={c}
            index={i}
            entry={draft.entries[c.id]}
            errors={cardErrors[i] ?? []}
            onChange={(entry) => change(c.id, i, entry)}
          />
        ))}
      </ol>
      <div className="cleaning-submit">
        {stored ? null : <Alert type="warning" showIcon title={t('cleaningWork:walk.storageFull')} />}
        {draft.unsent ? <Alert type="warning" showIcon role="alert" title={t('cleaningWork:walk.unsent')} /> : null}
        {red ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t(refusedBy === 'device' ? 'cleaningWork:walk.incomplete' : 'cleaningWork:walk.refused', { count: red })}
          />
        ) : null}
        {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
        <Button
          type="primary"
          size="large"
          block
          icon={<CloudUploadOutlined aria-hidden />}
          loading={sending}
          disabled={!checks.length}
          onClick={send}
        >
          {t(draft.unsent ? 'cleaningWork:walk.resend' : 'cleaningWork:walk.submit')}
        </Button>
      </div>
    </section>
  );
}
