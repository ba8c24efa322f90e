/** Path-pattern router: literal segments win over `{param}` segments by declaration order. */
import type { RouteDef } from './types.js';

interface CompiledRoute {
  route: RouteDef;
  segments: string[];
}

export type RouteMatch = { kind: 'found'; route: RouteDef; params: Record<string, string> } | { kind: 'wrong-method'; pattern: string } | { kind: 'none' };

export class Router {
  private readonly routes: CompiledRoute[];

  constructor(routes: RouteDef[]) {
    this.routes = routes.map((route) => ({ route, segments: route.pattern.split('/').filter(Boolean) }));
  }

  match(method: string, path: string): RouteMatch {
    const parts = path.split('/').filter(Boolean);
    let wrongMethod: string | null = null;
    for (const { route, segments } of this.routes) {
      const params = matchSegments(segments, parts);
      if (!params) continue;
      if (route.method === method) return { kind: 'found', route, params };
      wrongMethod ??= route.pattern;
    }
    return wrongMethod ? { kind: 'wrong-method', pattern: wrongMethod } : { kind: 'none' };
  }
}

function matchSegments(segments: string[], parts: string[]): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.startsWith('{') && seg.endsWith('}')) params[seg.slice(1, -1)] = safeDecode(parts[i]);
    else if (seg !== parts[i]) return null;
  }
  return params;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
