import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hostFullName } from '@shared/contract/names';
import { useNavigation } from '../../app/navigation.store';
import { FormModal } from '../../data/FormModal';
import { useContractForm } from '../../data/use-contract-form';

const EMPTY = { prefectureJa: '', nameJa: '', nameKana: '', nameEn: '' };

/** A host that is not in the code list (a prefectural department, a public body); its page opens once it is saved. */
export function CustomHostModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const form = useContractForm('hosts:create-custom', {
    opened,
    initialValues: EMPTY,
    toInput: (v) => v,
    fieldLabels: 'host.field',
    flash: (host) => t('host.created', { name: hostFullName(host) }),
    onSaved: (host) => {
      onClose();
      navigate(`/hosts/${host.id}`);
    },
  });
  return (
    <FormModal opened={opened} onClose={onClose} title={t('host.customTitle')} form={form}>
      <SimpleGrid cols={2}>
        <TextInput {...form.field('prefectureJa')} withAsterisk data-autofocus />
        <TextInput {...form.field('nameJa')} withAsterisk />
        <TextInput {...form.field('nameKana')} />
        <TextInput {...form.field('nameEn')} />
      </SimpleGrid>
    </FormModal>
  );
}
