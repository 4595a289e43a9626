import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupFlag } from '@shared/contract/arrivals';

/** Why a trainee's place in a pickup group needs a look. */
export function GroupFlags({ flags }: { flags: GroupFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Group gap={4}>
      {flags.map((f) => (
        <Badge key={f} size="sm" color="orange" variant="light" tt="none" data-testid={`flag-${f}`}>
          {t(`pickup.flag.${f}`)}
        </Badge>
      ))}
    </Group>
  );
}
