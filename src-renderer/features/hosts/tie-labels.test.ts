import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { tiedHostsLabel } from './tie-labels';

const ties = [
  { hostName: '大分県宇佐市', hostNameEn: 'Usa City', kind: 'sister' as const },
  { hostName: '奈良県奈良市', hostNameEn: null, kind: 'friendship' as const },
];

describe('tiedHostsLabel', () => {
  it('writes each host with its kind of tie in brackets, as each language does', () => {
    expect(tiedHostsLabel(ties, createI18n('ja').t, 'ja')).toBe('大分県宇佐市（姉妹都市）、奈良県奈良市（友好都市）');
    expect(tiedHostsLabel(ties, createI18n('en').t, 'en')).toBe('Usa City (Sister city), 奈良県奈良市 (Friendship city)');
  });
});
