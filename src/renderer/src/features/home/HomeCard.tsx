import { useId, type ReactNode } from 'react';

interface HomeCardProps {
  title: string;
  children: ReactNode;
  /** The card's next step: its button's words and where it leads. */
  action?: string;
  onAction?: () => void;
  /** Something needs doing: the card is marked and says so first. */
  attention?: boolean;
  className?: string;
  testId?: string;
}

/** One card of the voting-day home: a named region, its facts, and its next action. */
export function HomeCard({
  title,
  children,
  action,
  onAction,
  attention = false,
  className,
  testId,
}: HomeCardProps) {
  const id = useId();
  const classes = ['home-card', attention ? 'home-card-attention' : null, className]
    .filter(Boolean)
    .join(' ');
  return (
    <section className={classes} aria-labelledby={`${id}-title`} data-testid={testId}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      {action && onAction ? (
        <button type="button" className="button-secondary home-action" onClick={onAction}>
          {action}
        </button>
      ) : null}
    </section>
  );
}
