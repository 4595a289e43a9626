import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { loadPhoto } from './photo-cache';

interface Props {
  id: string;
  hasPhoto: boolean;
  size: 'photo' | 'thumb';
  /** Width in CSS pixels; the height follows the passport ratio 35 × 45. */
  width: number;
  version?: number;
}

/** A trainee's photo, or an empty frame of the same size. */
export function TraineePhoto({ id, hasPhoto, size, width, version = 0 }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [src, setSrc] = useState<string | null>(null);
  const height = Math.round((width * 45) / 35);

  useEffect(() => {
    let isCurrent = true;
    if (hasPhoto) void loadPhoto(api, id, size).then((url) => isCurrent && setSrc(url));
    else setSrc(null);
    return () => {
      isCurrent = false;
    };
  }, [api, id, size, hasPhoto, version]);

  const frame = { width, height, borderRadius: 3, display: 'block', objectFit: 'cover' as const };
  if (!src) return <div aria-hidden style={{ ...frame, background: 'var(--mantine-color-gray-2)' }} />;
  return <img src={src} alt={t('trainee.field.photo')} style={frame} data-testid="trainee-photo" />;
}
