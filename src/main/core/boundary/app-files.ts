import { join, normalize, sep } from 'node:path';

/**
 * The file of the built renderer a request for the app's origin asks for, or null when the
 * request is for another origin or would leave the build folder. Both hosts serve the app's
 * pages through this one check.
 */
export function resolveAppFile(
  rendererDir: string,
  requestUrl: string,
  appOrigin: string,
): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (originOf(url) !== appOrigin) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = normalize(rendererDir + sep);
  const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
  return file.startsWith(root) ? file : null;
}

/** True for a URL of the app's own pages (the only frames whose calls the core answers). */
export function isAppPageUrl(url: string, appOrigin: string): boolean {
  try {
    return originOf(new URL(url)) === appOrigin;
  } catch {
    return false;
  }
}

/** scheme://host — also for custom schemes, whose WHATWG `origin` is the opaque "null". */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}
