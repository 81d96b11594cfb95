import { startDesktopApp } from './desktop-app';

startDesktopApp({ argv: process.argv, cwd: process.cwd(), env: process.env });
