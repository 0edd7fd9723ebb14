// ingest/issuer-eras.ts — the body a 机关代字 named in the year of its number: a code's stem outlives State Council
// reforms (环财函 was 环境保护部's before 2018 and is 生态环境部's since), so the issuer of `环财函〔2010〕37号` is the body in
// force in 2010. The former bodies live in ingest/data/issuer-codes.json (`formerIssuers`), and for a body renamed once,
// in the roster's former names (ingest/data/agencies.json).

import issuerCodes from './data/issuer-codes.json' with { type: 'json' };
import { rosterEntry } from './agencies/roster.ts';

interface Era {
  issuer: string;
  /** ISO date from which the successor (the key) issued under the code. */
  until: string;
}

interface RenamedSuffix {
  current: string;
  former: string;
  since: string;
  until: string;
}

const FORMER = (
  issuerCodes as { formerIssuers: { bodies: Record<string, Era[]>; renamedSuffixes: { rules: RenamedSuffix[] } } }
).formerIssuers;
const ERAS: Record<string, Era[]> = FORMER.bodies;
/** Local bodies renamed by a reform wave whose dates differ by place (省卫生和计划生育委员会 → 省卫生健康委员会). */
const RENAMED_SUFFIXES = FORMER.renamedSuffixes.rules;

/** An office of a body (`生态环境部办公厅`) is renamed with it (`环境保护部办公厅`). */
const OFFICE = /(?:办公厅|办公室)$/;

/** A number carries only its year: it is read as of the middle of that year, so a spring reform's year goes to the
 *  successor, which issued most of that year's numbers. */
const MID_YEAR = '-07-01';

/** The name `issuer` (the code's current body) had in `year`; `issuer` itself when no reform lies after that year. */
export function issuerInYear(issuer: string, year: number | null): string {
  if (year === null) return issuer;
  const office = OFFICE.exec(issuer)?.[0] ?? '';
  const body = office ? issuer.slice(0, -office.length) : issuer;
  const eras = ERAS[body] ?? rosterEras(body);
  const date = `${year}${MID_YEAR}`;
  if (!eras) return localFormerName(body, date) + office;
  // Eras are listed oldest first: the first whose end lies after the date was in force then.
  for (const e of eras) if (date < e.until) return e.issuer + office;
  return issuer;
}

/** Whether `name` is a name the code's body `issuer` bore in some year (itself, or a former name of its eras): a cited
 *  title that spells its issuer so names the same body as the code, in the words it signed with. */
export function isNameOfBody(name: string, issuer: string): boolean {
  if (name === issuer) return true;
  const office = OFFICE.exec(issuer)?.[0] ?? '';
  const body = office ? issuer.slice(0, -office.length) : issuer;
  const eras = ERAS[body] ?? rosterEras(body);
  return eras?.some((e) => e.issuer + office === name) ?? false;
}

/** A body the roster lists with one former name of the same organ type (`重庆市生态环境局`, `重庆市环境保护局` until
 *  2018-11-01): that name's era. A body formed from several (商务部) has no one chain of names for a code: only the curated
 *  list above speaks for it; a rename that changed the organ type (科学技术委员会 → 科学技术局) changed the code too
 *  (渝科委 → 渝科局), so the new code never named the former body. */
function rosterEras(body: string): Era[] | undefined {
  const former = rosterEntry(body)?.formerNames;
  if (former?.length !== 1) return undefined;
  const type = ORGAN_TYPE.exec(body)?.[0];
  if (!type || !former[0]!.name.endsWith(type)) return undefined;
  return [{ issuer: former[0]!.name, until: former[0]!.until }];
}

/** The organ type a name ends with. */
const ORGAN_TYPE = /(?:委员会|局|厅|部|办公室|办公厅)$/;

/** A local body's name before its place's reform wave, or the body itself. National bodies are listed in `bodies`. */
function localFormerName(body: string, date: string): string {
  for (const r of RENAMED_SUFFIXES) {
    if (
      body.endsWith(r.current) &&
      body.length > r.current.length &&
      !body.startsWith('国家') &&
      date >= r.since &&
      date < r.until
    ) {
      return body.slice(0, -r.current.length) + r.former;
    }
  }
  return body;
}
