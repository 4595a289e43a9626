// Renders resources/icons/icon.svg to the 512×512 PNG electron-builder needs, with Chromium.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium.mjs';

const svg = fs.readFileSync(new URL('../resources/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="512" height="512" ')}</body></html>`);
await page.screenshot({ path: new URL('../resources/icons/icon.png', import.meta.url).pathname, omitBackground: true });
await browser.close();
