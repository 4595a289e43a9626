import type { SendingGovernment, TrainingField } from '@shared/contract/trainees';

/** 경주시 / Gyeongju / 慶州市 — local script first, then English, then Japanese. */
export function sendingGovernmentLabel(g: SendingGovernment, language: 'ja' | 'en'): string {
  const parts = [g.nameLocal, g.nameEn !== g.nameLocal ? g.nameEn : null, language === 'ja' ? g.nameJa : null];
  return parts.filter(Boolean).join(' / ');
}

export function trainingFieldLabel(f: TrainingField, language: 'ja' | 'en'): string {
  return language === 'ja' ? f.nameJa : f.nameEn;
}
