import { useState, type DragEvent } from 'react';
import type { ApiError } from '@shared/result';
import { useT } from '../../../i18n/use-t';
import { droppedFiles } from './dropped-files';

interface DropZoneProps {
  disabled: boolean;
  /** Read handles for the dropped files (the core keeps their bytes). */
  onHandles: (handles: string[]) => void;
  onError: (error: ApiError) => void;
}

/**
 * Where files and folders can be dropped with the mouse. Keyboard and screen reader users
 * have the two buttons above it, so the zone itself takes no focus.
 */
export function DropZone({ disabled, onHandles, onError }: DropZoneProps) {
  const t = useT();
  const [over, setOver] = useState(false);
  const [failed, setFailed] = useState(false);
  const [reading, setReading] = useState(false);

  function allow(event: DragEvent) {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(true);
  }

  async function drop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    if (disabled || reading) return;
    setFailed(false);
    setReading(true);
    try {
      const found = await droppedFiles(event.dataTransfer);
      if ('error' in found) onError(found.error);
      else if (found.handles.length > 0) onHandles(found.handles);
      if (!('error' in found) && found.skipped > 0) setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setReading(false);
    }
  }

  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      data-testid="drop-zone"
      onDragOver={allow}
      onDragEnter={allow}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => void drop(event)}
    >
      <p>{t('supervisor.import.dropZone')}</p>
      {failed ? <p className="field-error">{t('supervisor.import.dropFailed')}</p> : null}
    </div>
  );
}
