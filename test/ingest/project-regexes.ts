// test/ingest/project-regexes.ts — every regular expression of the project, for the ReDoS check (redos.test.ts) and
// the fuzz script: the literals of every TypeScript source (found with the TypeScript compiler's parser, so no regex
// in a string or comment is mistaken for one), and the ones built at run time from data or from other patterns
// (collected by watching the RegExp constructor while the modules load and extract real documents).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
// The compiler API (parsing, syntax kinds) is TypeScript 6's: TypeScript 7 (the tsc this project type-checks with) has no JavaScript API.
import ts from 'typescript-api';

export interface FoundRegex {
  source: string;
  flags: string;
  /** file:line of a literal, or "built at run time". */
  where: string;
}

const SOURCE_DIRS = ['ingest', 'graph', 'server', 'cli', 'crawl', 'viewer', 'bench', 'scripts', 'test'];

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (/\.(?:ts|mts)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every regex literal in the project's TypeScript sources. */
export function regexLiterals(root = process.cwd()): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of tsFiles(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = (node as ts.RegularExpressionLiteral).text;
          const slash = literal.lastIndexOf('/');
          const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
          out.push({
            source: literal.slice(1, slash),
            flags: literal.slice(slash + 1),
            where: `${relative(root, file)}:${line}`,
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return out;
}

/** Run `load` while recording every RegExp the code constructs (`new RegExp(…)` or `RegExp(…)`). */
export async function regexesBuiltBy(load: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const seen = new Map<string, FoundRegex>();
  const record = (r: RegExp) => {
    const key = `${r.flags}/${r.source}`;
    if (!seen.has(key)) seen.set(key, { source: r.source, flags: r.flags, where: 'built at run time' });
    return r;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) =>
      record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp),
    apply: (target, thisArg, args) => record(Reflect.apply(target, thisArg, args) as RegExp),
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}
