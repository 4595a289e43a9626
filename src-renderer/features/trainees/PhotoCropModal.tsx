import { Button, Group, Modal, Slider, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const RATIO = 45 / 35;
const PHOTO_WIDTH = 420; // 420 × 540: under the 600 px limit, sharp enough for A4 sheets
const THUMB_WIDTH = 70;

interface Crop {
  zoom: number;
  x: number;
  y: number;
}

/** Draws the chosen part of the image into a passport-ratio canvas of the given width. */
function draw(image: HTMLImageElement, crop: Crop, canvas: HTMLCanvasElement, width: number): void {
  const height = Math.round(width * RATIO);
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  // The largest passport-ratio window that fits the image, shrunk by the zoom.
  const baseW = Math.min(image.naturalWidth, image.naturalHeight / RATIO);
  const srcW = baseW / crop.zoom;
  const srcH = srcW * RATIO;
  const srcX = (image.naturalWidth - srcW) * crop.x;
  const srcY = (image.naturalHeight - srcH) * crop.y;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, srcX, srcY, srcW, srcH, 0, 0, width, height);
}

function toBase64Jpeg(canvas: HTMLCanvasElement, quality: number): string {
  return canvas.toDataURL('image/jpeg', quality).replace(/^data:image\/jpeg;base64,/, '');
}

interface Props {
  file: File | null;
  onClose(): void;
  onCropped(photo: string, thumb: string): void;
}

/** Crops a picked image to 35 × 45 with zoom and position sliders, then resizes it. */
export function PhotoCropModal({ file, onClose, onCropped }: Props) {
  const { t } = useTranslation();
  const preview = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [isUnreadable, setUnreadable] = useState(false);
  const [crop, setCrop] = useState<Crop>({ zoom: 1, x: 0.5, y: 0.5 });

  useEffect(() => {
    if (!file) return;
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      setUnreadable(false);
      setImage(img);
    };
    img.onerror = () => setUnreadable(true);
    img.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file]);

  useEffect(() => {
    if (image && preview.current) draw(image, crop, preview.current, 210);
  }, [image, crop]);

  function save() {
    if (!image) return;
    const canvas = document.createElement('canvas');
    draw(image, crop, canvas, PHOTO_WIDTH);
    const photo = toBase64Jpeg(canvas, 0.88);
    draw(image, crop, canvas, THUMB_WIDTH);
    onCropped(photo, toBase64Jpeg(canvas, 0.85));
  }

  return (
    <Modal opened={file !== null} onClose={onClose} title={t('trainee.photoCropTitle')} centered>
      {isUnreadable ? (
        <Text c="red" role="alert">
          {t('trainee.photoUnreadable')}
        </Text>
      ) : (
        <Stack>
          <canvas ref={preview} style={{ width: 210, height: 270, alignSelf: 'center', border: '1px solid var(--mantine-color-gray-4)' }} />
          <Text size="sm">{t('trainee.photoZoom')}</Text>
          <Slider min={1} max={3} step={0.05} value={crop.zoom} onChange={(zoom) => setCrop((c) => ({ ...c, zoom }))} label={null} />
          <Text size="sm">{t('trainee.photoX')}</Text>
          <Slider min={0} max={1} step={0.01} value={crop.x} onChange={(x) => setCrop((c) => ({ ...c, x }))} label={null} />
          <Text size="sm">{t('trainee.photoY')}</Text>
          <Slider min={0} max={1} step={0.01} value={crop.y} onChange={(y) => setCrop((c) => ({ ...c, y }))} label={null} />
        </Stack>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={save} disabled={!image}>
          {t('trainee.photoSave')}
        </Button>
      </Group>
    </Modal>
  );
}
