// crawl/settings.ts — the crawler's defaults and limits, in one place.

/** Seconds between two requests (one request per second: what Chinese government portals tolerate from a reader). */
export const DEFAULT_DELAY_S = 1;
/** Pages fetched in one run at most. */
export const DEFAULT_MAX_PAGES = 1000;
/** Seconds a page may take, headers and body, before the request is abandoned (and retried). */
export const DEFAULT_TIMEOUT_S = 30;
/** Attempts per page and run for failures that may pass (timeouts, network errors, 5xx, 429). */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** Redirects followed from one address. */
export const MAX_REDIRECTS = 5;
/** A page larger than this is not saved (a stray archive behind an .html address). */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
/** robots.txt larger than this is read up to it (RFC 9309 §2.5 allows a limit of at least 500 KiB). */
export const MAX_ROBOTS_BYTES = 512 * 1024;

/** The product token robots.txt groups are matched against, and the User-Agent sent. */
export const ROBOTS_AGENT = 'policy-graph';
export const USER_AGENT = 'policy-graph-crawler/0.1 (robots.txt obeyed; one request per second)';

/** Inside --out: the record of what was fetched (one JSON object per line), and the saved pages. */
export const STATE_FILE = 'crawl-state.jsonl';
export const PAGES_DIR = 'pages';
/** Inside --out: the extracted texts of the imported documents. */
export const TEXTS_DIR = 'texts';

/** Links to files that are never pages (attachments, images, media): not fetched. */
export const NON_PAGE_EXTENSIONS = new Set([
  'pdf',
  'doc',
  'docx',
  'wps',
  'xls',
  'xlsx',
  'et',
  'ppt',
  'pptx',
  'ofd',
  'txt',
  'csv',
  'zip',
  'rar',
  '7z',
  'gz',
  'tar',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'bmp',
  'svg',
  'webp',
  'ico',
  'mp3',
  'mp4',
  'avi',
  'flv',
  'wmv',
  'mov',
  'swf',
  'exe',
  'apk',
  'css',
  'js',
  'json',
  'xml',
]);
