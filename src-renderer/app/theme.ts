import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: "'Noto Sans JP', 'Noto Sans KR', 'Noto Sans SC', 'Noto Sans Devanagari', sans-serif",
  headings: { fontFamily: "'Noto Sans JP', sans-serif", fontWeight: '700' },
  defaultRadius: 'sm',
});
