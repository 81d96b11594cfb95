import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** The heading level that fits the outline of the page the empty state sits in. */
  headingLevel?: 2 | 3 | 4;
  children?: ReactNode;
  /** Marks the empty state as its view's main content: the view has nothing else to show. */
  main?: boolean;
}

export function EmptyState({ title, headingLevel = 2, children, main }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="empty-state" data-main-content={main ? '' : undefined}>
      <Heading className="empty-state__title">{title}</Heading>
      {children && <div className="empty-state__body">{children}</div>}
    </div>
  );
}
