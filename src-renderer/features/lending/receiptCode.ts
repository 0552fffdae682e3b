import { create } from 'zustand';

/**
 * The claim code of the item just registered, handed from the claim-code dialog to the receipt page in memory only:
 * never in the URL, never stored, and taken (cleared) by the receipt page. Main keeps only a hash, so a receipt
 * reprinted later from the list cannot carry it.
 */
export const useReceiptCode = create<{ id: number | null; code: string | null }>()(() => ({ id: null, code: null }));

export const handReceiptCode = (id: number, code: string): void => useReceiptCode.setState({ id, code });
export const clearReceiptCode = (): void => useReceiptCode.setState({ id: null, code: null });
