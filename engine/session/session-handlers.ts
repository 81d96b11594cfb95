import type Database from 'better-sqlite3';
import type { Language } from '../../shared/contract/channels';
import { raise } from '../../shared/contract/errors';
import type { HandlersOf } from '../../shared/contract/serve-contract';
import type { sessionChannels } from '../../shared/contract/session-channels';
import type { CrosstabRequest, CrosstabResult } from '../../shared/crosstab/crosstab-types';
import { translate } from '../../shared/i18n/messages';
import type { Session } from '../../shared/session/session-types';
import { computeCrosstab } from '../crosstab/compute-crosstab';
import {
  addStep,
  createSession,
  deleteSession,
  duplicateSession,
  moveStep,
  removeStep,
  setEstimate,
  setOrganisations,
  undoSession,
  updateSession,
  updateStep,
} from './edit-session';
import type { ImportContext } from '../import/import-handlers';
import { writeExportFile } from '../export/write-export-file';
import type { ProjectFile } from '../project/project-file';
import { buildSlide } from './build-slide';
import { writeEstimatesDataset } from './estimates-dataset';
import { Presenter } from './presenter';
import { listProvisions, removeProvision, saveProvision } from './provisions';
import { importProvisions } from './provisions-csv';
import { quoteCandidates, setQuote } from './quotes';
import { sessionOverview } from './session-overview';
import { sessionRecordHtml } from './session-record';
import { listSessions, readSession, readSessionRows } from './session-rows';
import { sessionTexts } from './session-texts';

/** A presenter over the open project: its slides are built from the project's database as it is now. */
export function sessionPresenter(db: () => Database.Database, language: () => Language): Presenter {
  const crosstab = (request: CrosstabRequest): CrosstabResult => computeCrosstab(db(), request, language());
  return new Presenter((presenting) => buildSlide(db(), presenting, crosstab));
}

/**
 * The session and provisions channels over the open project. Every edit answers with the whole session,
 * and when the session edited is on the projector, the presenter tells its listeners the new slide.
 */
export function sessionHandlers(
  project: () => ProjectFile,
  presenter: Presenter,
  language: () => Language,
  imports: ImportContext,
  /** The application's name and version, said in the session record. */
  app: string,
): HandlersOf<typeof sessionChannels> {
  const db = () => project().db;
  const crosstab = (request: CrosstabRequest): CrosstabResult => computeCrosstab(db(), request, language());
  const edited = (session: number): Session => {
    presenter.edited(session);
    return readSession(db(), session);
  };
  // A provision belongs to an area, not a session: every session shown may count it.
  const provisionsChanged = <T>(answer: T): T => {
    presenter.edited(null);
    return answer;
  };
  return {
    'session.list': () => listSessions(db()),
    'session.get': ({ session }) => readSession(db(), session),
    'session.create': (request) => readSession(db(), createSession(db(), request)),
    'session.update': (request) => {
      updateSession(db(), request);
      return edited(request.session);
    },
    'session.duplicate': ({ session }) =>
      readSession(
        db(),
        duplicateSession(db(), session, (title) => translate(language(), sessionTexts, 'copyTitle', { title })),
      ),
    'session.delete': ({ session }) => {
      deleteSession(db(), session);
      presenter.edited(session);
      return listSessions(db());
    },
    'session.undo': ({ session }) => {
      undoSession(db(), session);
      return edited(session);
    },
    'session.setOrganisations': (request) => {
      setOrganisations(db(), request);
      return edited(request.session);
    },
    'session.addStep': (request) => {
      // A table that cannot be computed is refused now, in its own words, not when it is presented.
      if (request.crosstab) crosstab(request.crosstab);
      addStep(db(), request);
      return edited(request.session);
    },
    'session.updateStep': (request) => {
      if (request.crosstab) crosstab(request.crosstab);
      updateStep(db(), request);
      return edited(request.session);
    },
    'session.moveStep': (request) => {
      moveStep(db(), request);
      return edited(request.session);
    },
    'session.removeStep': (request) => {
      removeStep(db(), request);
      return edited(request.session);
    },
    'session.setEstimate': (request) => {
      setEstimate(db(), request);
      return edited(request.session);
    },
    'session.estimatesDataset': () => writeEstimatesDataset(imports),
    'session.quoteCandidates': (request) => quoteCandidates(db(), request),
    'session.setQuote': (request) => {
      setQuote(db(), request);
      return edited(request.session);
    },
    'session.overview': ({ session }) => sessionOverview(db(), session, 'researcher'),
    'session.present': ({ session, step, blank }) => {
      if (step === null) return presenter.present(null);
      const rows = readSessionRows(db(), session);
      if (!rows.steps.some((row) => row.id === step)) raise('session_step_not_found', { session, step });
      return presenter.present({ session, step, blank });
    },
    'session.slide': () => presenter.slide(),
    'session.export': ({ session, path, overwrite }) => {
      const html = sessionRecordHtml(db(), session, {
        language: language(),
        app,
        project: project().info().name,
        now: new Date(),
        crosstab,
      });
      return { path: writeExportFile(path, html, '.html', overwrite) };
    },
    'provisions.list': ({ area }) => listProvisions(db(), area),
    'provisions.save': (input) => {
      saveProvision(db(), input);
      return provisionsChanged(listProvisions(db(), input.area));
    },
    'provisions.remove': ({ id }) => provisionsChanged(listProvisions(db(), removeProvision(db(), id))),
    'provisions.import': async (request) => {
      const { added, areas } = await importProvisions(db(), request);
      const shown = request.area ?? (areas.length === 1 ? areas[0] : undefined);
      return provisionsChanged({ added, provisions: listProvisions(db(), shown) });
    },
  };
}
