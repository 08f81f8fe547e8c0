/** The page's one controller, handed to every component through context. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useStore } from '../useStore';
import type { LedgerController, LedgerState } from './controller';

export const ControllerContext = createContext<LedgerController | null>(null);

export function useController(): LedgerController {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('useController outside <ControllerContext.Provider>');
  return controller;
}

/** The ledger state, re-rendering on every change. */
export function useLedgerState(): LedgerState {
  return useStore(useController().store);
}
