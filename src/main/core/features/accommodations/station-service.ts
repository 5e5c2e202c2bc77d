import {
  ACCOMMODATION_KINDS,
  EQUIPMENT,
  EQUIPMENT_FOR_KIND,
  type Equipment,
  type EquipmentAvailability,
} from '@shared/accommodations/accommodation-kinds';
import type {
  AccommodationSettings,
  EquipmentChecklist,
} from '@shared/accommodations/accommodation-contract';
import type { EquipmentInput } from '@shared/accommodations/accommodation-schemas';
import { homeVotingCutoffMoment } from '@shared/accommodations/home-voting-cutoff';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventLog } from '../../events';
import { instantOfRuleTime } from '../../kernel/time/local-instant';
import type { PrecinctService } from '../precinct';
import { cutoffTime } from './request-rules';

interface EquipmentRow {
  equipment: Equipment;
  availability: EquipmentAvailability;
  count: number | null;
  note: string | null;
  updated_at: string;
  updated_by: string | null;
  updated_by_name: string | null;
}

/** The station's equipment checklist with its gaps, and the home-voting cut-off setting. */
export class StationService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly precinct: PrecinctService,
  ) {}

  /** Every item of the checklist (unknown until someone checks), and the gaps. */
  checklist(): EquipmentChecklist {
    const rows = new Map(
      (
        cachedStatement(
          this.db,
          `SELECT e.*, m.full_name AS updated_by_name FROM accommodation_equipment e
           LEFT JOIN members m ON m.id = e.updated_by`,
        ).all() as EquipmentRow[]
      ).map((row) => [row.equipment, row]),
    );
    const items = EQUIPMENT.map((equipment) => {
      const row = rows.get(equipment);
      return {
        equipment,
        availability: row?.availability ?? 'unknown',
        count: row?.count ?? null,
        note: row?.note ?? null,
        updatedAt: row?.updated_at ?? null,
        updatedBy: row?.updated_by ? { id: row.updated_by, name: row.updated_by_name } : null,
      };
    });
    const available = new Set(
      items.filter((item) => item.availability === 'available').map((item) => item.equipment),
    );
    const open = new Map(
      (
        cachedStatement(
          this.db,
          'SELECT kind, count(*) AS n FROM accommodation_items WHERE final = 0 GROUP BY kind',
        ).all() as { kind: string; n: number }[]
      ).map((row) => [row.kind, row.n]),
    );
    const gaps = ACCOMMODATION_KINDS.flatMap((kind) => {
      const equipment = EQUIPMENT_FOR_KIND[kind];
      const openItems = open.get(kind) ?? 0;
      const lacking = equipment.length > 0 && !equipment.some((e) => available.has(e));
      return openItems > 0 && lacking ? [{ kind, equipment: [...equipment], openItems }] : [];
    });
    return { items, gaps };
  }

  /** Records one checklist item's availability; each change is an event. */
  setEquipment(input: EquipmentInput, actor: string): EquipmentChecklist {
    this.log.record('accommodation.equipment_set', actor, {
      equipment: input.equipment,
      availability: input.availability,
      count: input.count,
      note: input.note,
    });
    return this.checklist();
  }

  settings(): AccommodationSettings {
    const { time, source } = cutoffTime(this.db);
    const precinct = this.precinct.get();
    if (!precinct)
      return { cutoffTime: time, source, votingDay: null, cutoff: null, passed: false };
    const at = instantOfRuleTime(precinct.votingDay, time, precinct.timeZone);
    return {
      cutoffTime: time,
      source,
      votingDay: precinct.votingDay,
      cutoff: {
        at: new Date(at).toISOString(),
        local: homeVotingCutoffMoment(precinct.votingDay, time),
      },
      passed: this.clock.now() > at + 59_999,
    };
  }

  /**
   * Sets the cut-off: by the chair now, by the precinct package later. It applies to requests
   * recorded from then on; each request keeps the decision taken when it was recorded.
   */
  setCutoff(
    time: string,
    actor: string | null,
    source: 'manual' | 'package',
  ): AccommodationSettings {
    this.precinct.require();
    this.log.record('accommodation.cutoff_set', actor, { time, source });
    return this.settings();
  }
}
