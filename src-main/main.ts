import * as electron from 'electron';
import path from 'node:path';
import { shellPaths, startApp } from './shell/app-shell';

// build/main/main.cjs → build/
startApp(electron, shellPaths(path.resolve(__dirname, '..')));
