import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigation } from '../app/navigation.store';

/**
 * A link to a screen of the app (`/hosts/<id>`), in the size of the text around it; it asks
 * first when the page has unsaved changes.
 */
export function RouteLink({ to, children, ...props }: AnchorProps & { to: string; children: ReactNode }) {
  const navigate = useNavigation((s) => s.navigate);
  return (
    <Anchor
      inherit
      {...props}
      href={`#${to}`}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </Anchor>
  );
}
