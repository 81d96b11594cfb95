import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectPathFromArgv } from '../../../electron/main/project-argument';

describe('project file from the command line', () => {
  it('picks the .skw file a packaged app was started with', () => {
    expect(projectPathFromArgv(['/opt/Werkbank/werkbank', '/data/Wijkscan Noord.skw'], '/home/u')).toBe(
      path.resolve('/data/Wijkscan Noord.skw'),
    );
  });

  it('ignores the executable, the app folder in development and Chromium switches', () => {
    expect(projectPathFromArgv(['/usr/bin/electron', '.', '--no-sandbox', '--enable-features=X'], '/work')).toBeNull();
  });

  it('resolves a relative path against the working folder of the start', () => {
    expect(projectPathFromArgv(['electron', '.', 'projecten/wijk.SKW'], '/home/u')).toBe(
      path.resolve('/home/u', 'projecten/wijk.SKW'),
    );
  });

  it('accepts a file:// URL, as Linux desktop files may pass', () => {
    const file = path.resolve('/data/Wijk Zuid.skw');
    expect(projectPathFromArgv(['werkbank', pathToFileURL(file).href], '/')).toBe(file);
  });

  it('does not take a switch value that happens to end in .skw', () => {
    expect(projectPathFromArgv(['werkbank', '--log=/tmp/x.skw'], '/')).toBeNull();
  });

  it('takes the last project when several are given', () => {
    expect(projectPathFromArgv(['werkbank', '/a.skw', '/b.skw'], '/')).toBe(path.resolve('/b.skw'));
  });
});
