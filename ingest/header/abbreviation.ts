// ingest/header/abbreviation.ts — whether one organ name is the short form of another as the language forms them:
// a Chinese abbreviation keeps some characters of the full name, in order, and its organ ending
// (`渝北区政府` of `重庆市渝北区人民政府`, `盐池县教体局` of `盐池县教育体育局`, `市科技局` of `市科学技术局`).

export function isAbbreviationOf(short: string, full: string): boolean {
  if (short.length < 2 || short.length >= full.length || short[short.length - 1] !== full[full.length - 1])
    return false;
  let j = 0;
  for (const c of full) if (c === short[j]) j++;
  return j === short.length;
}
