import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WerkbankApi } from '../../../shared/contract/api';
import type {
  Codebook,
  CodebookChange,
  CodebookExportResult,
  CodebookImportSummary,
} from '../../../shared/codebook/codebook-types';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { LocalizedText } from '../../../shared/contract/result';
import { createCaller, failed, reportingCaller } from '../../../shared/contract/caller';
import { ancestorsOf, findPlace } from './code-tree';

/** The texts of a code as the details form edits them; empty means none. */
export interface CodeTexts {
  nl: string;
  en: string;
  descriptionNl: string;
  descriptionEn: string;
}

export interface CodeEdit extends CodeTexts {
  /** Null: the parent's colour. */
  color: string | null;
}

export interface CodebookState {
  /** The project this state belongs to; another project starts afresh. */
  project: string | null;
  /** The whole codebook, archived codes included; the tree hides them unless asked. */
  codebook: Codebook | 'loading' | 'unavailable';
  history: CodebookChange[];
  showArchived: boolean;
  selected: string | null;
  expanded: ReadonlySet<string>;
  /** The form for a new sub-code under the selected code is open. */
  adding: boolean;
  /** A tree item to move the focus to once it is shown (a code just added); the tree clears it. */
  focusRequest: string | null;
  /** Put in the history with every change; optional. */
  coder: string;
  busy: boolean;
  error: LocalizedText | null;
  /** What the last edit, export or import did, for the status line. */
  lastSaved: number | null;
  lastExport: CodebookExportResult | null;
  lastImport: Omit<CodebookImportSummary, 'codebook'> | null;

  open(project: string): Promise<void>;
  select(guid: string): void;
  setExpanded(guid: string, expanded: boolean): void;
  setShowArchived(show: boolean): void;
  setCoder(coder: string): void;
  startAdding(): void;
  cancelAdding(): void;
  addCode(texts: CodeTexts): Promise<string | null>;
  saveCode(guid: string, edit: CodeEdit): Promise<void>;
  moveBy(guid: string, step: -1 | 1): Promise<void>;
  moveUnder(guid: string, parent: string | null): Promise<void>;
  setArchived(guid: string, archived: boolean): Promise<void>;
  /** Answers whether the file was written (the error is shown otherwise). */
  exportQdc(path: string, overwrite: boolean): Promise<boolean>;
  importQdc(path: string): Promise<void>;
  focusDone(): void;
  dismissError(): void;
}

export type CodebookStore = StoreApi<CodebookState>;

const orNull = (text: string) => text.trim() || null;

export function createCodebookStore(api: WerkbankApi): CodebookStore {
  const callEngine = createCaller(api);
  return createStore<CodebookState>()((set, get) => {
    const engine = reportingCaller(callEngine, (error) => set({ error }));
    async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C> | typeof failed> {
      set({ busy: true, error: null });
      const answer = await engine(channel, request);
      set({ busy: false });
      return answer;
    }

    async function refreshHistory(): Promise<void> {
      const history = await callEngine('codebook.history', {});
      if (history.ok) set({ history: history.data });
    }

    /** Takes the codebook an edit answered with; the selection stays where it was if it still exists. */
    async function changed(codebook: Codebook, selected = get().selected): Promise<void> {
      const previous = get().codebook;
      const version =
        typeof previous === 'object' && previous.version !== codebook.version ? codebook.version : get().lastSaved;
      set({
        codebook,
        lastSaved: version,
        selected: selected && findPlace(codebook.codes, selected) ? selected : null,
      });
      await refreshHistory();
    }

    const coder = () => orNull(get().coder);

    return {
      project: null,
      codebook: 'loading',
      history: [],
      showArchived: false,
      selected: null,
      expanded: new Set(),
      adding: false,
      focusRequest: null,
      coder: '',
      busy: false,
      error: null,
      lastSaved: null,
      lastExport: null,
      lastImport: null,

      async open(project) {
        if (get().project !== project) {
          set({
            project,
            codebook: 'loading',
            history: [],
            selected: null,
            expanded: new Set(),
            adding: false,
            lastSaved: null,
            lastExport: null,
            lastImport: null,
            error: null,
          });
        }
        const codebook = await call('codebook.get', { includeArchived: true });
        // The user may have opened another project meanwhile.
        if (get().project !== project) return;
        if (codebook === failed) {
          set({ codebook: 'unavailable' });
          return;
        }
        const first = get().codebook === 'loading';
        set({
          codebook,
          // At first the conditions are open, so their domains show.
          ...(first
            ? {
                expanded: new Set(codebook.codes.filter((code) => code.conditionId).map((code) => code.guid)),
                selected: codebook.codes[0]?.guid ?? null,
              }
            : {}),
        });
        await refreshHistory();
      },

      select(guid) {
        if (guid !== get().selected) set({ selected: guid, adding: false });
      },

      setExpanded(guid, expanded) {
        const next = new Set(get().expanded);
        if (expanded) next.add(guid);
        else next.delete(guid);
        set({ expanded: next });
      },

      setShowArchived(showArchived) {
        const { codebook, selected } = get();
        // A selected code that gets hidden would leave the details of an invisible code.
        const hidden =
          !showArchived && typeof codebook === 'object' && selected !== null && isHidden(codebook, selected);
        set({ showArchived, ...(hidden ? { selected: null } : {}) });
      },

      setCoder(name) {
        set({ coder: name });
      },

      startAdding() {
        set({ adding: true, error: null });
      },

      cancelAdding() {
        set({ adding: false });
      },

      async addCode(texts) {
        const parent = get().selected;
        if (!parent) return null;
        const answer = await call('codebook.addCode', {
          parent,
          nl: texts.nl,
          en: orNull(texts.en),
          descriptionNl: orNull(texts.descriptionNl),
          descriptionEn: orNull(texts.descriptionEn),
          coder: coder(),
        });
        if (answer === failed) return null;
        set({
          adding: false,
          focusRequest: answer.guid,
          expanded: new Set([...get().expanded, ...ancestorsOf(answer.codebook.codes, answer.guid)]),
        });
        await changed(answer.codebook, answer.guid);
        return answer.guid;
      },

      async saveCode(guid, edit) {
        const codebook = get().codebook;
        const code = typeof codebook === 'object' ? findPlace(codebook.codes, guid)?.code : undefined;
        if (!code) return;
        // Only what was changed is sent, so the history records exactly that.
        const request: RequestOf<'codebook.updateCode'> = { guid, coder: coder() };
        if (edit.nl.trim() !== code.label.nl) request.nl = edit.nl;
        if (orNull(edit.en) !== code.label.en) request.en = orNull(edit.en);
        if (orNull(edit.descriptionNl) !== code.description.nl) request.descriptionNl = orNull(edit.descriptionNl);
        if (orNull(edit.descriptionEn) !== code.description.en) request.descriptionEn = orNull(edit.descriptionEn);
        if (edit.color !== code.color) request.color = edit.color;
        const answer = await call('codebook.updateCode', request);
        if (answer !== failed) await changed(answer);
      },

      async moveBy(guid, step) {
        const { codebook, showArchived } = get();
        const place = typeof codebook === 'object' ? findPlace(codebook.codes, guid) : null;
        if (!place) return;
        // Past the neighbour the user sees: hidden archived codes in between are skipped.
        const shown = place.siblings.filter((sibling) => showArchived || !sibling.archived || sibling.guid === guid);
        const neighbour = shown[shown.findIndex((sibling) => sibling.guid === guid) + step];
        if (!neighbour || neighbour.conditionId) return;
        const position = place.siblings.findIndex((sibling) => sibling.guid === neighbour.guid);
        const answer = await call('codebook.moveCode', { guid, position, coder: coder() });
        if (answer !== failed) await changed(answer);
      },

      async moveUnder(guid, parent) {
        const codebook = get().codebook;
        if (typeof codebook !== 'object') return;
        const children = parent === null ? codebook.codes : (findPlace(codebook.codes, parent)?.code.children ?? []);
        const answer = await call('codebook.moveCode', { guid, parent, position: children.length, coder: coder() });
        if (answer === failed) return;
        set({ expanded: new Set([...get().expanded, ...ancestorsOf(answer.codes, guid)]) });
        await changed(answer);
      },

      async setArchived(guid, archived) {
        const answer = await call('codebook.archiveCode', { guid, archived, coder: coder() });
        if (answer === failed) return;
        // A code that is now hidden hands the selection, and the focus, to its parent.
        const parent = findPlace(answer.codes, guid)?.parent?.guid ?? null;
        await changed(answer, archived && !get().showArchived ? parent : guid);
        if (archived && !get().showArchived) set({ focusRequest: parent });
      },

      async exportQdc(path, overwrite) {
        set({ lastExport: null });
        const result = await call('codebook.exportQdc', { path, overwrite });
        if (result !== failed) set({ lastExport: result });
        return result !== failed;
      },

      async importQdc(path) {
        set({ lastImport: null });
        const result = await call('codebook.importQdc', { path, coder: coder() });
        if (result === failed) return;
        const { codebook, ...summary } = result;
        set({ lastImport: summary });
        await changed(codebook);
      },

      focusDone() {
        set({ focusRequest: null });
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}

function isHidden(codebook: Codebook, guid: string): boolean {
  return [...ancestorsOf(codebook.codes, guid), guid].some(
    (ancestor) => findPlace(codebook.codes, ancestor)?.code.archived,
  );
}
