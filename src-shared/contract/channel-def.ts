import type { z } from 'zod';

/** One channel of the contract: what it does, what it takes and what it gives back. */
export interface ChannelDef {
  doc: string;
  input: z.ZodType;
  output: z.ZodType;
}
