import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';

export const WINDOW_TITLE = 'FrontDesk 物业前台';

/** Options of the one main window (pure, so tests can check them). */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#f5f6f8',
    webPreferences: secureWebPreferences(preload),
  };
}

/**
 * The one window of the desk. Navigation, new windows and permissions are guarded for every webContents in
 * main.ts (`web-contents-created`), so this file only builds and loads it.
 */
export function createMainWindow(preload: string, url: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preload));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}
