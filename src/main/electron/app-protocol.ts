import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { resolveAppFile } from '../core/boundary/app-files';
import { CONTENT_SECURITY_POLICY } from '../core/boundary/content-security-policy';

/** The app's pages are served from this origin only (a custom, secure, standard scheme). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://precinct-desk`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer folder under APP_ORIGIN, refusing any path outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url, APP_ORIGIN);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
