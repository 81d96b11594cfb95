import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WerkbankApi } from '../../../shared/contract/api';
import type { Channel, RequestOf, ResponseOf, VariableSummary } from '../../../shared/contract/channels';
import type { LocalizedText } from '../../../shared/contract/result';
import { createCaller, failed, reportingCaller } from '../../../shared/contract/caller';
import type { ConditionId } from '../../../shared/conditions';
import type {
  ProvisionInput,
  Provision,
  QuoteCandidate,
  Session,
  SessionOverview,
  SessionStep,
  SessionStepKind,
  SessionSummary,
  Slide,
} from '../../../shared/session/session-types';

/** An area the figures dataset has, to choose the session's areas from; a suppressed one is marked. */
export interface AreaChoice {
  code: string;
  name: string | null;
  suppressed: boolean;
}

export type StepEdit = Omit<RequestOf<'session.updateStep'>, 'session' | 'step'>;
export type SessionEdit = Omit<RequestOf<'session.update'>, 'session'>;

/** What the last action did, for the status line. */
export type SessionStatus =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'undone' }
  | { kind: 'imported'; added: number }
  | { kind: 'exported'; path: string }
  | { kind: 'downloaded'; file: string }
  | { kind: 'estimatesDataset'; name: string; rows: number };

export interface SessionState {
  /** The project this state belongs to; another project starts afresh. */
  project: string | null;
  sessions: SessionSummary[] | 'loading' | 'unavailable';
  /** The chosen session, as the engine last answered it. */
  session: Session | null;
  selectedStep: number | null;
  /** The chosen session's areas through the four conditions (researcher audience), with the blind spot. */
  overview: SessionOverview | null;
  /** The areas of the session's figures dataset. */
  areas: AreaChoice[];
  /** The sociale basis of the chosen step's area. */
  provisions: Provision[];
  /** The open answers of an area that may be approved as quotes (the words step's area). */
  quoteCandidates: { area: string; list: QuoteCandidate[] } | null;
  /** The variables of datasets a cross-tab step was built from, by dataset. */
  variables: Record<string, VariableSummary[]>;
  /** The facilitator's screen shows the presenting desk (the projector follows `session.present`). */
  presenting: boolean;
  busy: boolean;
  error: LocalizedText | null;
  status: SessionStatus;

  open(project: string): Promise<void>;
  select(session: number): Promise<void>;
  create(title: string, date: string, figuresDataset: string | null): Promise<void>;
  duplicate(): Promise<void>;
  remove(): Promise<void>;
  undo(): Promise<void>;
  update(edit: SessionEdit): Promise<void>;
  setOrganisations(organisations: { id?: number; name: string; role: string }[]): Promise<void>;
  addStep(kind: SessionStepKind): Promise<void>;
  selectStep(step: number): Promise<void>;
  updateStep(step: number, edit: StepEdit): Promise<void>;
  moveStep(step: number, to: number): Promise<boolean>;
  removeStep(step: number): Promise<void>;
  setEstimate(
    organisation: number,
    area: string,
    condition: ConditionId,
    estimate: number | null,
    why: string,
  ): Promise<void>;
  saveProvision(provision: ProvisionInput): Promise<boolean>;
  removeProvision(id: number): Promise<void>;
  importProvisions(path: string, area: string): Promise<boolean>;
  loadVariables(dataset: string): Promise<void>;
  loadQuoteCandidates(area: string): Promise<void>;
  setQuote(dataset: string, record: string, condition: ConditionId, approved: boolean): Promise<void>;
  /**
   * Shows a step on the projector, blanks it, or stops presenting (`step` null); answers the slide now shown,
   * or undefined when the engine refused (the error is shown).
   */
  present(step: number | null, blank?: boolean): Promise<Slide | null | undefined>;
  /** Writes the record; answers whether it was written (the error is shown otherwise). */
  exportRecord(path: string): Promise<boolean>;
  /** Writes every session's estimates as the dataset `partnerschattingen`. */
  saveEstimatesDataset(): Promise<void>;
  /** The desktop's save dialog and printer: the record as a PDF on A4. */
  saveRecordAsPdf(name: string): Promise<void>;
  setStatus(status: SessionStatus): void;
  dismissError(): void;
}

export type SessionStore = StoreApi<SessionState>;

/** The area a step shows: its own, else the session's first area in focus. */
export function stepArea(session: Session, step: SessionStep): string | null {
  return step.area ?? session.areas[0] ?? null;
}

export function createSessionStore(api: WerkbankApi): SessionStore {
  const callEngine = createCaller(api);
  return createStore<SessionState>()((set, get) => {
    const engine = reportingCaller(callEngine, (error) => set({ error }));
    async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C> | typeof failed> {
      set({ busy: true, error: null });
      const answer = await engine(channel, request);
      set({ busy: false });
      return answer;
    }

    async function refreshList(): Promise<void> {
      const sessions = await callEngine('session.list', {});
      if (sessions.ok) set({ sessions: sessions.data });
    }

    async function refreshOverview(session: Session): Promise<void> {
      const overview = await callEngine('session.overview', { session: session.id });
      if (get().session?.id === session.id) set({ overview: overview.ok ? overview.data : null });
    }

    async function refreshAreas(session: Session): Promise<void> {
      if (!session.figuresDataset) {
        set({ areas: [] });
        return;
      }
      const scores = await callEngine('scores.compute', { dataset: session.figuresDataset, audience: 'researcher' });
      if (get().session?.id !== session.id) return;
      set({
        areas: scores.ok
          ? scores.data.areas.map((area) => ({ code: area.code, name: area.name, suppressed: area.suppressed }))
          : [],
      });
    }

    async function refreshProvisions(): Promise<void> {
      const area = chosenArea();
      if (!area) {
        set({ provisions: [] });
        return;
      }
      const provisions = await callEngine('provisions.list', { area });
      if (chosenArea() === area) set({ provisions: provisions.ok ? provisions.data : [] });
    }

    /** The list shows the change at once; the overview's counts follow. */
    async function provisionsChanged(): Promise<void> {
      await refreshProvisions();
      const session = get().session;
      if (session) void refreshOverview(session);
    }

    function chosenArea(): string | null {
      const { session, selectedStep } = get();
      if (!session) return null;
      const step = session.agenda.find((candidate) => candidate.id === selectedStep);
      return step ? stepArea(session, step) : (session.areas[0] ?? null);
    }

    /** Takes the session an edit answered with, and what follows from it. */
    async function changed(session: Session, status: SessionStatus = { kind: 'saved' }): Promise<void> {
      const previous = get().session;
      const selectedStep = session.agenda.some((step) => step.id === get().selectedStep)
        ? get().selectedStep
        : (session.agenda[0]?.id ?? null);
      set({ session, selectedStep, status });
      const figuresChanged = previous?.id !== session.id || previous.figuresDataset !== session.figuresDataset;
      await Promise.all([
        refreshList(),
        refreshOverview(session),
        refreshProvisions(),
        figuresChanged ? refreshAreas(session) : Promise.resolve(),
      ]);
    }

    /** A session-changing call on the chosen session. */
    async function edit<C extends Channel>(
      channel: C,
      request: Omit<RequestOf<C>, 'session'>,
      status?: SessionStatus,
    ): Promise<boolean> {
      const session = get().session;
      if (!session) return false;
      const answer = await call(channel, { ...request, session: session.id } as RequestOf<C>);
      if (answer === failed) return false;
      await changed(answer as Session, status);
      return true;
    }

    return {
      project: null,
      sessions: 'loading',
      session: null,
      selectedStep: null,
      overview: null,
      areas: [],
      provisions: [],
      variables: {},
      quoteCandidates: null,
      presenting: false,
      busy: false,
      error: null,
      status: { kind: 'idle' },

      async open(project) {
        if (get().project !== project) {
          set({
            project,
            sessions: 'loading',
            session: null,
            selectedStep: null,
            overview: null,
            areas: [],
            provisions: [],
            quoteCandidates: null,
            presenting: false,
            error: null,
            status: { kind: 'idle' },
          });
        }
        const sessions = await call('session.list', {});
        if (get().project !== project) return;
        if (sessions === failed) {
          set({ sessions: 'unavailable' });
          return;
        }
        set({ sessions });
        const chosen = get().session?.id ?? sessions[0]?.id;
        if (chosen !== undefined && sessions.some((session) => session.id === chosen)) await get().select(chosen);
      },

      async select(id) {
        if (get().session?.id !== id)
          set({ selectedStep: null, overview: null, provisions: [], areas: [], quoteCandidates: null });
        const session = await call('session.get', { session: id });
        if (session === failed) return;
        await changed(session, { kind: 'idle' });
      },

      async create(title, date, figuresDataset) {
        const session = await call('session.create', { title, date, figuresDataset });
        if (session !== failed) await changed(session);
      },

      async duplicate() {
        const session = get().session;
        if (!session) return;
        const copy = await call('session.duplicate', { session: session.id });
        if (copy !== failed) await changed(copy);
      },

      async remove() {
        const session = get().session;
        if (!session) return;
        const sessions = await call('session.delete', { session: session.id });
        if (sessions === failed) return;
        set({ sessions, session: null, selectedStep: null, overview: null, provisions: [], areas: [] });
        const next = sessions[0];
        if (next) await get().select(next.id);
      },

      async undo() {
        if (!get().session?.canUndo) return;
        if (!(await edit('session.undo', {}, { kind: 'undone' }))) return;
        // The edit taken back may have been a quote's approval.
        const candidates = get().quoteCandidates;
        if (candidates) await get().loadQuoteCandidates(candidates.area);
      },

      async update(fields) {
        await edit('session.update', fields);
      },

      async setOrganisations(organisations) {
        await edit('session.setOrganisations', { organisations });
      },

      async addStep(kind) {
        const before = new Set(get().session?.agenda.map((step) => step.id));
        if (!(await edit('session.addStep', { kind }))) return;
        const added = get().session?.agenda.find((step) => !before.has(step.id));
        if (added) await get().selectStep(added.id);
      },

      async selectStep(step) {
        set({ selectedStep: step });
        await refreshProvisions();
      },

      async updateStep(step, fields) {
        await edit('session.updateStep', { step, ...fields });
      },

      async moveStep(step, to) {
        return edit('session.moveStep', { step, to });
      },

      async removeStep(step) {
        await edit('session.removeStep', { step });
      },

      async setEstimate(organisation, area, condition, estimate, why) {
        await edit('session.setEstimate', { organisation, area, condition, estimate, why });
      },

      async saveProvision(provision) {
        const provisions = await call('provisions.save', provision);
        if (provisions === failed) return false;
        set({ status: { kind: 'saved' } });
        await provisionsChanged();
        return true;
      },

      async removeProvision(id) {
        const provisions = await call('provisions.remove', { id });
        if (provisions === failed) return;
        set({ status: { kind: 'saved' } });
        await provisionsChanged();
      },

      async importProvisions(path, area) {
        const answer = await call('provisions.import', { path, area });
        if (answer === failed) return false;
        set({ status: { kind: 'imported', added: answer.added } });
        await provisionsChanged();
        return true;
      },

      async loadVariables(dataset) {
        if (get().variables[dataset]) return;
        const variables = await call('datasets.variables', { dataset });
        if (variables !== failed) set({ variables: { ...get().variables, [dataset]: variables } });
      },

      async loadQuoteCandidates(area) {
        const session = get().session;
        if (!session) return;
        const list = await call('session.quoteCandidates', { session: session.id, area });
        if (list !== failed && get().session?.id === session.id) set({ quoteCandidates: { area, list } });
      },

      async setQuote(dataset, record, condition, approved) {
        if (!(await edit('session.setQuote', { dataset, record, condition, approved }))) return;
        const candidates = get().quoteCandidates;
        if (!candidates) return;
        const list = candidates.list.map((candidate) =>
          candidate.dataset === dataset && candidate.record === record && candidate.condition === condition
            ? { ...candidate, approved }
            : candidate,
        );
        set({ quoteCandidates: { ...candidates, list } });
      },

      async present(step, blank = false) {
        const session = get().session;
        if (!session) return undefined;
        const slide = await call('session.present', { session: session.id, step, blank });
        if (slide === failed) return undefined;
        // An earlier edit's status ("saved", "undone") says nothing about what the projector now shows.
        set({ presenting: step !== null, status: { kind: 'idle' } });
        if (step !== null && step !== get().selectedStep) await get().selectStep(step);
        return slide;
      },

      async exportRecord(path) {
        const session = get().session;
        if (!session) return false;
        const answer = await call('session.export', { session: session.id, path });
        if (answer === failed) return false;
        set({ status: { kind: 'exported', path: answer.path } });
        return true;
      },

      async saveEstimatesDataset() {
        const dataset = await call('session.estimatesDataset', {});
        if (dataset !== failed) set({ status: { kind: 'estimatesDataset', name: dataset.name, rows: dataset.rows } });
      },

      async saveRecordAsPdf(name) {
        const session = get().session;
        if (!session) return;
        const answer = await call('dialog.saveRecordAsPdf', { session: session.id, name });
        if (answer !== failed && answer.path !== null) set({ status: { kind: 'exported', path: answer.path } });
      },

      setStatus(status) {
        set({ status });
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}
