import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import viteConfig, { MAIN_EXTERNALS } from '../../electron.vite.config';

const ROOT = path.resolve(__dirname, '../..');
const req = createRequire(path.join(ROOT, 'package.json'));

// js-yaml comes with electron-builder (a devDependency); typed here by hand as it ships no types.
const yaml = req('js-yaml') as { load(src: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources?: string };
  files: string[];
  asar?: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  win: { target: ({ target: string } | string)[] };
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean; installerLanguages: string[] };
  linux: { target: string[]; category: string; maintainer: string; icon?: string };
}

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

// ajv also comes with electron-builder; without it this file fails rather than skipping the schema check.
const Ajv = (() => {
  const mod = req('ajv') as { default?: unknown };
  return (mod.default ?? mod) as new (opts: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
})();

describe('electron-builder.yml', () => {
  it('validates against the electron-builder 26 schema (app-builder-lib/scheme.json)', () => {
    const schema = JSON.parse(fs.readFileSync(req.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? null).toBeNull();
    expect(valid).toBe(true);
  });

  it('names the app and writes to release/', () => {
    expect(config.appId).toBe('cn.frontdesk.desk');
    expect(config.productName).toBe('FrontDesk 物业前台');
    expect(config.directories.output).toBe('release');
    expect(fs.existsSync(path.join(ROOT, config.linux.icon ?? 'resources/icon.png'))).toBe(true);
  });

  it('packs only the build output and package.json, never the harness, tests or sources', () => {
    const included = config.files.filter((f) => !f.startsWith('!'));
    expect(included).toContain('package.json');
    for (const f of included) expect(f === 'package.json' || f.startsWith('out/'), f).toBe(true);
    expect(included).not.toContain('out/**');
    expect(config.files).toEqual(expect.arrayContaining(['!out/web/**', '!src-main/**', '!tests/**']));
    expect(config.files.join('\n')).not.toMatch(/^(?!!).*harness/m);
  });

  it('unpacks better-sqlite3 (native) from the asar', () => {
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('targets NSIS (not one-click, directory choice, zh_CN), AppImage and deb', () => {
    const win = config.win.target.map((t) => (typeof t === 'string' ? t : t.target));
    expect(win).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(config.nsis.installerLanguages).toContain('zh_CN');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/.+<.+@.+>/);
  });

  it('flips the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});

describe('electron.vite.config.ts and package.json', () => {
  type Build = { outDir?: string; externalizeDeps?: unknown; rolldownOptions?: { input?: Record<string, string>; output?: { format?: string }; external?: unknown } };
  const cfg = viteConfig as { main: { build: Build }; preload: { build: Build }; renderer: { root: string; build: Build } };

  it('main starts at src-main/shell/main.ts, keeps native/server packages external, and matches package.json main', () => {
    expect(cfg.main.build.rolldownOptions?.input?.index).toBe(path.join(ROOT, 'src-main/shell/main.ts'));
    expect(cfg.main.build.outDir).toBe('out/main');
    for (const dep of ['better-sqlite3', 'typeorm', 'exceljs', 'reflect-metadata', 'pinyin-pro', 'csv-parse']) expect(MAIN_EXTERNALS).toContain(dep);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };
    expect(pkg.main).toBe('out/main/index.js');
    expect(Object.keys(pkg.dependencies)).toContain('better-sqlite3');
  });

  it('preload is one CommonJS file with everything but electron bundled', () => {
    expect(cfg.preload.build.rolldownOptions?.input?.index).toBe(path.join(ROOT, 'src-main/shell/preload.ts'));
    expect(cfg.preload.build.rolldownOptions?.output?.format).toBe('cjs');
    expect(cfg.preload.build.externalizeDeps).toBe(false);
    expect(cfg.preload.build.rolldownOptions?.external).toEqual(['electron']);
  });

  it('renderer is src-renderer/index.html built into out/renderer', () => {
    expect(cfg.renderer.root).toBe(path.join(ROOT, 'src-renderer'));
    expect(cfg.renderer.build.rolldownOptions?.input?.index).toBe(path.join(ROOT, 'src-renderer/index.html'));
    expect(cfg.renderer.build.outDir).toBe(path.join(ROOT, 'out/renderer'));
  });

  it('only src-main/shell imports electron', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(entry.name) && /from ['"]electron['"]|require\(['"]electron['"]\)/.test(fs.readFileSync(full, 'utf8'))) {
          offenders.push(path.relative(ROOT, full));
        }
      }
    };
    for (const dir of ['src-main', 'src-shared', 'src-renderer']) if (fs.existsSync(path.join(ROOT, dir))) walk(path.join(ROOT, dir));
    expect(offenders.filter((f) => !f.startsWith(path.join('src-main', 'shell') + path.sep))).toEqual([]);
  });

  it('the preload source requires nothing but electron', () => {
    const src = fs.readFileSync(path.join(ROOT, 'src-main/shell/preload.ts'), 'utf8');
    const imports = [...src.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports).toEqual(['electron']);
    expect(src).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
