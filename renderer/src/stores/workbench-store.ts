import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WerkbankApi } from '../../../shared/contract/api';
import type {
  AppInfo,
  DatasetSummary,
  Language,
  MenuEvent,
  ProjectInfo,
  RecentProject,
  VariableSummary,
} from '../../../shared/contract/channels';
import type { LocalizedText } from '../../../shared/contract/result';
import type { ImportSummary } from '../../../shared/import/import-plan';
import { createCaller, failed, reportingCaller } from '../../../shared/contract/caller';

export const sectionIds = ['data', 'codebook', 'coding', 'analysis', 'session'] as const;
export type SectionId = (typeof sectionIds)[number];

export type PathDialogMode = 'new' | 'open';

/** `unavailable` means reading them failed; the error is shown and no empty state pretends otherwise. */
export type DatasetsState = DatasetSummary[] | 'loading' | 'unavailable';
export type VariablesState = VariableSummary[] | 'loading' | 'unavailable';

/** What the Data section shows: the dataset list, the import wizard, or one dataset's variables. */
export type DataView =
  | { screen: 'datasets' }
  /**
   * `run` tells one opening of the import wizard from the next. The wizard's own store lives in import/
   * (`importWizardFor`), which stops it when the Data section leaves this screen.
   */
  | { screen: 'import'; run: number }
  /** `imported` is the report of the import that just made this dataset. */
  | { screen: 'variables'; dataset: string; variables: VariablesState; imported: ImportSummary | null };

export interface WorkbenchState {
  /** The engine, for sections that keep a store of their own (the analysis). */
  api: WerkbankApi;
  phase: 'idle' | 'starting' | 'ready';
  appInfo: AppInfo | null;
  language: Language;
  project: ProjectInfo | null;
  recentProjects: RecentProject[];
  datasets: DatasetsState;
  dataView: DataView;
  activeSection: SectionId;
  /** Kept in both languages, so switching the language also switches a message already shown. */
  error: LocalizedText | null;
  /** The in-app path dialog, used where the host has no native file dialogs (the browser). */
  pathDialog: PathDialogMode | null;
  aboutOpen: boolean;

  start(): Promise<void>;
  listenToHost(): () => void;
  setLanguage(language: Language): Promise<void>;
  requestNewProject(): Promise<void>;
  requestOpenProject(): Promise<void>;
  closePathDialog(): void;
  createProject(path: string): Promise<void>;
  openProject(path: string): Promise<void>;
  /** Opens the example project, which the engine builds the first time (a few seconds). */
  openExample(): Promise<void>;
  exampleBusy: boolean;
  closeProject(): Promise<void>;
  forgetRecentProject(path: string): Promise<void>;
  openImport(): void;
  /** The import wizard's report that it made `dataset`: the list is read again and the dataset shown. */
  showImported(dataset: string, summary: ImportSummary): Promise<void>;
  closeImport(): void;
  openDataset(dataset: string, imported?: ImportSummary | null): Promise<void>;
  showDatasets(): void;
  selectSection(section: SectionId): void;
  dismissError(): void;
  showAbout(): void;
  hideAbout(): void;
  handleMenu(event: MenuEvent): Promise<void>;
}

export type WorkbenchStore = StoreApi<WorkbenchState>;

const datasetList: DataView = { screen: 'datasets' };

export function createWorkbenchStore(api: WerkbankApi): WorkbenchStore {
  return createStore<WorkbenchState>()((set, get) => {
    /** Calls the engine; a failure is shown to the user and reported to the caller as `failed`. */
    const call = reportingCaller(createCaller(api), (error) => set({ error }));

    async function refreshRecent(): Promise<void> {
      const recent = await call('projects.recent', {});
      if (recent !== failed) set({ recentProjects: recent });
    }

    async function loadDatasets(): Promise<void> {
      const datasets = await call('datasets.list', {});
      set({ datasets: datasets === failed ? 'unavailable' : datasets });
    }

    /**
     * Leaves whatever the Data section showed. An import wizard left behind sees this and stops its import
     * if it still runs (`importWizardFor` in import/).
     */
    function leaveDataView(next: DataView): void {
      set({ dataView: next });
    }

    let importRuns = 0;

    function showProject(project: ProjectInfo): Promise<void> {
      leaveDataView(datasetList);
      set({ project, activeSection: 'data', datasets: 'loading', pathDialog: null });
      return Promise.all([loadDatasets(), refreshRecent()]).then(() => undefined);
    }

    return {
      api,
      phase: 'idle',
      appInfo: null,
      language: 'nl',
      project: null,
      recentProjects: [],
      datasets: 'loading',
      dataView: datasetList,
      activeSection: 'data',
      error: null,
      pathDialog: null,
      aboutOpen: false,
      exampleBusy: false,

      async start() {
        // React's StrictMode mounts twice in development; the engine is asked once.
        if (get().phase !== 'idle') return;
        set({ phase: 'starting' });
        const info = await call('app.info', {});
        if (info !== failed) set({ appInfo: info, language: info.language });
        // The browser host may have opened a project from its command line before the page loaded.
        const current = await call('project.current', {});
        const loading = current !== failed && current !== null ? showProject(current) : refreshRecent();
        set({ phase: 'ready' });
        await loading;
      },

      listenToHost() {
        return api.on('menu', (event) => void get().handleMenu(event));
      },

      async setLanguage(language) {
        const previous = get().language;
        if (language === previous) return;
        set({ language });
        const info = await call('app.setLanguage', { language });
        if (info === failed) set({ language: previous });
        else set({ appInfo: info, language: info.language });
      },

      async requestNewProject() {
        set({ error: null });
        if (!get().appInfo?.nativeDialogs) {
          set({ pathDialog: 'new' });
          return;
        }
        const choice = await call('dialog.chooseNewProjectPath', {});
        if (choice !== failed && choice.path !== null) await get().createProject(choice.path);
      },

      async requestOpenProject() {
        set({ error: null });
        if (!get().appInfo?.nativeDialogs) {
          set({ pathDialog: 'open' });
          return;
        }
        const choice = await call('dialog.chooseProjectToOpen', {});
        if (choice !== failed && choice.path !== null) await get().openProject(choice.path);
      },

      closePathDialog() {
        set({ pathDialog: null, error: null });
      },

      async createProject(path) {
        set({ error: null });
        const project = await call('project.create', { path });
        if (project !== failed) await showProject(project);
      },

      async openProject(path) {
        set({ error: null });
        const project = await call('project.open', { path });
        if (project !== failed) await showProject(project);
      },

      async openExample() {
        set({ error: null, exampleBusy: true });
        const project = await call('example.open', {});
        set({ exampleBusy: false });
        if (project === failed) return;
        await showProject(project);
        // The example is there to be looked at: it opens on its profiles.
        set({ activeSection: 'analysis' });
      },

      async closeProject() {
        set({ error: null });
        if ((await call('project.close', {})) === failed) return;
        leaveDataView(datasetList);
        set({ project: null, datasets: 'loading', activeSection: 'data' });
        await refreshRecent();
      },

      async forgetRecentProject(path) {
        set({ error: null });
        const recent = await call('projects.forget', { path });
        if (recent !== failed) set({ recentProjects: recent });
      },

      openImport() {
        leaveDataView({ screen: 'import', run: ++importRuns });
        set({ error: null });
      },

      async showImported(dataset, summary) {
        await loadDatasets();
        await get().openDataset(dataset, summary);
      },

      closeImport() {
        leaveDataView(datasetList);
      },

      async openDataset(dataset, imported = null) {
        set({ error: null });
        const view: DataView = { screen: 'variables', dataset, variables: 'loading', imported };
        leaveDataView(view);
        const variables = await call('datasets.variables', { dataset });
        // The user may have moved on while the engine was counting.
        if (get().dataView !== view) return;
        set({ dataView: { ...view, variables: variables === failed ? 'unavailable' : variables } });
      },

      showDatasets() {
        leaveDataView(datasetList);
      },

      selectSection(section) {
        set({ activeSection: section });
      },

      dismissError() {
        set({ error: null });
      },

      showAbout() {
        set({ aboutOpen: true });
      },

      hideAbout() {
        set({ aboutOpen: false });
      },

      async handleMenu(event) {
        const state = get();
        switch (event.command) {
          case 'project.new':
            return state.requestNewProject();
          case 'project.open':
            return state.requestOpenProject();
          case 'project.close':
            return state.closeProject();
          case 'project.openRecent':
            if (event.path) await state.openProject(event.path);
            return;
          case 'view.language.nl':
            return state.setLanguage('nl');
          case 'view.language.en':
            return state.setLanguage('en');
          case 'help.about':
            return state.showAbout();
        }
      },
    };
  });
}
