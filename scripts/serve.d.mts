import type { Server } from 'node:http';
export declare function createServer(options?: { dir?: string; base?: string; dev?: boolean }): Server;
