import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { ForwardDialog } from './ForwardDialog';
import { type Feedback, useFeedbackChanged } from './feedback-queries';
import { StepDialog, type TextStep } from './StepDialog';

type Confirmed = 'close' | 'spam' | 'valuable';
type Open = TextStep | 'forward' | Confirmed | null;

/** The buttons the record's abilities allow, each opening its small dialog. A department's 答复 sits on its forward. */
export function FeedbackSteps({ feedback: f }: { feedback: Feedback }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const changed = useFeedbackChanged();
  const a = f.abilities;
  const button = (step: Exclude<Open, null>, primary = false) => (
    <Button key={step} type={primary ? 'primary' : 'default'} onClick={() => setOpen(step)}>
      {step === 'valuable' ? t(f.valuable ? 'feedback:actions.notValuable' : 'feedback:actions.valuable') : t(`feedback:actions.${step}`)}
    </Button>
  );
  const version = { version: f.version };
  const path = { path: { id: f.id } };
  const confirm = async (step: Confirmed) => {
    if (step === 'close') await unwrap(api.POST('/api/feedback/{id}/close', { params: path, body: version }));
    if (step === 'spam') await unwrap(api.POST('/api/feedback/{id}/spam', { params: path, body: version }));
    if (step === 'valuable')
      await unwrap(api.POST('/api/feedback/{id}/valuable', { params: path, body: { ...version, valuable: !f.valuable } }));
    await changed();
  };
  const buttons = [
    a.reply ? button('reply', true) : null,
    a.forward ? button('forward', !a.reply && !a.resolve) : null,
    a.resolve ? button('resolve', true) : null,
    a.tell ? button('tell', true) : null,
    a.close ? button('close', true) : null,
    a.reopen ? button('reopen') : null,
    a.markValuable ? button('valuable') : null,
    a.markSpam ? button('spam') : null,
  ].filter(Boolean);
  const confirmed = open === 'close' || open === 'spam' || open === 'valuable' ? open : null;
  const texts = open === 'reply' || open === 'resolve' || open === 'tell' || open === 'reopen' ? open : null;

  return (
    <>
      {buttons.length ? <div className="feedback-steps">{buttons}</div> : null}
      {texts ? <StepDialog step={texts} feedback={f} onClose={() => setOpen(null)} /> : null}
      {open === 'forward' ? <ForwardDialog feedback={f} onClose={() => setOpen(null)} /> : null}
      {confirmed ? (
        <ConfirmAction
          open
          title={t(`feedback:confirm.${confirmed === 'valuable' && f.valuable ? 'notValuable' : confirmed}.title`, { number: f.number })}
          description={t(`feedback:confirm.${confirmed === 'valuable' && f.valuable ? 'notValuable' : confirmed}.text`)}
          okText={t(`feedback:confirm.${confirmed === 'valuable' && f.valuable ? 'notValuable' : confirmed}.ok`)}
          danger={confirmed === 'spam'}
          onConfirm={() => confirm(confirmed)}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
