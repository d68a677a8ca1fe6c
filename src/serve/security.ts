/**
 * The viewer's guards, as Hono middleware: the token (checked on every request: `?token=`,
 * `Authorization: Bearer`, or the cookie set after a `?token=`), the response headers with a
 * strict Content-Security-Policy, and a cross-origin check on every state-changing request.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';

const TOKEN_COOKIE = 'zhnews_token';

/** Scripts and styles from this server only; nothing inline, no plugins, no framing, forms post here only. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * bull-board's prebuilt React UI sets inline styles and a `<base href>`, so its routes allow
 * inline styles and a same-origin base; scripts stay 'self' only there too.
 */
export const BOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function tokenGate(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return next();
    const inQuery = c.req.query('token');
    const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    const given = inQuery ?? bearer ?? getCookie(c, TOKEN_COOKIE);
    if (!given || !sameSecret(given, token))
      return c.text('a token is needed: ?token=… or Authorization: Bearer …\n', 401, { 'cache-control': 'no-store' });
    await next();
    // The page's scripts, styles and the board's API calls carry the cookie, not the query.
    if (inQuery) c.header('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
  };
}

export function securityHeaders(boardPath: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('content-security-policy', c.req.path.startsWith(boardPath) ? BOARD_CSP : STRICT_CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: a state-changing request from a browser must come from a page of this server. Browsers
 * send `Sec-Fetch-Site` and `Origin` on every POST/PUT/DELETE; either saying "another site" is
 * refused. A request with neither comes from a non-browser client (curl, a script), which a
 * malicious page cannot drive, and passes to the token check and the read-only rule.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  let crossOrigin = site !== undefined && site !== 'same-origin' && site !== 'none';
  if (origin !== undefined) {
    try {
      crossOrigin ||= new URL(origin).host !== c.req.header('host');
    } catch {
      crossOrigin = true;
    }
  }
  if (crossOrigin) return c.json({ error: 'cross-origin request refused (CSRF check)' }, 403);
  return next();
};
