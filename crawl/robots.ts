// crawl/robots.ts — robots.txt as RFC 9309 reads it: groups by user agent, Allow/Disallow with the longest match
// winning (Allow on a tie), `*` and `$` in patterns, Crawl-delay (not in the RFC, but what portals set to be polite to).

export interface Robots {
  /** Whether the path (with its query) may be fetched. */
  allows(pathAndQuery: string): boolean;
  /** Seconds the group asks between requests, or null. */
  crawlDelayS: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelayS: number | null;
}

export const ALLOW_ALL: Robots = { allows: () => true, crawlDelayS: null };
export const DISALLOW_ALL: Robots = { allows: () => false, crawlDelayS: null };

/** Parse robots.txt for the crawler named `agent` (its product token, matched case-insensitively). */
export function parseRobots(text: string, agent: string): Robots {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const hash = raw.indexOf('#');
    const line = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      // Consecutive user-agent lines share one group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelayS: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow allows everything: no rule.
      if (value !== '') current.rules.push({ allow: key === 'allow', pattern: value });
    } else if (key === 'crawl-delay') {
      const s = Number(value);
      if (Number.isFinite(s) && s >= 0) current.crawlDelayS = s;
    }
  }
  const me = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && me.includes(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.crawlDelayS).filter((d): d is number => d !== null);
  return {
    allows(path: string): boolean {
      let best: Rule | null = null;
      for (const r of rules) {
        if (!matches(r.pattern, path)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow))
          best = r;
      }
      return best ? best.allow : true;
    },
    crawlDelayS: delays.length ? Math.max(...delays) : null,
  };
}

/** Whether a robots pattern matches the start of a path: `*` any run of characters, a final `$` the end. Iterative
 *  wildcard matching (one remembered star), linear in practice and never exponential. */
export function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const p = anchored ? pattern.slice(0, -1) : pattern;
  let i = 0; // in path
  let j = 0; // in pattern
  let star = -1;
  let mark = 0;
  while (i < path.length) {
    if (j === p.length && !anchored) return true;
    if (j < p.length && p[j] === '*') {
      star = j++;
      mark = i;
    } else if (j < p.length && p[j] === path[i]) {
      i++;
      j++;
    } else if (star >= 0) {
      j = star + 1;
      i = ++mark;
    } else return false;
  }
  while (j < p.length && p[j] === '*') j++;
  return j === p.length;
}
