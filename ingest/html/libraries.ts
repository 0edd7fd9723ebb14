// ingest/html/libraries.ts — htmlparser2 and entities, loaded on the first HTML page.
// Most runs read only .txt files, and the parser's entity tables cost ~40 ms of start-up in every process and worker
// thread that loads them.

import { createRequire } from 'node:module';
import type { Parser as HtmlParser } from 'htmlparser2';

export interface HtmlLibraries {
  Parser: typeof HtmlParser;
  decodeHTML: (s: string) => string;
}

let loaded: HtmlLibraries | null = null;

export function htmlLibraries(): HtmlLibraries {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = {
      Parser: (require('htmlparser2') as { Parser: typeof HtmlParser }).Parser,
      decodeHTML: (require('entities') as { decodeHTML: (s: string) => string }).decodeHTML,
    };
  }
  return loaded;
}

/** The parser options every reader of pages uses: entities decoded, names lower-cased, `<br/>` closes itself. */
export const PARSER_OPTIONS = {
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  recognizeSelfClosing: true,
} as const;

/** Decode HTML character references (`&ldquo;`, `&#12298;`, `&#x300B;`): the whole HTML5 table. */
export function decodeEntities(s: string): string {
  return htmlLibraries().decodeHTML(s);
}
