import { useId } from 'react';
import type { TurnoutFigure } from '@shared/voters/voter-api';
import { useNumbers, useT } from '../../i18n/use-t';

const WIDTH = 360;
const HEIGHT = 180;
const LEFT = 48;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 28;

/** The top of the scale: the next ten above the highest share (at least 10 %, at most 100 %). */
export function scaleTop(figures: readonly TurnoutFigure[]): number {
  const highest = Math.max(0, ...figures.filter((f) => f.reached).map((f) => f.percent));
  return Math.min(100, Math.max(10, Math.ceil(highest / 10) * 10));
}

/**
 * Turnout at the fixed reporting hours as a line over the day: an image with a title and a
 * description that says every point in words (the table beside it says the same).
 */
export function TurnoutChart({ figures }: { figures: readonly TurnoutFigure[] }) {
  const t = useT();
  const numbers = useNumbers();
  const id = useId();
  const top = scaleTop(figures);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) =>
    LEFT + (figures.length > 1 ? (index * plotWidth) / (figures.length - 1) : plotWidth / 2);
  const y = (percent: number) => TOP + plotHeight - (percent / top) * plotHeight;
  const reached = figures
    .map((figure, index) => ({ figure, index }))
    .filter(({ figure }) => figure.reached);
  const points = reached.map(({ figure }) => `${figure.time} — ${numbers.percent(figure.percent)}`);
  const description =
    points.length > 0
      ? t('home.turnout.chartDesc', { points: points.join('; ') })
      : t('home.turnout.chartNone');

  return (
    <svg
      className="turnout-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="turnout-chart"
    >
      <title id={`${id}-title`}>{t('home.turnout.chartTitle')}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {[0, top / 2, top].map((tick) => (
        <g key={tick} aria-hidden="true">
          <line className="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
          <text className="chart-label" x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
            {numbers.percent(tick, 0)}
          </text>
        </g>
      ))}
      {figures.map((figure, index) => (
        <text
          key={figure.time}
          aria-hidden="true"
          className="chart-label"
          x={x(index)}
          y={HEIGHT - 8}
          textAnchor="middle"
        >
          {figure.time}
        </text>
      ))}
      {reached.length > 1 ? (
        <polyline
          className="chart-line"
          aria-hidden="true"
          points={reached.map(({ figure, index }) => `${x(index)},${y(figure.percent)}`).join(' ')}
        />
      ) : null}
      {reached.map(({ figure, index }) => (
        <circle
          key={figure.time}
          aria-hidden="true"
          className="chart-point"
          cx={x(index)}
          cy={y(figure.percent)}
          r={4}
        />
      ))}
    </svg>
  );
}
