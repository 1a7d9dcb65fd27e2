import type { Plugin } from 'vite';
import { buildLms, type LmsBuild } from './main';

const ID = 'virtual:lms-downloads';

/**
 * Builds the LMS downloads (scripts/lms/main.ts) once per build: `virtual:lms-downloads` gives
 * /instructors the list with sizes, and the client build writes the files to <outDir>/lms/. The dev
 * server serves them from memory under /lms/. A question that cannot be exported fails the build.
 */
export function lmsPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let pending: Promise<LmsBuild> | null = null;
  let building = false;
  // A build runs Vite twice in one process (client, then server): share one LMS build between them.
  const shared = globalThis as { ringZeroLms?: Map<string, Promise<LmsBuild>> };
  const lms = (): Promise<LmsBuild> => {
    if (!building) return (pending ??= buildLms(root));
    const cache = (shared.ringZeroLms ??= new Map<string, Promise<LmsBuild>>());
    const key = `${root}|${process.env.SITE_URL ?? ''}|${process.env.BASE_PATH ?? ''}`;
    if (!cache.has(key)) cache.set(key, buildLms(root));
    return cache.get(key)!;
  };
  return {
    name: 'ring-zero:lms',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
      base = config.base;
    },
    watchChange() {
      pending = null;
    },
    resolveId(id) {
      return id === ID ? '\0' + ID : undefined;
    },
    async load(id) {
      if (id !== '\0' + ID) return undefined;
      try {
        const { downloads, notes } = await lms();
        return `export const downloads = ${JSON.stringify(downloads)};\nexport const notes = ${JSON.stringify(notes)};\n`;
      } catch (e) {
        this.error(`LMS export failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    async generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      const { files } = await lms();
      for (const [name, source] of files) this.emitFile({ type: 'asset', fileName: `lms/${name}`, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(`${base}lms/`) ? decodeURIComponent(req.url.slice(base.length + 4)) : null;
        if (name === null) return next();
        lms().then(({ files }) => {
          const file = files.get(name);
          if (!file) return next();
          res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
          res.end(file);
        }, next);
      });
    },
  };
}
