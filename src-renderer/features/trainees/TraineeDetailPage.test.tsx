import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, tableCount, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { useYears } from '../years/years.store';
import { TraineeDetailPage } from './TraineeDetailPage';

async function withYear() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  useYears.setState({ years: await value(backend, 'years:list', {}), selectedYearId: year.id });
  return backend;
}

describe('TraineeDetailPage', () => {
  it('shows a translated message naming each bad field, and saves nothing', async () => {
    const backend = await withYear();
    renderWithApp(<TraineeDetailPage id={null} />, { backend });
    fireEvent.change(screen.getByLabelText('生年月日'), { target: { value: '2023/2/30' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('「名（ローマ字・旅券どおり）」または姓（ローマ字）のどちらかを入力してください。');
    expect(alert).toHaveTextContent('「生年月日」は存在する日付で入力してください');
    expect(alert).toHaveTextContent('「国籍」を入力してください。');
    expect(tableCount(backend, 'trainees')).toBe(0);
  });

  it('names the field in English too', async () => {
    const backend = await withYear();
    renderWithApp(<TraineeDetailPage id={null} />, { backend, language: 'en' });
    fireEvent.change(screen.getByLabelText('Name in katakana'), { target: { value: 'kim' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('“Name in katakana” must be in full-width katakana.');
  });

  it('guesses the language and name order from a Hangul name', async () => {
    renderWithApp(<TraineeDetailPage id={null} />, { backend: await withYear() });
    fireEvent.change(screen.getByLabelText('姓（現地表記）'), { target: { value: '김' } });
    expect(screen.getByLabelText('氏名の言語・文字')).toHaveValue('ko');
    expect(screen.getByLabelText('氏名の順序')).toHaveValue('family_first');
    expect(screen.getByLabelText('姓（現地表記）')).toHaveAttribute('lang', 'ko');
  });
});

