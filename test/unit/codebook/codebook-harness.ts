import path from 'node:path';
import { afterEach } from 'vitest';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { Codebook, CodebookCode } from '../../../shared/codebook/codebook-types';
import type { ContractError } from '../../../shared/contract/result';
import type { Workbench } from '../../../engine/workbench';
import { createInProcessHost, type InProcessHost } from '../../helpers/in-process-host';
import { useTempFolder } from '../../helpers/temp-folder';

export const fixtures = path.resolve(import.meta.dirname, '../../fixtures/codebooks');

export interface CodebookProject {
  folder: string;
  workbench: Workbench;
  /** Calls a channel through the contract, as a host does; fails the test on an error answer. */
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Calls a channel that must refuse; returns the error. */
  refusal<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ContractError>;
}

/** Real project files in a fresh temporary folder, served through the contract with its validation. */
export function useCodebookProjects(): (name?: string) => Promise<CodebookProject> {
  const tempFolder = useTempFolder();
  const open: InProcessHost[] = [];
  afterEach(() => open.splice(0).forEach((host) => host.close()));
  return async (name = 'buurtonderzoek') => {
    const folder = tempFolder();
    const host = createInProcessHost({ settingsFolder: folder, rememberRecent: false });
    open.push(host);
    const project: CodebookProject = {
      folder,
      workbench: host.workbench,
      async call(channel, request) {
        const result = await host.call(channel, request);
        if (!result.ok) throw new Error(`${channel} refused: ${result.error.message.en}`);
        return result.data;
      },
      async refusal(channel, request) {
        const result = await host.call(channel, request);
        if (result.ok) throw new Error(`${channel} was accepted`);
        return result.error;
      },
    };
    await project.call('project.create', { path: path.join(folder, `${name}.skw`) });
    return project;
  };
}

/** Every code of the tree, depth first. */
export function allCodes(codes: CodebookCode[]): CodebookCode[] {
  return codes.flatMap((code) => [code, ...allCodes(code.children)]);
}

/** The one code with this Dutch label. */
export function codeNamed(codebook: Codebook, nl: string): CodebookCode {
  const found = allCodes(codebook.codes).filter((code) => code.label.nl === nl);
  if (found.length !== 1) throw new Error(`${found.length} codes are named "${nl}"`);
  return found[0] as CodebookCode;
}

/** The tree as labels, for comparing shapes at a glance. */
export function outline(codes: CodebookCode[]): unknown[] {
  return codes.map((code) => (code.children.length ? { [code.label.nl]: outline(code.children) } : code.label.nl));
}
