/**
 * A small query layer over the contract: screens read through `useQuery` or register a reload
 * with `useRefreshOn`, write through `mutate`, and what a write changes is read again on its
 * own, as `OPERATION_DATA` (src/shared/operation-data.ts) declares. No cache outlives the
 * screens showing it: a screen opened anew reads afresh, as a desk that other laptops' files
 * can change must.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OperationInput, OperationName, OperationOutput } from '@shared/api';
import { OPERATION_DATA, type DataTopic } from '@shared/operation-data';
import type { ApiError, Result } from '@shared/result';
import { callApi } from './precinct-client';

/** Something on screen that shows data of some topics, and how to read it again. */
interface Reader {
  topics: readonly DataTopic[];
  reload: () => Promise<void>;
}

const readers = new Set<Reader>();

/** Reads again everything on screen that shows one of the topics; resolves when all are read. */
export async function refreshTopics(topics: readonly DataTopic[]): Promise<void> {
  const stale = [...readers].filter((reader) => reader.topics.some((t) => topics.includes(t)));
  await Promise.all(stale.map((reader) => reader.reload()));
}

/**
 * Runs a write. When it succeeds, whatever on screen reads the topics it changes is read again
 * before this resolves, so a dialog closed afterwards returns focus to an up-to-date screen.
 */
export async function mutate<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
): Promise<Result<OperationOutput<K>>> {
  const result = await callApi(name, input);
  if (result.ok) await refreshTopics(OPERATION_DATA[name].changes);
  return result;
}

/** Registers a reader outside React (the session, always shown); returns its removal. */
export function addReader(topics: readonly DataTopic[], reload: () => Promise<void>): () => void {
  const reader: Reader = { topics, reload };
  readers.add(reader);
  return () => {
    readers.delete(reader);
  };
}

/**
 * Registers a screen's own reload (a store that reads several operations for its view) while
 * the screen is mounted: a write that changes one of the topics calls it.
 */
export function useRefreshOn(topics: readonly DataTopic[], reload: () => Promise<void>): void {
  const key = topics.join(' ');
  useEffect(() => addReader(key.split(' ') as DataTopic[], reload), [key, reload]);
}

export interface QueryState<T> {
  /** The last value read; kept while a newer input is read, so tables do not blink. */
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Reads one operation while the component is mounted, again when its input changes, and again
 * whenever a write changes what it reads. Answers arriving out of order count only when newest.
 */
export function useQuery<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
  { enabled = true }: { enabled?: boolean } = {},
): QueryState<OperationOutput<K>> {
  // Inputs are plain data: their JSON names them, and a new JSON is a new read.
  const json = JSON.stringify(input);
  const latest = useRef(0);
  const [state, setState] = useState<{
    /** The input (as JSON) the last answer was for. */
    answered: string | null;
    data: OperationOutput<K> | null;
    error: ApiError | null;
  }>({ answered: null, data: null, error: null });

  const reload = useCallback(async () => {
    // Only the newest request's answer counts (a quick change of input, a refresh meanwhile).
    const request = ++latest.current;
    const result = await callApi(name, JSON.parse(json) as OperationInput<K>);
    if (request !== latest.current) return;
    setState((current) =>
      result.ok
        ? { answered: json, data: result.value, error: null }
        : { answered: json, data: current.data, error: result.error },
    );
  }, [name, json]);

  useEffect(() => {
    if (enabled) void reload();
  }, [reload, enabled]);

  const topics = OPERATION_DATA[name].reads;
  const refresh = useCallback(() => (enabled ? reload() : Promise.resolve()), [enabled, reload]);
  useRefreshOn(topics, refresh);

  return {
    data: state.data,
    error: state.error,
    loading: enabled && state.answered !== json,
    reload,
  };
}

/** For tests: how many readers are on screen. */
export const liveReaders = (): number => readers.size;
