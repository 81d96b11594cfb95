import type { ReactNode } from 'react';
import { SegmentedTabs } from '../components/SegmentedTabs';
import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';

export type CodingView = 'code' | 'compare';

/** Coding blind, or comparing with the other coders: the comparison shows their codings, so it opens only when chosen. */
export function CodingViewTabs({
  view,
  onChange,
  bar,
  children,
}: {
  view: CodingView;
  onChange: (view: CodingView) => void;
  bar: (tablist: ReactNode) => ReactNode;
  children: ReactNode;
}) {
  const t = useT(codingTexts);
  return (
    <SegmentedTabs
      tabs={[
        { id: 'code', label: t('coding.view.code') },
        { id: 'compare', label: t('coding.view.compare') },
      ]}
      selected={view}
      onSelect={onChange}
      label={t('coding.views')}
      className="coding__views"
      bar={bar}
    >
      {children}
    </SegmentedTabs>
  );
}
