import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setSheetDateStyle } from '@shared/text/date-format';
import { renderWithApp } from '../../test/render';
import { CertificateSheet } from './CertificateSheets';

afterEach(() => setSheetDateStyle('wareki'));

describe('the completion certificate', () => {
  it('is dated in 和暦 in Japanese even when the office prints its other sheets in 西暦', () => {
    setSheetDateStyle('western');
    const set = {
      fiscalYear: 2024,
      isSignerDefault: false,
      signer: { organizationJa: '一般財団法人自治体国際化協会', titleJa: '理事長', nameJa: '岡本 保', organizationEn: null, titleEn: 'President', nameEn: 'OKAMOTO Tamotsu' },
      certificates: [
        { traineeId: 'a', nativeName: '이서연', nameLang: 'ko' as const, latinName: 'LEE Seoyeon', hostId: 'h', hostName: '大分県宇佐市', hostNameEn: 'Usa City', startsOn: '2024-10-01', completedOn: '2025-03-28' },
      ],
    };
    renderWithApp(<CertificateSheet set={set} language="ja" />);
    const page = screen.getByTestId('certificate');
    expect(page).toHaveTextContent('令和6年10月1日から令和7年3月28日まで');
    expect(page).not.toHaveTextContent('2024年10月1日');
  });
});
