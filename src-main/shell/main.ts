import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { resolveDataDir } from '../db/data-dir';
import { openDesk, type Desk } from '../desk';
import { createIpcBridge, installIpc } from './ipc';
import { createElectronHost } from './print';
import { installAppProtocol, registerAppScheme } from './protocol';
import { APP_ENTRY_URL, devServerOrigin, installSessionSecurity, installWebContentsGuards } from './security';
import { STARTUP_ERROR_TITLE, startupErrorMessage } from './startup-error';
import { createMainWindow } from './window';

// Layout of the build (electron-vite): out/main/index.js, out/preload/index.js, out/renderer/index.html.
const PRELOAD = path.join(__dirname, '../preload/index.js');
const RENDERER_ROOT = path.join(__dirname, '../renderer');

const defaultUserData = app.getPath('userData');
const dataDir = resolveDataDir(process.argv, process.env, defaultUserData);
// A desk opened on another data directory keeps its own Chromium profile and its own single-instance lock.
if (dataDir !== defaultUserData) app.setPath('userData', path.join(dataDir, 'chromium'));
const devOrigin = devServerOrigin(process.env, app.isPackaged);

app.enableSandbox();
registerAppScheme();

let desk: Desk | null = null;
let mainWindow: BrowserWindow | null = null;

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const url = devOrigin && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : APP_ENTRY_URL;
  mainWindow = createMainWindow(PRELOAD, url);
  mainWindow.on('closed', () => (mainWindow = null));
}

async function start(): Promise<void> {
  try {
    desk = await openDesk({ dataDir, backupOnClose: true, preallocateWal: true });
  } catch (err) {
    dialog.showErrorBox(STARTUP_ERROR_TITLE, startupErrorMessage(err, dataDir));
    app.exit(1);
    return;
  }
  desk.rt.host = createElectronHost();
  installSessionSecurity(session.defaultSession, devOrigin);
  installAppProtocol(RENDERER_ROOT);
  installIpc(createIpcBridge(desk.dispatch, { devOrigin }));
  if (app.isPackaged) Menu.setApplicationMenu(null);
  showMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another desk already has this data directory open: it comes to the front (second-instance), we leave.
  app.quit();
} else {
  app.on('second-instance', () => showMainWindow());
  app.on('web-contents-created', (_event, wc) => installWebContentsGuards(wc, devOrigin));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (desk && BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });

  // Close the database cleanly (WAL checkpoint) before the process ends.
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed' || !desk) return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    desk
      .close()
      .catch(() => undefined)
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });

  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox(STARTUP_ERROR_TITLE, startupErrorMessage(err, dataDir));
      app.exit(1);
    });
}
