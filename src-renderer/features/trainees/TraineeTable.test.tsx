import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TraineeSummary } from '@shared/contract/trainees';
import { renderWithApp } from '../../test/render';
import { TraineeTable } from './TraineeTable';

function many(count: number): TraineeSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    yearId: 'y',
    fiscalYear: 1996 + (i % 30),
    familyNameNative: '김',
    givenNameNative: `시현${i}`,
    familyNameLatin: 'Kim',
    givenNameLatin: `Sihyeon${String(i).padStart(4, '0')}`,
    nameKana: 'キム シヒョン',
    preferredName: null,
    nameLang: 'ko',
    nameOrder: 'family_first',
    gender: null,
    birthDate: null,
    nationality: 'KR',
    sendingGovernment: null,
    trainingField: null,
    status: 'completed',
    statusChangedOn: '2024-01-31',
    hostId: null,
    hostName: null,
    hostNameEn: null,
    hasPhoto: false,
    warnings: [],
    deletedAt: null,
  }));
}

describe('TraineeTable', () => {
  it('draws only the rows in view of 2,000, and follows the scroll', () => {
    renderWithApp(<TraineeTable trainees={many(2000)} columns={['nativeName', 'latinName', 'year']} language="ja" />);
    const drawn = screen.getAllByTestId('trainee-row');
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[0]).toHaveTextContent('KIM Sihyeon0000');

    const scroller = screen.getByTestId('trainee-scroll');
    Object.defineProperty(scroller, 'clientHeight', { value: 600 });
    scroller.scrollTop = 56 * 1990;
    fireEvent.scroll(scroller);
    const after = screen.getAllByTestId('trainee-row');
    expect(after.length).toBeLessThan(60);
    expect(after.at(-1)).toHaveTextContent('KIM Sihyeon1999');
  });

  it('sorts by a column, and the other way on a second click', () => {
    renderWithApp(<TraineeTable trainees={many(30)} columns={['latinName', 'year']} language="ja" />);
    fireEvent.click(screen.getByRole('button', { name: '年度' }));
    expect(screen.getAllByTestId('trainee-row')[0]).toHaveTextContent('1996年度');
    fireEvent.click(screen.getByRole('button', { name: '年度 ▲' }));
    expect(screen.getAllByTestId('trainee-row')[0]).toHaveTextContent('2025年度');
  });
});
