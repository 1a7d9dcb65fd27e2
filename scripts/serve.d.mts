import type { Server } from 'node:http';
export declare function createServer(options?: { dir?: string; base?: string; dev?: boolean }): Server;
export declare function resolveRange(
  header: string | undefined,
  size: number,
): null | 'unsatisfiable' | { start: number; end: number };
