// viewer/src/live.ts — live data: the page polls the graph's version (/api/version) and, when an ingest moved it,
// lets the app reload what it shows, then says so in a small notice. No reload of the page, no lost selection.
import { api } from './api.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';

/** How often an open explorer asks whether the graph changed: one light request, a new ingest shows within this. */
export const LIVE_POLL_MS = 4_000;
/** How long the "graph updated" notice stays. */
export const LIVE_NOTICE_MS = 8_000;

export interface LiveOptions {
  /** Reload the data; resolves to the number of nodes the update added. */
  onChange: () => Promise<number>;
  /** Where the notice shows (the graph stage). */
  host: HTMLElement;
}

/**
 * Start polling. The first answer is the baseline; each later change of the version calls `onChange` once (a change
 * during a reload is picked up by the next poll). A failed poll is skipped: the server being down is reported by the
 * calls the analyst makes, not by a background timer. Returns a stop function.
 */
export function startLive(options: LiveOptions): () => void {
  let known: string | null = null;
  let busy = false;
  let stopped = false;
  let noticeTimer: ReturnType<typeof setTimeout> | null = null;
  const notice = h('div', { attrs: { id: 'live-notice', role: 'status', hidden: '' } });
  options.host.append(notice);

  const tick = async () => {
    if (busy || stopped || document.visibilityState === 'hidden') return;
    busy = true;
    try {
      const { version } = await api.version();
      if (known === null || version === '') known = version;
      else if (version !== known) {
        known = version;
        const added = await options.onChange();
        notice.textContent = t().tools.liveUpdated(added);
        notice.dataset.added = String(added);
        notice.hidden = false;
        if (noticeTimer) clearTimeout(noticeTimer);
        noticeTimer = setTimeout(() => (notice.hidden = true), LIVE_NOTICE_MS);
      }
    } catch {
      // Skipped: see above.
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), LIVE_POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
