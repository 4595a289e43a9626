import { keepPreviousData, QueryClient, useMutation, useQueries, useQuery, useQueryClient, type QueryKey, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { useApi, type Api } from '../api';
import { ChannelError } from './channel-error';
import { domainOf, staleAfter, type Domain } from './domains';

/** The query client of the app: a Result does not change by asking again, so nothing retries or refetches on its own. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

/** A query's key: its domain first (what invalidation matches), then the channel and the input. */
export function channelKey<C extends Channel>(channel: C, input: ChannelInput<C> | null): QueryKey {
  // A read still waiting for its input (null) never shares the key, and so the answer, of a read without filters ({}).
  return [domainOf(channel), channel, input];
}

/** One call whose failed Result becomes a thrown ChannelError, for the query and mutation functions. */
export async function callOrThrow<C extends Channel>(api: Api, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await api.call(channel, input);
  if (!result.ok) throw new ChannelError(channel, result.error);
  return result.value;
}

export interface ChannelQueryOptions {
  /** Keep showing the last answer while the next one (another page, another query) is read. */
  keepPrevious?: boolean;
  /** How long an answer stays fresh (ms); by default every screen reads afresh when it opens. */
  staleTime?: number;
  /** Read again every so many ms while the screen shows it (an import's progress). */
  refetchInterval?: number;
}

/**
 * Reads a channel. The input is part of the key, so a changed input reads again; `null`
 * waits (a year not chosen yet). A failed Result is the query's `error`, for `QueryState`.
 */
export function useChannel<C extends Channel>(
  channel: C,
  input: ChannelInput<C> | null,
  options: ChannelQueryOptions = {},
): UseQueryResult<ChannelOutput<C>, ChannelError> {
  const api = useApi();
  return useQuery<ChannelOutput<C>, ChannelError>({
    queryKey: channelKey(channel, input),
    queryFn: () => callOrThrow(api, channel, input as ChannelInput<C>),
    enabled: input !== null,
    staleTime: options.staleTime ?? 0,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: options.refetchInterval,
  });
}

export interface ChannelAnswers<T> {
  /** Every answer, once all of them came. */
  data: T[] | undefined;
  /** The first failure, if any. */
  error: ChannelError | null;
  /** Reads again what failed. */
  retry(): void;
}

function combineAnswers(results: UseQueryResult<unknown, Error>[]): ChannelAnswers<unknown> {
  return {
    data: results.every((r) => r.data !== undefined) ? results.map((r) => r.data) : undefined,
    error: (results.find((r) => r.isError)?.error as ChannelError | undefined) ?? null,
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

/**
 * One channel read for each input (a trainee's itinerary, each photo …), each under its own
 * key, so a write in its domain reads it again as any other read. `data` once all answered.
 */
export function useChannels<C extends Channel>(channel: C, inputs: ReadonlyArray<ChannelInput<C>>): ChannelAnswers<ChannelOutput<C>> {
  const api = useApi();
  const answers = useQueries({
    queries: inputs.map((input) => ({
      queryKey: channelKey(channel, input),
      queryFn: (): Promise<unknown> => callOrThrow(api, channel, input),
    })),
    // A module-level combine: TanStack runs it again only when a result changed, so `data` keeps its identity.
    combine: combineAnswers,
  });
  return answers as ChannelAnswers<ChannelOutput<C>>;
}

/** Marks stale what a write through `channel` changed; the screens that show it read again. */
export async function invalidateAfter(client: QueryClient, channel: Channel): Promise<void> {
  const stale = staleAfter(channel);
  if (stale === 'all') return client.invalidateQueries();
  await client.invalidateQueries({ predicate: (query) => stale.has(query.queryKey[0] as Domain) });
}

/** What to do once a write answered; either runs whether or not the screen that wrote is still there. */
export interface AfterWrite<C extends Channel> {
  onSuccess?: (output: ChannelOutput<C>, input: ChannelInput<C>) => void;
  /** Only for undoing what the screen did ahead of the answer: the failure itself is shown from `mutation.error`. */
  onError?: (error: ChannelError, input: ChannelInput<C>) => void;
}

/** A write through a channel: TanStack's mutation, and `run`, the one way a screen writes and then follows up. */
export type ChannelMutation<C extends Channel> = UseMutationResult<ChannelOutput<C>, ChannelError, ChannelInput<C>> & {
  /**
   * Writes, then runs `after` from the write's own promise. Callbacks given to TanStack's `mutate` are dropped when the
   * component that called it unmounts, or calls `mutate` again, before the answer (a flash after loading the sample data
   * was lost that way); these are not. A failure is the mutation's `error` (shown by the screen's ErrorAlert), so the
   * promise never rejects for it: it settles once the write and its follow-up are done.
   */
  run(input: ChannelInput<C>, after?: AfterWrite<C>): Promise<void>;
};

/**
 * Writes through a channel. On success what it changed is read again (its domain and the
 * domains that show it); a failed Result is the mutation's `error`, and `mutateAsync` throws it.
 */
export function useChannelMutation<C extends Channel>(channel: C): ChannelMutation<C> {
  const api = useApi();
  const client = useQueryClient();
  const mutation = useMutation<ChannelOutput<C>, ChannelError, ChannelInput<C>>({
    mutationFn: (input) => callOrThrow(api, channel, input),
    onSuccess: () => invalidateAfter(client, channel),
  });
  const { mutateAsync } = mutation; // the observer's own, the same on every render
  const run = useCallback(
    (input: ChannelInput<C>, after: AfterWrite<C> = {}) =>
      mutateAsync(input).then(
        (output) => after.onSuccess?.(output, input),
        (error: ChannelError) => after.onError?.(error, input),
      ),
    [mutateAsync],
  );
  return { ...mutation, run };
}
