import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { ModalFormFooter } from '../components/ModalFormFooter';
import type { ContractForm } from './use-contract-form';

interface Props {
  opened: boolean;
  onClose(): void;
  title: string;
  form: ContractForm<Record<string, unknown>> | ContractForm<never>;
  size?: ModalProps['size'];
  /** For a record that exists: deletes it (the caller confirms first when more goes with it). */
  onDelete?: () => void;
  deleteLabel?: string;
  /** What the save button says, when it does more than save. */
  submitLabel?: string;
  children: ReactNode;
}

/** A dialog holding one contract form: its fields, then what failed, Delete, Cancel and Save. */
export function FormModal({ opened, onClose, title, form, size = 'lg', onDelete, deleteLabel, submitLabel, children }: Props) {
  const contractForm = form as ContractForm<Record<string, unknown>>;
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size={size}>
      <form onSubmit={contractForm.onSubmit} noValidate>
        <Stack>
          {children}
          <ErrorAlert error={contractForm.error} />
          <ModalFormFooter error={null} onCancel={onClose} onDelete={onDelete} deleteLabel={deleteLabel} submitLabel={submitLabel} isSaving={contractForm.isSaving} />
        </Stack>
      </form>
    </Modal>
  );
}
