import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { AppError } from '../../ipc/app-error';
import type { Cell } from './read-file';
import { zipEntries, type ZipEntries } from './zip-entries';

/**
 * The first worksheet of an .xlsx as rows of cell values, read with a streaming XML parser from
 * the parts its relationships name: shared and inline strings (without the furigana Japanese
 * Excel stores beside them), numbers, dates by their number format or written as ISO dates,
 * cached formula results, and merged cells spread from their first cell. Only what an import
 * needs, and several times faster than loading the whole workbook model. Every limit is
 * checked as the file is read, so a hostile file is refused before it costs time or memory.
 */

/** Excel's own limits: XFD is column 16,384. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;
export const MAX_CELLS = 2_000_000;
export const MAX_MERGES = 100_000;
export const MAX_SHARED_STRINGS = 2_000_000;
/** No part of a workbook nests deeper than a dozen elements; a file that does is broken or hostile. */
const MAX_DEPTH = 64;
const CHUNK_BYTES = 256 * 1024;

type Attributes = Record<string, string>;

interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Text and CDATA, entities decoded. */
  text?(text: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Parses a part with element names stripped of their namespace prefix (`x:c`, `ns0:row` → `c`, `row`). */
function parseXml(xml: Buffer, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let failure: unknown = null;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) throw new AppError('import_file_unreadable');
    handlers.open(localName(tag.name), tag.attributes as Attributes);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close?.(localName(tag.name));
  });
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  parser.on('error', (error) => {
    failure ??= error;
  });
  // Fed in pieces, so no part is ever held as one string.
  const decoder = new StringDecoder(xml[0] === 0xff && xml[1] === 0xfe ? 'utf16le' : 'utf8');
  for (let at = 0; at < xml.length && !failure; at += CHUNK_BYTES) parser.write(decoder.write(xml.subarray(at, at + CHUNK_BYTES)));
  if (!failure) parser.write(decoder.end()).close();
  if (failure) throw failure instanceof AppError ? failure : new AppError('import_file_unreadable');
}

/** An attribute in a relationship namespace (`r:id`, whatever the prefix). */
function prefixedId(attributes: Attributes): string | undefined {
  for (const name in attributes) if (name.endsWith(':id')) return attributes[name];
  return undefined;
}

/** `_x000D_` → CR; `_x005F_` stands for the underscore itself, so `_x005F_x000D_` is the text `_x000D_`. */
function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// Excel's built-in date and time formats, the Japanese ones (27–36, 50–58) included.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return !/general/i.test(bare) && /[ymdhs]|ge/i.test(bare);
}

function serialToDate(serial: number, is1904: boolean): Date {
  return new Date(Math.round((serial + (is1904 ? 1462 : 0) - 25569) * 86_400_000));
}

/**
 * An ISO date as written (`t="d"`): the calendar day and clock time of the text, with no shift
 * into local time, so 1995-05-20T08:00 stays 20 May. A value without a date (a time alone) or
 * one that is no real date is kept as the text written.
 */
function isoCellDate(text: string): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!m) return text;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second, Math.round(Number(`0.${m[7] ?? 0}`) * 1000)));
  if (date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day! || hour! > 23 || minute! > 59 || second! > 59) return text;
  return date;
}

/** A cell reference as [row, column] from 0; refuses one beyond Excel's last row or column. */
function parseRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
    if (col > MAX_COLUMNS) throw new AppError('import_sheet_out_of_range', { ref: ref.slice(0, 20), maxColumn: 'XFD', maxRow: MAX_ROWS });
  }
  const row = i < ref.length ? Number(ref.slice(i)) : 0;
  if (!Number.isInteger(row) || row > MAX_ROWS) throw new AppError('import_sheet_out_of_range', { ref: ref.slice(0, 20), maxColumn: 'XFD', maxRow: MAX_ROWS });
  return [row - 1, col - 1];
}

/** A relationship target resolved against the folder of the part that names it. */
function resolveTarget(partPath: string, target: string): string {
  const parts = target.startsWith('/') ? [] : partPath.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

interface Relationship {
  type: string;
  target: string;
}

function relationships(zip: ZipEntries, partPath: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  const xml = zip.read(relsPath(partPath));
  if (xml === null) return found;
  parseXml(xml, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
      found.set(a.Id, { type: (a.Type ?? '').split('/').pop()!, target: resolveTarget(partPath, a.Target) });
    },
  });
  return found;
}

/** The workbook part, as the package's relationships name it (usually, but not always, xl/workbook.xml). */
function workbookPath(zip: ZipEntries): string | null {
  for (const r of relationships(zip, '').values()) if (r.type === 'officeDocument' && zip.find(r.target)) return zip.find(r.target);
  return zip.find('xl/workbook.xml');
}

/** The text of each shared string, leaving out phonetic guides (<rPh>). */
function sharedStrings(xml: Buffer): string[] {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  parseXml(xml, {
    open(name, a) {
      // The count the file declares is checked first; the strings themselves as they come.
      if (name === 'sst' && Number(a.uniqueCount ?? 0) > MAX_SHARED_STRINGS) throw new AppError('import_too_many_strings', { limit: MAX_SHARED_STRINGS });
      if (name === 'si') {
        if (strings.length >= MAX_SHARED_STRINGS) throw new AppError('import_too_many_strings', { limit: MAX_SHARED_STRINGS });
        current = '';
      } else if (name === 't') inText = !inPhonetic;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(name) {
      if (name === 'si') strings.push(decodeEscapes(current));
      else if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}

/** For each cell style index, whether it shows a date. */
function dateStyles(xml: Buffer): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        styles.push(BUILT_IN_DATES.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

interface Workbook {
  /** The visible worksheets in tab order, by name. */
  sheets: Array<{ name: string; path: string | null }>;
  sheetPath: string | null;
  sharedStringsPath: string | null;
  stylesPath: string | null;
  is1904: boolean;
}

function readWorkbook(zip: ZipEntries, path: string): Workbook {
  const rels = relationships(zip, path);
  const sheetIds: string[] = [];
  const names = new Map<string, string>();
  const hiddenIds = new Set<string>();
  let is1904 = false;
  parseXml(zip.read(path)!, {
    open(name, a) {
      if (name === 'sheet') {
        const id = prefixedId(a);
        if (id) sheetIds.push(id);
        if (id && a.name) names.set(id, a.name);
        if (id && (a.state === 'hidden' || a.state === 'veryHidden')) hiddenIds.add(id);
      } else if (name === 'workbookPr') is1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
  });
  const firstOf = (type: string): string | null => {
    for (const r of rels.values()) if (r.type === type) return zip.find(r.target);
    return null;
  };
  // The first tab may be a chart sheet (or a dialog sheet): the data is on the first worksheet the
  // person can see (a hidden one holds a dropdown's list), else on the first worksheet at all.
  const worksheets = sheetIds.filter((id) => rels.get(id)?.type === 'worksheet');
  const sheetId = worksheets.find((id) => !hiddenIds.has(id)) ?? worksheets[0];
  const sheetRel = sheetId ? rels.get(sheetId) : undefined;
  return {
    sheets: worksheets.filter((id) => !hiddenIds.has(id)).map((id) => ({ name: names.get(id) ?? '', path: zip.find(rels.get(id)!.target) })),
    sheetPath: sheetRel ? zip.find(sheetRel.target) : null,
    sharedStringsPath: firstOf('sharedStrings'),
    stylesPath: firstOf('styles'),
    is1904,
  };
}

function readSheet(xml: Buffer, shared: string[], dates: boolean[], is1904: boolean): Cell[][] {
  const grid = new Map<number, Cell[]>();
  const merges: string[] = [];
  let cellCount = 0;
  let lastRow = -1;
  let lastCol = -1;
  let usedRows = 0;
  let usedCols = 0;
  // The cell being read.
  let row = -1;
  let col = -1;
  let type = 'n';
  let style = 0;
  let raw: string | null = null;
  let inline = '';
  let inValue = false;
  let inInlineText = false;
  let inInline = false;
  let inPhonetic = false;

  function store(r: number, c: number, value: Cell): void {
    let cells = grid.get(r);
    if (!cells) grid.set(r, (cells = []));
    // The empty cells a row is padded with to reach this one count too (one value in XFD per row).
    cellCount += 1 + Math.max(0, c - cells.length);
    if (cellCount > MAX_CELLS) throw new AppError('import_sheet_too_many_cells', { limit: MAX_CELLS });
    put(cells, c, value);
    if (r >= usedRows) usedRows = r + 1;
    if (c >= usedCols) usedCols = c + 1;
  }

  function cellValue(): Cell {
    if (type === 'inlineStr') return decodeEscapes(inline);
    if (raw === null) return null;
    switch (type) {
      case 's':
        return shared[Number(raw)] ?? null;
      case 'str':
        return decodeEscapes(raw);
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true' ? 'true' : 'false';
      case 'd':
        return isoCellDate(raw);
      case 'e':
        return null;
      default: {
        if (raw.trim() === '') return null;
        const n = Number(raw);
        if (!Number.isFinite(n)) return raw;
        return dates[style] ? serialToDate(n, is1904) : n;
      }
    }
  }

  parseXml(xml, {
    open(name, a) {
      switch (name) {
        case 'row':
          // Rows and cells without `r` follow the one before.
          row = a.r ? parseRef(a.r)[0] : lastRow + 1;
          if (row < 0) row = lastRow + 1;
          lastRow = row;
          lastCol = -1;
          break;
        case 'c': {
          if (a.r) {
            const [r, c] = parseRef(a.r);
            col = c < 0 ? lastCol + 1 : c;
            if (r >= 0 && a.r) row = r;
          } else col = lastCol + 1;
          if (col >= MAX_COLUMNS) throw new AppError('import_sheet_out_of_range', { ref: `#${col + 1}`, maxColumn: 'XFD', maxRow: MAX_ROWS });
          if (row < 0) row = lastRow = 0;
          lastCol = col;
          type = a.t ?? 'n';
          style = a.s ? Number(a.s) : 0;
          raw = null;
          inline = '';
          break;
        }
        case 'v':
          inValue = true;
          raw = '';
          break;
        case 'is':
          inInline = true;
          break;
        case 't':
          inInlineText = inInline && !inPhonetic;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 'mergeCell':
          if (merges.length >= MAX_MERGES) throw new AppError('import_sheet_too_many_merges', { limit: MAX_MERGES });
          if (a.ref) merges.push(a.ref);
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'c': {
          const value = cellValue();
          if (value !== null && value !== '') store(row, col, value);
          break;
        }
        case 'v':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 't':
          inInlineText = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
      }
    },
    text(text) {
      if (inValue) raw += text;
      else if (inInlineText) inline += text;
    },
  });

  // A merged header spreads its first cell's text over every cell it covers, within the area
  // that holds values: a title merged across the whole row (A1:XFD1) does not widen the sheet.
  for (const ref of merges) {
    const [from, to] = ref.split(':');
    if (!from || !to) continue;
    const [top, left] = parseRef(from);
    const [bottom, right] = parseRef(to);
    const master = grid.get(top)?.[left];
    if (master === undefined || master === null) continue;
    const lastR = Math.min(bottom, usedRows - 1);
    const lastC = Math.min(right, usedCols - 1);
    if ((lastR - top + 1) * (lastC - left + 1) + cellCount > MAX_CELLS) throw new AppError('import_sheet_too_many_cells', { limit: MAX_CELLS });
    for (let r = top; r <= lastR; r++) {
      let cells = grid.get(r);
      if (!cells) grid.set(r, (cells = []));
      for (let c = left; c <= lastC; c++) put(cells, c, master);
      cellCount += lastC - left + 1;
    }
  }

  // Each row ends at its last value; empty rows are left out.
  return [...grid.keys()].sort((a, b) => a - b).map((r) => grid.get(r)!);
}

/** Sets a cell, keeping the row dense (nulls before it), the way the rows are handed on. */
function put(cells: Cell[], col: number, value: Cell): void {
  while (cells.length < col) cells.push(null);
  if (cells.length === col) cells.push(value);
  else cells[col] = value;
}

/** Null when the zip is not an .xlsx workbook; an AppError when it is damaged or breaks a limit. */
export function readFirstSheet(bytes: Buffer): Promise<Cell[][] | null> {
  try {
    return Promise.resolve(readWorkbookSheet(bytes));
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

function readWorkbookSheet(bytes: Buffer): Cell[][] | null {
  const zip = zipEntries(bytes);
  const path = workbookPath(zip);
  if (!path) return null;
  const book = readWorkbook(zip, path);
  const sheetXml = book.sheetPath ? zip.read(book.sheetPath) : null;
  if (sheetXml === null) return null;
  const sharedXml = book.sharedStringsPath ? zip.read(book.sharedStringsPath) : null;
  const stylesXml = book.stylesPath ? zip.read(book.stylesPath) : null;
  const shared = sharedXml ? sharedStrings(sharedXml) : [];
  const dates = stylesXml ? dateStyles(stylesXml) : [];
  return readSheet(sheetXml, shared, dates, book.is1904);
}

/**
 * Every visible worksheet of an .xlsx with its tab name (an archive kept one sheet per year);
 * null when the zip is not a workbook. The limits hold per sheet, as for the first sheet.
 */
export function readVisibleSheets(bytes: Buffer): Array<{ name: string; rows: Cell[][] }> | null {
  const zip = zipEntries(bytes);
  const path = workbookPath(zip);
  if (!path) return null;
  const book = readWorkbook(zip, path);
  const sharedXml = book.sharedStringsPath ? zip.read(book.sharedStringsPath) : null;
  const stylesXml = book.stylesPath ? zip.read(book.stylesPath) : null;
  const shared = sharedXml ? sharedStrings(sharedXml) : [];
  const dates = stylesXml ? dateStyles(stylesXml) : [];
  return book.sheets.flatMap((sheet) => {
    const xml = sheet.path ? zip.read(sheet.path) : null;
    return xml === null ? [] : [{ name: sheet.name, rows: readSheet(xml, shared, dates, book.is1904) }];
  });
}
