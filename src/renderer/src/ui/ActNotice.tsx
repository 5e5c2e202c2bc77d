import type { Ref } from 'react';

interface ActNoticeProps {
  /** What the last act recorded, in words; nothing before the first. */
  notice: string | null;
  /** Focus lands here once an act's dialog closes. */
  ref: Ref<HTMLParagraphElement>;
}

/**
 * A card's line that says an act was recorded. Always on the page: the live region hears each
 * notice, and focus can land on it.
 */
export function ActNotice({ notice, ref }: ActNoticeProps) {
  return (
    <div role="status">
      <p
        ref={ref}
        tabIndex={-1}
        className={notice ? 'message message-success' : 'voter-card-notice-empty'}
      >
        {notice}
      </p>
    </div>
  );
}
