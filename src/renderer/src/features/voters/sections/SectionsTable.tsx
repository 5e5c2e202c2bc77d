import { ColumnHeads } from '../../../ui/ColumnHeads';
import type { SectionRule, SectionsState } from '@shared/voters/voter-api';
import { useT } from '../../../i18n/use-t';

/** The sections as set by the chair, read-only, with the laptop each is issued from. */
export function SectionsTable({ state }: { state: SectionsState }) {
  const t = useT();
  const rule = (r: SectionRule) =>
    r.kind === 'alphabet'
      ? t('voters.sections.range', { from: r.from, to: r.to })
      : r.fragments.join('; ');
  if (state.sections.length === 0) return <p>{t('voters.sections.noneSet')}</p>;
  return (
    <table className="data-table">
      <caption>{t('voters.sections.caption')}</caption>
      <ColumnHeads prefix="voters.sections" columns={['name', 'rule', 'desk', 'device']} />
      <tbody>
        {state.sections.map((section) => (
          <tr key={section.sectionId}>
            <th scope="row">{section.name}</th>
            <td>{rule(section.rule)}</td>
            <td>{section.deskLabel}</td>
            <td>
              {section.deviceId === state.thisDeviceId
                ? t('voters.sections.thisDevice', { device: section.deviceId })
                : section.deviceId}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
