import { useEffect } from 'react';
import { RegisterView } from './RegisterView';
import { installPrintHook, usePrintData } from './printHook';

/** `#/print`: no layout, no session; main calls `__deskPrint(data)`, waits for `printReady`, then prints. */
export function PrintRoute() {
  const data = usePrintData((s) => s.data);

  // Reaching #/print by navigation inside the app (not a fresh load) still needs the hook.
  if (!window.__deskPrint) installPrintHook();

  useEffect(() => {
    if (!data) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      // One more frame so layout with the loaded fonts is done before main prints.
      requestAnimationFrame(() => {
        if (!cancelled) document.documentElement.dataset.printReady = '1';
      });
    });
    return () => {
      cancelled = true;
    };
  }, [data]);

  return <div className="print-page">{data ? <RegisterView data={data} /> : null}</div>;
}
