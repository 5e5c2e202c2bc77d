import type { QuestionTotal } from '@shared/supervisor/results-contract';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ballotText, questionText, shares } from './result-text';

const BAR_HEIGHT = 28;
const GAP = 10;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 420;
const VALUE_WIDTH = 140;

/**
 * The options' shares of one question's votes as horizontal bars: an SVG image whose title
 * and description read the same figures as text, and the figures listed beside it.
 */
export function SharesChart({ question, id }: { question: QuestionTotal; id: string }) {
  const t = useT();
  const language = useLanguage();
  const title = t('results.chartTitle', { question: questionText(t, question, language) });
  const lines = shares(question).map((s) => ({
    ...s,
    label: ballotText(
      question.options.find((o) => o.optionId === s.optionId)?.name ?? null,
      s.optionId,
      language,
    ),
  }));
  const texts = lines.map((l) =>
    t('results.chartSummary', { option: l.label, votes: l.votes, share: l.share }),
  );
  const height = lines.length * (BAR_HEIGHT + GAP) + GAP;
  return (
    <figure className="shares-chart" data-testid="shares-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{texts.join('; ')}</desc>
        {lines.map((line, index) => {
          const y = GAP + index * (BAR_HEIGHT + GAP);
          const width = (Number(line.share) / 100) * BAR_WIDTH;
          return (
            <g key={line.optionId}>
              <text x={0} y={y + BAR_HEIGHT * 0.7} className="shares-label">
                {line.label.length > 28 ? `${line.label.slice(0, 27)}…` : line.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={Math.max(width, 1)}
                height={BAR_HEIGHT}
                className="shares-bar"
              />
              <text
                x={LABEL_WIDTH + Math.max(width, 1) + 6}
                y={y + BAR_HEIGHT * 0.7}
                className="shares-value"
              >
                {`${line.share}%`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <p className="shares-title">{title}</p>
        <ul className="shares-list">
          {texts.map((text, index) => (
            <li key={lines[index]?.optionId ?? index}>{text}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
