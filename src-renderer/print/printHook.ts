import { create } from 'zustand';
import type { RegisterData } from '../../src-shared/modules/registers';

export const usePrintData = create<{ data: RegisterData | null }>()(() => ({ data: null }));

/** The one thing the print page puts on window: main hands the register over through it. */
export function installPrintHook(): void {
  window.__deskPrint = (data: RegisterData) => {
    delete document.documentElement.dataset.printReady;
    usePrintData.setState({ data });
  };
}
