/**
 * Sharing a question or an answer where the browser cannot share itself (no Web Share API): the links of the networks
 * the share menu offers. Pure, so the addresses are tested as they are built.
 */

export interface ShareData {
  /** The address shared (absolute). */
  url: string;
  /** The text that goes with it: the question's title. */
  text: string;
  /** A hashtag without `#` (a live session's, a campaign's), or empty. */
  hashtag?: string | undefined;
}

export const SHARE_NETWORKS = ['X', 'WhatsApp', 'Facebook'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

/** A hashtag as a network takes it: `#` and spaces dropped. */
export function cleanHashtag(hashtag: string | undefined): string {
  return (hashtag ?? '').replace(/^#+/, '').replace(/\s+/g, '');
}

/** The address that opens `network`'s own share dialog for `data`. */
export function shareLink(network: ShareNetwork, { url, text, hashtag }: ShareData): string {
  const tag = cleanHashtag(hashtag);
  const query = (params: Record<string, string>) =>
    new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '')).toString();
  switch (network) {
    case 'X':
      return `https://x.com/intent/post?${query({ text, url, hashtags: tag })}`;
    case 'WhatsApp':
      return `https://wa.me/?${query({ text: [text, tag && `#${tag}`, url].filter(Boolean).join(' ') })}`;
    case 'Facebook':
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: url, hashtag: tag && `#${tag}` })}`;
  }
}

/** What `navigator.share()` gets: the hashtag goes with the text. */
export function nativeShareData({ url, text, hashtag }: ShareData): { title: string; text: string; url: string } {
  const tag = cleanHashtag(hashtag);
  return { title: text, text: tag ? `${text} #${tag}` : text, url };
}

/**
 * Shares through the browser's own dialog (Web Share API) when it has one. True when that dialog took over (the
 * reader shared or closed it); false without the API or when it failed, so the caller offers its own menu.
 */
export async function shareNatively(data: ShareData): Promise<boolean> {
  if (typeof navigator.share !== 'function') return false;
  try {
    await navigator.share(nativeShareData(data));
    return true;
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError';
  }
}
