import { useTranslation } from 'react-i18next';
import { errorBody } from '../../data/channel-error';
import { useChannel } from '../../data/use-channel';
import { translateError } from '../../i18n/errors';

interface Props {
  id: string;
  hasPhoto: boolean;
  size: 'photo' | 'thumb';
  /** Width in CSS pixels; the height follows the passport ratio 35 × 45. */
  width: number;
}

/**
 * A trainee's photo, or an empty frame of the same size. Read once and kept until a write
 * (a new photo here, or a sync bringing one from another PC) makes it stale.
 */
export function TraineePhoto({ id, hasPhoto, size, width }: Props) {
  const { t } = useTranslation();
  const photo = useChannel('trainees:photo', hasPhoto ? { id, size } : null, { staleTime: Infinity });
  const height = Math.round((width * 45) / 35);
  const frame = { width, height, borderRadius: 3, display: 'block', objectFit: 'cover' as const };

  // Too small for a message: the frame is marked and says what failed when pointed at.
  if (photo.isError) {
    const message = translateError(t, errorBody(photo.error), 'trainee.field').summary;
    return (
      <div
        role="img"
        aria-label={message}
        title={message}
        data-testid="trainee-photo-error"
        style={{ ...frame, background: 'var(--mantine-color-red-0)', outline: '1px dashed var(--mantine-color-red-6)' }}
      />
    );
  }
  const src = hasPhoto ? photo.data?.dataUrl : null;
  if (!src) return <div aria-hidden style={{ ...frame, background: 'var(--mantine-color-gray-2)' }} />;
  return <img src={src} alt={t('trainee.field.photo')} style={frame} data-testid="trainee-photo" />;
}
