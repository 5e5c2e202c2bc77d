import type { ReactNode } from 'react';
import type { MessageKey } from '@shared/i18n';
import { useT } from '../i18n/use-t';

interface SectionNavProps<T extends string> {
  /** The landmark's name ("Sections", "Views of the information log"). */
  label: string;
  className: string;
  buttonClassName?: string;
  options: readonly T[];
  labels: Record<T, MessageKey>;
  current: T;
  /** `page` for the app's own sections, `true` for the views within one screen. */
  currentIs: 'page' | 'true';
  onChoose: (option: T) => void;
  /** Shown after the buttons, inside the landmark (supervisor mode's counts). */
  children?: ReactNode;
}

/** A row of buttons that switch sections or views; the one shown is marked with aria-current. */
export function SectionNav<T extends string>({
  label,
  className,
  buttonClassName = 'nav-button',
  options,
  labels,
  current,
  currentIs,
  onChoose,
  children,
}: SectionNavProps<T>) {
  const t = useT();
  return (
    <nav aria-label={label} className={className}>
      <ul>
        {options.map((option) => (
          <li key={option}>
            <button
              type="button"
              className={buttonClassName}
              aria-current={option === current ? currentIs : undefined}
              onClick={() => onChoose(option)}
            >
              {t(labels[option])}
            </button>
          </li>
        ))}
      </ul>
      {children}
    </nav>
  );
}

type ViewNavProps<T extends string> = Pick<
  SectionNavProps<T>,
  'label' | 'options' | 'labels' | 'current'
> & {
  onChoose: (option: T) => unknown;
};

/** The views within one screen, under its heading; the one shown has aria-current="true". */
export function ViewNav<T extends string>({ onChoose, ...props }: ViewNavProps<T>) {
  return (
    <SectionNav
      {...props}
      className="sub-nav"
      currentIs="true"
      onChoose={(option) => void onChoose(option)}
    />
  );
}
