import { session } from '../../session/tokens';

/**
 * Downloads GET /statements/{month}.csv with the bearer token (a plain link could not send it):
 * fetch, then save the blob under the server's file name. An expired token is refreshed once.
 */
export async function downloadStatementCsv(month: string, userId?: string): Promise<void> {
  const url = `/statements/${encodeURIComponent(month)}.csv${userId ? `?userId=${encodeURIComponent(userId)}` : ''}`;
  const get = () => fetch(url, { headers: session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {} });
  let res = await get();
  if (res.status === 401 && (await session.refresh())) res = await get();
  if (!res.ok) throw new Error(`statement download failed: ${res.status}`);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `minegnk-statement-${month}.csv`;
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(href);
}
