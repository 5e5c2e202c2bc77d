import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';

export interface RouteStop {
  itemId: string;
  number: number;
  name: string;
  address: string;
}

interface RouteOrderProps {
  stops: RouteStop[];
  onReorder: (stops: RouteStop[]) => void;
}

type Direction = 'up' | 'down';

/**
 * The trip's addresses in route order, each with Move up and Move down buttons: the keyboard
 * reorders them, focus stays on the button pressed, and the new place is announced.
 */
export function RouteOrder({ stops, onReorder }: RouteOrderProps) {
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  const [moved, setMoved] = useState<{ itemId: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // The moved stop's button keeps focus, wherever the stop went in the list.
  useEffect(() => {
    if (!moved) return;
    listRef.current
      ?.querySelector<HTMLButtonElement>(`[data-move="${moved.itemId}-${moved.direction}"]`)
      ?.focus();
  }, [moved, stops]);

  function move(index: number, direction: Direction) {
    const target = direction === 'up' ? index - 1 : index + 1;
    const stop = stops[index];
    if (!stop || target < 0 || target >= stops.length) return;
    const next = [...stops];
    next.splice(index, 1);
    next.splice(target, 0, stop);
    onReorder(next);
    setMoved({ itemId: stop.itemId, direction });
    setAnnouncement(
      t('accommodations.route.moved', {
        number: stop.number,
        position: target + 1,
        count: stops.length,
      }),
    );
  }

  return (
    <div className="route-order">
      {stops.length === 0 ? (
        <p className="field-hint">{t('accommodations.route.empty')}</p>
      ) : (
        <ol ref={listRef} aria-label={t('accommodations.route.label')}>
          {stops.map((stop, index) => (
            <li key={stop.itemId} className="route-stop">
              <span>
                {t('accommodations.route.stop', {
                  number: stop.number,
                  name: stop.name,
                  address: stop.address,
                })}
              </span>
              <span className="actions">
                <button
                  type="button"
                  className="button-secondary button-small"
                  data-move={`${stop.itemId}-up`}
                  aria-disabled={index === 0 || undefined}
                  aria-label={t('accommodations.route.moveUpFor', { number: stop.number })}
                  onClick={() => move(index, 'up')}
                >
                  {t('accommodations.route.moveUp')}
                </button>
                <button
                  type="button"
                  className="button-secondary button-small"
                  data-move={`${stop.itemId}-down`}
                  aria-disabled={index === stops.length - 1 || undefined}
                  aria-label={t('accommodations.route.moveDownFor', { number: stop.number })}
                  onClick={() => move(index, 'down')}
                >
                  {t('accommodations.route.moveDown')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div role="status" className="notice-small">
        {announcement}
      </div>
    </div>
  );
}
