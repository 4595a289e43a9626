import { create } from 'zustand';
import type { ChannelOutput } from '@shared/contract/channels';
import type { SendingGovernment, TrainingField } from '@shared/contract/trainees';
import type { Api } from '../api';

type Host = ChannelOutput<'hosts:list'>[number];

/** Lists that many screens pick from: training fields, sending governments, hosts. */
interface MastersState {
  trainingFields: TrainingField[];
  sendingGovernments: SendingGovernment[];
  hosts: Host[];
  refresh(api: Api): Promise<void>;
}

export const useMasters = create<MastersState>((set) => ({
  trainingFields: [],
  sendingGovernments: [],
  hosts: [],
  refresh: async (api) => {
    const [fields, sending, hosts] = await Promise.all([
      api.call('training-fields:list', {}),
      api.call('sending-governments:list', {}),
      api.call('hosts:list', {}),
    ]);
    set({
      trainingFields: fields.ok ? fields.value : [],
      sendingGovernments: sending.ok ? sending.value : [],
      hosts: hosts.ok ? hosts.value : [],
    });
  },
}));

/** 경주시 / Gyeongju / 慶州市 — local script first, then English, then Japanese. */
export function sendingGovernmentLabel(g: SendingGovernment, language: 'ja' | 'en'): string {
  const parts = [g.nameLocal, g.nameEn !== g.nameLocal ? g.nameEn : null, language === 'ja' ? g.nameJa : null];
  return parts.filter(Boolean).join(' / ');
}

export function trainingFieldLabel(f: TrainingField, language: 'ja' | 'en'): string {
  return language === 'ja' ? f.nameJa : f.nameEn;
}
