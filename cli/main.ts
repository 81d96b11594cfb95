import { helpText } from './help';
import type { Io } from './run-command';

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * The `werkbank` command; returns the exit status and never calls process.exit itself. The help is
 * answered before the engine is loaded, so scripts that ask for it get it at once.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(helpText());
    return 0;
  }
  const { runCommand } = await import('./run-command');
  return runCommand(command, rest, io);
}
