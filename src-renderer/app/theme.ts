import { createTheme, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: "'Noto Sans JP', 'Noto Sans KR', 'Noto Sans SC', 'Noto Sans Devanagari', sans-serif",
  headings: { fontFamily: "'Noto Sans JP', sans-serif", fontWeight: '700' },
  defaultRadius: 'sm',
  components: {
    // A region that scrolls on its own must be reachable by Tab, or a keyboard cannot scroll it.
    ScrollArea: { defaultProps: { viewportProps: { tabIndex: 0 } } },
    // A dialog's title bar is a <header>: inside a dialog it is no second banner of the page.
    ModalHeader: { defaultProps: { role: 'presentation' } },
  },
});

/** WCAG's contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

function darker(hex: string, amount: number): string {
  const channel = (i: number) => Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - amount)).toString(16).padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** The first of `shades` (then darker and darker forms of the last) that reads at 4.5:1 against every background. */
function readable(shades: readonly string[], backgrounds: readonly string[]): string {
  const passes = (c: string) => backgrounds.every((b) => contrast(c, b) >= 4.5);
  const found = shades.find(passes);
  if (found) return found;
  let c = shades.at(-1)!;
  for (let step = 0; step < 10 && !passes(c); step++) c = darker(c, 0.1);
  return c;
}

/**
 * Small text must read at 4.5:1 (WCAG AA), which several of Mantine's light-scheme colours miss: the dimmed grey
 * (#868e96, 3.3:1 on white), white on a filled indigo, orange or grey (4.3, 2.6, 3.3:1), a light badge's text on its
 * hover tint (indigo 4.1:1, orange 3.6:1), orange text on white (2.6:1). For every colour the shades used for filled
 * backgrounds, light-variant text, outlines and coloured text are moved to the first of its own shades that reads
 * (a darker form of the darkest where none does), on every screen at once.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t: MantineTheme) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' };
  const white = '#ffffff';
  const offWhite = '#f1f3f5'; // gray 1: table stripes, hovered rows, disabled fields
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === 'dark' || !shades || shades.length < 10) continue;
    const filled = readable(shades.slice(6), [white]);
    const filledIndex = shades.indexOf(filled);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = filledIndex >= 0 && filledIndex < 9 ? shades[filledIndex + 1]! : darker(filled, 0.1);
    // Light variants: text on shade 1, shade 2 when hovered, and on the orange tint of an arriving card.
    light[`--mantine-color-${name}-light-color`] = readable(shades.slice(9), [shades[1]!, shades[2]!, '#fff4e6']);
    const text = readable(shades.slice(6), [white, offWhite, '#fff4e6']);
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-outline`] = text;
  }
  light['--mantine-color-anchor'] = light[`--mantine-color-${t.primaryColor}-text`]!;
  // A field's error (its red label, border and message) reads like the red text.
  light['--mantine-color-error'] = light['--mantine-color-red-text']!;
  return { variables: {}, light, dark: {} };
};
