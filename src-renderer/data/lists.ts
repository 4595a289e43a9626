import { useChannel } from './use-channel';

/**
 * The lists many screens pick from, read once and shared by key: every screen that asks for
 * the hosts gets the same answer, read again after any write that changes it.
 */
export function useYearList() {
  return useChannel('years:list', {});
}

export function useTrainingFields() {
  return useChannel('training-fields:list', {});
}

export function useSendingGovernments() {
  return useChannel('sending-governments:list', {});
}

export function useHostList() {
  return useChannel('hosts:list', {});
}

/** How many sync conflicts wait for a person (the count beside the menu item). */
export function useSyncStatus() {
  return useChannel('sync:status', {});
}
