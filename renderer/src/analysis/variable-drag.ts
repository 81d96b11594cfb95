import type { DragEvent } from 'react';

/** A variable carried by drag and drop; its own type, so other drags (a file, text) are not taken for one. */
const VARIABLE_TYPE = 'application/x-werkbank-variable';

export function startVariableDrag(event: DragEvent, variable: string): void {
  event.dataTransfer.setData(VARIABLE_TYPE, variable);
  event.dataTransfer.setData('text/plain', variable);
  event.dataTransfer.effectAllowed = 'link';
}

export function carriesVariable(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(VARIABLE_TYPE);
}

export function droppedVariable(event: DragEvent): string | null {
  return event.dataTransfer.getData(VARIABLE_TYPE) || null;
}
