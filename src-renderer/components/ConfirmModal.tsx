import { Button, getDefaultZIndex, Group, Modal, Text } from '@mantine/core';

interface Props {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Above every other dialog: a question asked from inside one (deleting the flight it shows) must be on top of it. */
const ABOVE_DIALOGS = getDefaultZIndex('modal') + 100;

export function ConfirmModal({ opened, title, body, confirmLabel, cancelLabel, danger, onConfirm, onCancel }: Props) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered zIndex={ABOVE_DIALOGS}>
      <Text mb="lg" style={{ whiteSpace: 'pre-line' }} data-testid="confirm-body">
        {body}
      </Text>
      <Group justify="flex-end">
        {/* A dangerous question starts on Cancel, so an Enter pressed by habit deletes nothing. */}
        <Button variant="default" onClick={onCancel} data-autofocus={danger ? true : undefined}>
          {cancelLabel}
        </Button>
        <Button color={danger ? 'red' : undefined} onClick={onConfirm} data-autofocus={danger ? undefined : true}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
