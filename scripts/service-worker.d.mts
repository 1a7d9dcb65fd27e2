export declare function buildServiceWorker(dist: string): Promise<void>;
