import { sectionIds, type SectionId } from '../stores/workbench-store';
import type { ProjectKey } from './project-texts';

export interface Section {
  id: SectionId;
  label: ProjectKey;
}

const labels: Record<SectionId, ProjectKey> = {
  data: 'section.data',
  codebook: 'section.codebook',
  coding: 'section.coding',
  analysis: 'section.analysis',
  session: 'section.session',
};

/** The project's sections in the order of the work: data, codebook, coding, analysis, session with partners. */
export const sections: Section[] = sectionIds.map((id) => ({ id, label: labels[id] }));
