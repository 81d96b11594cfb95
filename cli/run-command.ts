import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Language } from '../shared/contract/channels';
import { dispatchCaller, throwingCaller } from '../shared/contract/caller';
import { contractError, WerkbankError } from '../shared/contract/errors';
import type { ContractError } from '../shared/contract/result';
import { createDispatch } from '../shared/contract/serve-contract';
import { defaultSettingsFolder, Workbench } from '../engine/index';
import { serve } from '../serve/serve';
import { builtRendererFolder } from '../serve/built-renderer';
import { dialogsNotAvailable } from '../serve/dialogs-not-available';
import { helpText } from './help';
import { installation } from './installation';
import { importCommand } from './import-command';
import { mapCommand, scoresCommand, unmapCommand } from './scores-commands';
import { baseCommand } from './base-command';
import { crosstabCommand, crosstabOptions } from './crosstab-command';
import { agreementCommand, codingsCommand, codingsOptions } from './coding-commands';
import { wordsCommand, wordsOptions } from './words-command';
import { sessionCommand, sessionOptions, type SessionAction } from './session-command';
import { defineMessages, translate } from '../shared/i18n/messages';

const texts = defineMessages({
  nl: {
    projectCreated: 'Project gemaakt: {path}\n',
    newProjectCreated: 'Nieuw project gemaakt: {path}\n',
    noDatasets: 'Geen datasets.\n',
    unknownCommand: 'onbekende opdracht: {command}',
    seeHelp: "Zie 'werkbank --help'.",
  },
  en: {
    projectCreated: 'Project created: {path}\n',
    newProjectCreated: 'New project created: {path}\n',
    noDatasets: 'No datasets.\n',
    unknownCommand: 'unknown command: {command}',
    seeHelp: "See 'werkbank --help'.",
  },
});

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

class UsageError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The language for messages: `--lang`, else `WERKBANK_LANG`, else the one chosen in the app. */
function pickLanguage(flag: unknown, workbench: Workbench): Language {
  const wanted = typeof flag === 'string' ? flag : process.env.WERKBANK_LANG;
  if (wanted === 'nl' || wanted === 'en') return wanted;
  return workbench.appState.language();
}

const commonOptions = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs one command (anything but the help, which main.ts answers) and returns the exit status. */
export async function runCommand(command: string, rest: string[], io: Io): Promise<number> {
  if (command === '--version' || command === '-v') {
    const workbench = new Workbench({
      ...installation,
      host: 'cli',
      nativeDialogs: false,
      settingsFolder: defaultSettingsFolder(),
    });
    io.stdout(`${workbench.info().version}\n`);
    return EXIT_OK;
  }

  // The CLI is for scripts: it does not add what it touches to the user's recent projects. `serve` hosts
  // the UI in a browser, so there the workbench is the browser host's.
  const workbench = new Workbench({
    ...installation,
    host: command === 'serve' ? 'browser' : 'cli',
    nativeDialogs: false,
    settingsFolder: defaultSettingsFolder(),
    rememberRecent: command === 'serve',
  });
  const dispatch = createDispatch({ ...workbench.handlers(), ...dialogsNotAvailable });
  let language: Language = 'nl';

  /** Calls the contract like every other host; a failed Result becomes a user error. */
  const call = throwingCaller(dispatchCaller(dispatch));

  try {
    switch (command) {
      case 'init': {
        const { positionals, values } = parse(rest, commonOptions);
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const [project] = exactly(positionals, 1, 'init PROJECT');
        await call('project.create', { path: project! });
        io.stdout(translate(language, texts, 'projectCreated', { path: workbench.current().path }));
        return EXIT_OK;
      }
      case 'datasets': {
        const { positionals, values } = parse(rest, { ...commonOptions, json: { type: 'boolean' } });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const [project] = exactly(positionals, 1, 'datasets PROJECT [--json]');
        await call('project.open', { path: project! });
        const datasets = await call('datasets.list', {});
        if (values.json) {
          io.stdout(`${JSON.stringify(datasets, null, 2)}\n`);
        } else if (datasets.length === 0) {
          io.stdout(translate(language, texts, 'noDatasets'));
        } else {
          for (const d of datasets) io.stdout(`${d.name}\t${d.kind}\t${d.rows}\t${d.columns}\n`);
        }
        return EXIT_OK;
      }
      case 'import': {
        const { positionals, values } = parse(rest, {
          ...commonOptions,
          json: { type: 'boolean' },
          name: { type: 'string' },
          kind: { type: 'string' },
          'id-column': { type: 'string' },
          'area-column': { type: 'string' },
          'area-name-column': { type: 'string' },
          'weight-column': { type: 'string' },
          encoding: { type: 'string' },
          delimiter: { type: 'string' },
          decimal: { type: 'string' },
          missing: { type: 'string' },
          sheet: { type: 'string' },
          level: { type: 'string' },
          municipality: { type: 'string' },
          'skip-bad-rows': { type: 'boolean' },
          keep: { type: 'string' },
        });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const [project, file] = exactly(positionals, 2, 'import PROJECT FILE [options]');
        await importCommand(workbench, call, project!, file!, values, language, io);
        return EXIT_OK;
      }
      case 'map':
      case 'unmap': {
        const { positionals, values } = parse(rest, {
          ...commonOptions,
          dataset: { type: 'string' },
          variable: { type: 'string' },
          condition: { type: 'string' },
          domain: { type: 'string' },
          polarity: { type: 'string' },
          weight: { type: 'string' },
          reverse: { type: 'boolean' },
        });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const [project] = exactly(
          positionals,
          1,
          `${command} PROJECT --dataset D --variable V${command === 'map' ? ' --condition ID' : ''}`,
        );
        if (!values.dataset || !values.variable || (command === 'map' && !values.condition)) {
          throw new UsageError(
            `gebruik / usage: werkbank ${command} PROJECT --dataset D --variable V${command === 'map' ? ' --condition security|inclusion|cohesion|empowerment' : ''}`,
          );
        }
        await call('project.open', { path: project! });
        await (command === 'map' ? mapCommand : unmapCommand)(call, values, language, io.stdout);
        return EXIT_OK;
      }
      case 'scores': {
        const { positionals, values } = parse(rest, {
          ...commonOptions,
          json: { type: 'boolean' },
          dataset: { type: 'string' },
          municipality: { type: 'string' },
          reference: { type: 'string' },
          audience: { type: 'string' },
        });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const [project] = exactly(positionals, 1, 'scores PROJECT --dataset D [--json]');
        if (!values.dataset) throw new UsageError('gebruik / usage: werkbank scores PROJECT --dataset D [--json]');
        await call('project.open', { path: project! });
        await scoresCommand(call, values, language, io.stdout);
        return EXIT_OK;
      }
      case 'base': {
        const { positionals, values } = parse(rest, {
          ...commonOptions,
          dataset: { type: 'string' },
          variable: { type: 'string' },
          threshold: { type: 'string' },
          none: { type: 'boolean' },
        });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const usage = 'base PROJECT --dataset D (--variable V [--threshold N] | --none)';
        const [project] = exactly(positionals, 1, usage);
        if (!values.dataset || !values.variable === !values.none)
          throw new UsageError(`gebruik / usage: werkbank ${usage}`);
        await call('project.open', { path: project! });
        await baseCommand(call, values, language, io.stdout);
        return EXIT_OK;
      }
      case 'crosstab': {
        const { positionals, values } = parse(rest, { ...commonOptions, ...crosstabOptions });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const usage = 'crosstab PROJECT --dataset D --rows V --cols V [--layer V] [--weight W] [--json]';
        const [project] = exactly(positionals, 1, usage);
        if (!values.dataset || !values.rows || !values.cols) throw new UsageError(`gebruik / usage: werkbank ${usage}`);
        await call('project.open', { path: project! });
        await crosstabCommand(call, values, language, io.stdout);
        return EXIT_OK;
      }
      case 'codings': {
        const { positionals, values } = parse(rest, { ...commonOptions, ...codingsOptions, json: { type: 'boolean' } });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const usages = {
          import: 'codings import PROJECT --dataset D --coder NAME FILE',
          export: 'codings export PROJECT --dataset D [--coder NAME] --out FILE [--overwrite]',
          suggest: 'codings suggest PROJECT --dataset D --column C',
        };
        const action = positionals[0] as keyof typeof usages;
        if (!Object.hasOwn(usages, action))
          throw new UsageError(`gebruik / usage: werkbank ${Object.values(usages).join(' | ')}`);
        const [, project, file] = exactly(positionals, action === 'import' ? 3 : 2, usages[action]);
        const missing =
          !values.dataset ||
          (action === 'import' && !values.coder) ||
          (action === 'export' && !values.out) ||
          (action === 'suggest' && !values.column);
        if (missing) throw new UsageError(`gebruik / usage: werkbank ${usages[action]}`);
        await call('project.open', { path: project! });
        await codingsCommand(call, action, values, file, language, io.stdout);
        return EXIT_OK;
      }
      case 'agreement': {
        const { positionals, values } = parse(rest, {
          ...commonOptions,
          json: { type: 'boolean' },
          dataset: { type: 'string' },
          coders: { type: 'string' },
        });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const usage = 'agreement PROJECT --dataset D [--coders A,B] [--json]';
        const [project] = exactly(positionals, 1, usage);
        if (!values.dataset) throw new UsageError(`gebruik / usage: werkbank ${usage}`);
        await call('project.open', { path: project! });
        await agreementCommand(call, values, language, io.stdout);
        return EXIT_OK;
      }
      case 'words': {
        const { positionals, values } = parse(rest, { ...commonOptions, ...wordsOptions });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const usage = 'words PROJECT --dataset D [--coder C] [--figures D] [--json]';
        const [project] = exactly(positionals, 1, usage);
        if (!values.dataset) throw new UsageError(`gebruik / usage: werkbank ${usage}`);
        await call('project.open', { path: project! });
        await wordsCommand(call, values, language, io.stdout);
        return EXIT_OK;
      }
      case 'session': {
        const { positionals, values } = parse(rest, { ...commonOptions, ...sessionOptions });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const usages: Record<SessionAction, string> = {
          list: 'session list PROJECT [--json]',
          show: 'session show PROJECT SESSION [--json]',
          export: 'session export PROJECT SESSION [--out FILE] [--overwrite] [--json]',
        };
        const action = positionals[0] as SessionAction;
        if (!Object.hasOwn(usages, action))
          throw new UsageError(`gebruik / usage: werkbank ${Object.values(usages).join(' | ')}`);
        const [, project, session] = exactly(positionals, action === 'list' ? 2 : 3, usages[action]);
        await call('project.open', { path: project! });
        await sessionCommand(call, action, session, values, language, io.stdout);
        return EXIT_OK;
      }
      case 'serve': {
        const { positionals, values } = parse(rest, { ...commonOptions, port: { type: 'string' } });
        language = pickLanguage(values.lang, workbench);
        if (values.help) return printHelp(io);
        const [project] = exactly(positionals, 1, 'serve PROJECT [--port N]');
        const port = values.port === undefined ? 0 : Number(values.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: ${String(values.port)}`);
        // Refused before a project is made: a failed serve leaves nothing behind.
        const rendererFolder = builtRendererFolder();
        // Like `import`, serve makes the project it is given when there is none yet, and says so.
        if (existsSync(path.resolve(project!))) await call('project.open', { path: project! });
        else {
          await call('project.create', { path: project! });
          const created = workbench.current().path;
          io.stderr(translate(language, texts, 'newProjectCreated', { path: created }));
        }
        return await serve({ workbench, dispatch, port, language, io, rendererFolder });
      }
      default:
        throw new UsageError(translate(language, texts, 'unknownCommand', { command: String(command) }));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`werkbank: ${error.message}\n${translate(language, texts, 'seeHelp')}\n`);
      return EXIT_USAGE;
    }
    const reported: ContractError = isContractError(error)
      ? error
      : error instanceof WerkbankError
        ? error.error
        : contractError('internal', { detail: error instanceof Error ? error.message : String(error) });
    io.stderr(`werkbank: ${reported.message[language]}\n`);
    return EXIT_USER_ERROR;
  } finally {
    if (command !== 'serve') workbench.close();
  }
}

function printHelp(io: Io): number {
  io.stdout(helpText());
  return EXIT_OK;
}

function exactly(positionals: string[], count: number, usage: string): string[] {
  if (positionals.length !== count) throw new UsageError(`gebruik / usage: werkbank ${usage}`);
  return positionals;
}

function isContractError(value: unknown): value is ContractError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'message' in value &&
    typeof (value as ContractError).message === 'object'
  );
}
