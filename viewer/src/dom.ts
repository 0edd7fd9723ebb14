// viewer/src/dom.ts — a tiny element builder and the load-state type shared by every view.
// Text always goes in through textContent (never innerHTML): titles and quotes come from documents.

type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: {
    class?: string;
    title?: string;
    dataset?: Record<string, string>;
    attrs?: Record<string, string>;
    onClick?: (e: MouseEvent) => void;
  } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.title) el.title = props.title;
  if (props.dataset) for (const [k, v] of Object.entries(props.dataset)) el.dataset[k] = v;
  if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) el.setAttribute(k, v);
  if (props.onClick) el.addEventListener('click', props.onClick as EventListener);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
  }
  return el;
}

/**
 * The state of anything loaded from the API. A discriminated union, so an error can only be replaced by a new
 * load, never silently reset to idle by cleanup code.
 */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading'; what: string }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };
