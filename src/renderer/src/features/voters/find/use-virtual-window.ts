import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** Rows drawn above and below the visible ones, so fast scrolling shows no blank band. */
const OVERSCAN = 6;

export interface VirtualWindow {
  /** First and one-past-last index to draw. */
  start: number;
  end: number;
  totalHeight: number;
  /** Scrolls the least needed to show row `index` whole. */
  scrollToIndex: (index: number) => void;
  /** Rows that fit in the viewport (for Page Up / Page Down). */
  pageSize: number;
}

/**
 * Windowing for a list of fixed-height rows in a scrolling container: only the rows in view
 * (plus a few) are drawn, so a precinct's whole list scrolls as fast as a page of it.
 */
export function useVirtualWindow(
  containerRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
): VirtualWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const hasRows = count > 0;

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onScroll = () => setScrollTop(container.scrollTop);
    // The observer reports the first size as soon as it starts observing.
    const observer = new ResizeObserver(() => setHeight(container.clientHeight));
    container.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(container);
    return () => {
      container.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
    // The container appears and disappears with the results.
  }, [containerRef, hasRows]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const container = containerRef.current;
      if (!container) return;
      const top = index * rowHeight;
      const bottom = top + rowHeight;
      if (top < container.scrollTop) container.scrollTop = top;
      else if (bottom > container.scrollTop + container.clientHeight) {
        container.scrollTop = bottom - container.clientHeight;
      }
      setScrollTop(container.scrollTop);
    },
    [containerRef, rowHeight],
  );

  const first = Math.floor(scrollTop / rowHeight);
  const visible = Math.ceil(height / rowHeight) + 1;
  return {
    start: Math.max(0, first - OVERSCAN),
    end: Math.min(count, first + visible + OVERSCAN),
    totalHeight: count * rowHeight,
    scrollToIndex,
    pageSize: Math.max(1, Math.floor(height / rowHeight)),
  };
}
