/**
 * The one-way message the preload sends the main process at the moment files are dropped on the
 * window, with their paths as Electron gives them (`webUtils.getPathForFile`). Main records them
 * in a short-lived allow-list; `importDropped` then imports only recorded paths, each once. Not
 * part of `window.api`: the page can neither send it nor call `importDropped`.
 */
export const DROP_SEEN_CHANNEL = 'factmark:dropSeen'

/** How many paths one drop may record. */
export const MAX_DROPPED_PATHS = 1000
