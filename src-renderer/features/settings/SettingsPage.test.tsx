import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { createI18n } from '../../i18n';
import { failingApi, renderWithApp } from '../../test/render';
import { useFlash } from '../../app/flash.store';
import { SettingsPage } from './SettingsPage';
import { useSettings } from './settings.store';

describe('SettingsPage', () => {
  it('refuses an office phone that is not one, in words, and saves one that is', async () => {
    const backend = memoryBackend();
    renderWithApp(<SettingsPage />, { backend });
    const field = within(await screen.findByTestId('setting-officePhone'));
    fireEvent.change(field.getByLabelText('事務所の電話番号'), { target: { value: 'CLAIR office' } });
    fireEvent.click(field.getByRole('button', { name: '保存' }));
    expect(await field.findByText('「事務所の電話番号」は数字・+・-・括弧で入力してください。')).toBeInTheDocument();
    expect((await value(backend, 'settings:get', {})).officePhone).toBeNull();

    fireEvent.change(field.getByLabelText('事務所の電話番号'), { target: { value: '03-5213-1733' } });
    fireEvent.click(field.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(useFlash.getState().message).toBe('事務所の電話番号を保存しました。'));
    expect((await value(backend, 'settings:get', {})).officePhone).toBe('03-5213-1733');
    // The sheets print it from the store.
    await waitFor(() => expect(useSettings.getState().officePhone).toBe('03-5213-1733'));
    await waitFor(() => expect(field.getByRole('button', { name: '保存' })).toBeDisabled());
  });

  it('adds a training field and shows it in the list', async () => {
    const backend = memoryBackend();
    renderWithApp(<SettingsPage />, { backend });
    await waitFor(() => expect(screen.getAllByTestId('training-field-row').length).toBeGreaterThan(1));
    const before = screen.getAllByTestId('training-field-row').length;
    const adding = within(screen.getAllByTestId('training-field-row').at(-1)!);
    fireEvent.change(adding.getByLabelText('研修分野（日本語）'), { target: { value: '防災' } });
    fireEvent.change(adding.getByLabelText('研修分野（英語）'), { target: { value: 'Disaster prevention' } });
    fireEvent.click(adding.getByRole('button', { name: '追加' }));
    await waitFor(() => expect(screen.getAllByTestId('training-field-row')).toHaveLength(before + 1));
    expect(screen.getAllByTestId('training-field-row').at(-2)!.querySelector('input')).toHaveValue('防災');
    expect(adding.getByLabelText('研修分野（日本語）')).toHaveValue('');
  });
});

describe('settings store', () => {
  it('says so when the settings cannot be read, rather than keeping quiet', async () => {
    await expect(useSettings.getState().load(failingApi('internal'), createI18n('ja'))).rejects.toMatchObject({ body: { code: 'internal' } });
  });

  it('puts the language back when it cannot be remembered', async () => {
    useSettings.setState({ language: 'ja' });
    await expect(useSettings.getState().setLanguage(failingApi('internal'), createI18n('ja'), 'en')).rejects.toMatchObject({ body: { code: 'internal' } });
    expect(useSettings.getState().language).toBe('ja');
  });
});
