import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { TraineeDetailPage } from './TraineeDetailPage';

const input = (label: RegExp) => screen.getAllByLabelText(label).find((e) => e.tagName === 'INPUT')!;

describe('the new-trainee form', { timeout: 90_000 }, () => {
  it('warns of a likely duplicate (the same name, birth date and a passport number typed full width), names them, and saves once confirmed', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    const first = await value(backend, 'trainees:create', {
      yearId: year.id, familyNameNative: '김', givenNameNative: '시현', familyNameLatin: 'KIM', givenNameLatin: 'Sihyeon', nameLang: 'ko',
      nameOrder: 'family_first', birthDate: '1993-04-01', nationality: 'KR', passportNumber: 'TK1234567', status: 'selected',
    });
    renderWithApp(<TraineeDetailPage id={null} />, { backend });

    fireEvent.change(await screen.findByLabelText(/^姓（ローマ字・旅券どおり）/), { target: { value: 'Kim' } });
    fireEvent.change(screen.getByLabelText(/^名（ローマ字・旅券どおり）/), { target: { value: 'Sihyeon' } });
    fireEvent.change(screen.getByLabelText('生年月日'), { target: { value: '1993-04-01' } });
    const nationality = input(/^国籍/);
    fireEvent.click(nationality);
    fireEvent.click(await screen.findByRole('option', { name: '韓国' }));
    fireEvent.click(screen.getByRole('tab', { name: '書類' }));
    fireEvent.change(await screen.findByLabelText('旅券番号'), { target: { value: 'ＴＫ１２３４５６７' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const warning = await screen.findByTestId('duplicate-warning', {}, { timeout: 15_000 });
    expect(warning).toHaveTextContent('同一人物の可能性がある研修員が登録されています');
    expect(within(warning).getByRole('link', { name: '김시현（KIM Sihyeon）・2024年度' })).toHaveAttribute('href', `#/trainees/${first.id}`);
    expect(await value(backend, 'trainees:list', { yearId: year.id })).toHaveLength(1);

    fireEvent.click(within(warning).getByRole('button', { name: '別人として登録する' }));
    await waitFor(async () => expect(await value(backend, 'trainees:list', { yearId: year.id })).toHaveLength(2), { timeout: 15_000 });
  });
});
