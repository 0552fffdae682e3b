import { contextBridge, ipcRenderer } from 'electron';

/**
 * Sandboxed preload: one CommonJS file that requires only `electron`. It exposes a single `desk.invoke` and nothing
 * raw — no ipcRenderer, no event objects. The main process checks the sender, the channel and the session.
 * The channel name is repeated here (not imported) so this file stays free of other modules.
 */
const INVOKE_CHANNEL = 'desk:invoke';

contextBridge.exposeInMainWorld('desk', {
  invoke: (channel: unknown, input?: unknown): Promise<unknown> => {
    if (typeof channel !== 'string' || channel.length === 0 || channel.length > 100) {
      return Promise.reject(new TypeError('desk.invoke: channel must be a non-empty string'));
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
});
