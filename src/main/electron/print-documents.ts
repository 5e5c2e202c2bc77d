import { randomBytes } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { APP_SCHEME } from './app-protocol';

/**
 * Documents to print or render are served from memory to a hidden window, never written to a
 * file (a recovery code or a handover act must not rest on disk) and never put in a `data:`
 * URL (Chromium refuses URLs over 2 MiB, and a register with the bundled font passes that).
 * The window lives in its own in-memory session whose only handler answers the one document
 * it was opened for; scripts are off and nothing else is reachable from it.
 */
const PRINT_ORIGIN = `${APP_SCHEME}://print`;
const PRINT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

const documents = new Map<string, string>();
let printSession: Session | null = null;

function documentSession(): Session {
  if (printSession) return printSession;
  const created = session.fromPartition('print-documents', { cache: false });
  created.protocol.handle(APP_SCHEME, (request) => {
    const token = new URL(request.url).pathname.slice(1);
    const html = documents.get(token);
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PRINT_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  created.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession = created;
  return created;
}

/** Opens `html` in a hidden, script-less window, runs `use` on it, then forgets both. */
export async function withPrintWindow<T>(
  html: string,
  use: (window: BrowserWindow) => Promise<T>,
): Promise<T> {
  const token = randomBytes(16).toString('hex');
  documents.set(token, html);
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      session: documentSession(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
    },
  });
  try {
    await printer.loadURL(`${PRINT_ORIGIN}/${token}`);
    return await use(printer);
  } finally {
    documents.delete(token);
    printer.destroy();
  }
}
