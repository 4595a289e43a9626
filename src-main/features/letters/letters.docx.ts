import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ERASED_VALUE } from '@shared/contract/erasure';
import { showErased, type LetterCell, type LetterDoc } from '@shared/contract/letters';
import type { ExportFile } from '@shared/contract/exports';
import { translate } from '../../i18n';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { listIssued } from './letters.repo';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Fonts every Word on a Japanese office PC has: 游明朝 (with MS 明朝 as the older one) for Japanese,
 * Century for Latin text as Japanese documents set it, Times New Roman in English letters.
 * Names in other scripts stay text: Word falls back to a font that has them.
 */
function fontsOf(language: LetterDoc['language']) {
  return language === 'ja'
    ? { ascii: 'Century', hAnsi: 'Century', eastAsia: 'Yu Mincho', cs: 'Times New Roman' }
    : { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'Yu Mincho', cs: 'Times New Roman' };
}

/** A4 in twentieths of a point, and the margins official letters use (about 30 mm and 25 mm). */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1701, bottom: 1418, left: 1701, right: 1418 };
/** Where a block set at the right (the sender, the contact) starts: a little past the middle. */
const RIGHT_BLOCK = 4800;

function line(text: string, options: { align?: 'left' | 'right' | 'center'; indentLeft?: number; bold?: boolean; size?: number } = {}): Paragraph {
  const alignment = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }[options.align ?? 'left'];
  return new Paragraph({
    alignment,
    indent: options.indentLeft ? { left: options.indentLeft } : undefined,
    children: [new TextRun({ text, bold: options.bold, size: options.size })],
  });
}

const blank = () => new Paragraph({ children: [] });

function cell(c: LetterCell, isHeader: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c.text, bold: isHeader })] })] });
}

function tableOf(table: NonNullable<LetterDoc['table']>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: table.columns.map((text) => cell({ text, lang: null }, true)) }),
      ...table.rows.map((row) => new TableRow({ children: row.map((c) => cell(c, false)) })),
    ],
  });
}

/** The official layout as a Word document: the same parts, in the same places, as the printed letter. */
export async function docxOf(issued: LetterDoc): Promise<Buffer> {
  const doc = showErased(issued, translate(issued.language, 'erasure.redacted'), ERASED_VALUE);
  const ja = doc.language === 'ja';
  const children: Array<Paragraph | Table> = [
    ...(doc.numberLabel ? [line(doc.numberLabel, { align: 'right' })] : []),
    line(doc.date, { align: 'right' }),
    blank(),
    line(ja ? `${doc.addressee}\u3000${translate('ja', 'letters.doc.to')}` : doc.addressee),
    blank(),
    ...doc.sender.map((s) => line(s, { align: 'right' })),
    blank(),
    line(doc.title, { align: 'center', bold: true, size: 26 }),
    blank(),
    ...doc.body.map((p) => line(p)),
  ];
  if (doc.items.length > 0 || doc.table) {
    children.push(blank(), line(translate(doc.language, 'letters.doc.ki'), { align: 'center' }), blank());
    children.push(...doc.items.map((i) => line(i)));
    if (doc.table) children.push(blank(), tableOf(doc.table));
    // 以上 closes a Japanese letter's 記; an English letter has no such word.
    if (ja) children.push(blank(), line(translate('ja', 'letters.doc.end'), { align: 'right' }));
  }
  children.push(blank(), blank(), ...doc.contact.map((c) => line(c, { indentLeft: RIGHT_BLOCK })));
  const document = new Document({
    creator: 'Kakehashi',
    title: doc.title,
    styles: { default: { document: { run: { font: fontsOf(doc.language), size: 22 } } } },
    sections: [{ properties: { page: { size: PAGE, margin: MARGIN } }, children }],
  });
  return Packer.toBuffer(document);
}

/** A file name that says what the letter is: 自国経第12号_研修員の決定について（通知）_宇佐市長.docx. */
function fileNameOf(doc: LetterDoc, fallback: string): string {
  const stem = [doc.numberLabel ?? fallback, doc.title, doc.addressee].join('_').replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${stem.slice(0, 120)}.docx`;
}

/** One issued letter as a .docx, from what was kept when it was issued. */
export async function letterDocx(ctx: Ctx, id: string): Promise<ExportFile> {
  const [letter] = listIssued(ctx.db, { id });
  if (!letter) throw new AppError('not_found', { entity: 'letter' });
  const data = await docxOf(letter.doc);
  return { fileName: fileNameOf(letter.doc, String(letter.number)), mime: DOCX_MIME, dataBase64: data.toString('base64') };
}
