import type { MessageKey } from '../i18n/messages.nl';
import { sectionIds, type SectionId } from '../stores/workbench-store';

export interface Section {
  id: SectionId;
  label: MessageKey;
}

const labels: Record<SectionId, MessageKey> = {
  data: 'section.data',
  codebook: 'section.codebook',
  coding: 'section.coding',
  analysis: 'section.analysis',
  session: 'section.session',
};

/** The project's sections in the order of the work: data, codebook, coding, analysis, session with partners. */
export const sections: Section[] = sectionIds.map((id) => ({ id, label: labels[id] }));
