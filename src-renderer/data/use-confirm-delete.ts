import { useTranslation } from 'react-i18next';
import { useConfirmStore } from '../app/confirm.store';

export interface DeleteQuestion {
  /** What the person is deleting, as the screen names it. */
  name: string;
  /** It goes to the trash (and can come back for 30 days) rather than for good. */
  toTrash?: boolean;
  /** What is deleted with it (“2 rooms, 14 booked nights”); empty when only the row goes. */
  with?: string[];
}

/**
 * Asks before a delete, saying whether it can be undone and what goes with it; resolves
 * true when the person confirms. One wording for every delete in the app.
 */
export function useConfirmDelete(): (question: DeleteQuestion) => Promise<boolean> {
  const { t } = useTranslation();
  const ask = useConfirmStore((s) => s.ask);
  return (question) => {
    const parts = [question.toTrash ? t('common.deleteToTrash') : t('common.deleteForever')];
    if (question.with?.length) parts.push(t('common.deleteWith', { what: question.with.join(t('common.listSeparator')) }));
    return ask({
      title: t('common.deleteTitle', { name: question.name }),
      body: parts.join('\n'),
      confirmLabel: t('common.delete'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
  };
}
