import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { packageRoot } from '../package-root.js';
import { createStudioApp, type StudioConfig } from './app.js';

/** A running studio server. */
export interface RunningStudio {
  /** The address to open, e.g. http://127.0.0.1:4173/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Where the built studio (page, scripts, styles, fonts) is: dist/studio in the package. */
export function defaultAssets(): string {
  return path.join(packageRoot(), 'dist', 'studio');
}

/**
 * Starts the studio and its API on `host:port` (port 0: any free port) and resolves once it
 * listens. Prints nothing: the caller says where it is.
 */
export function startStudio(config: Omit<StudioConfig, 'assets'> & { port: number; assets?: string }): Promise<RunningStudio> {
  const studio = createStudioApp({ ...config, assets: config.assets ?? defaultAssets() });
  return new Promise((resolve, reject) => {
    // overrideGlobalObjects: false — the adapter would otherwise replace the global Request and
    // Response with its own classes; the server leaves Node.js's globals as they are.
    const server = serve({ fetch: studio.app.fetch, port: config.port, hostname: config.host, overrideGlobalObjects: false }, (info: AddressInfo) => {
      server.off('error', reject);
      studio.listening(info.port);
      const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
      resolve({
        url: `http://${shownHost}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            const s = server as import('node:http').Server;
            s.closeAllConnections?.();
            s.close(() => void studio.close().then(done, done));
          }),
      });
    });
    server.once('error', (err) => {
      void studio.close();
      reject(err);
    });
  });
}
