import type Database from 'better-sqlite3';
import { conditions, type ConditionId } from '../../shared/conditions';
import type { CrosstabRequest, CrosstabResult } from '../../shared/crosstab/crosstab-types';
import type { Language } from '../../shared/i18n/language';
import { decimalMark, localeOf } from '../../shared/i18n/locale';
import { translate } from '../../shared/i18n/messages';
import { blindSpotTexts } from '../../shared/session/blind-spot-texts';
import type { ActionItem, AreaView, Provision, Slide } from '../../shared/session/session-types';
import { crosstabGrid, type GridCell } from '../export/crosstab-grid';
import { numberText } from '../export/write-crosstab-text';
import { buildSlide } from './build-slide';
import { escapeHtml as esc } from './escape-html';
import { listProvisions } from './provisions';
import { indexBarsSvg } from './record-chart';
import { recordTexts } from './record-texts';
import { sessionOverview } from './session-overview';
import { readSessionRows, sessionFromRows } from './session-rows';

type RecordTexts = typeof recordTexts.nl;

export interface RecordContext {
  language: Language;
  /** The application's name and version, said in the footer. */
  app: string;
  /** The project's name, said with a cross-table's source. */
  project: string;
  now: Date;
  crosstab: (request: CrosstabRequest) => CrosstabResult;
}

const style = `
@page { size: A4; margin: 16mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1.5pt solid #111; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 10pt 0 4pt; break-after: avoid; }
.meta { color: #333; margin: 0 0 2pt; }
section.step { break-inside: avoid-page; margin-bottom: 10pt; }
.position { color: #555; font-size: 9pt; text-transform: uppercase; letter-spacing: .04em; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; break-inside: auto; }
tr { break-inside: avoid; }
th, td { border: .5pt solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #eee; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 9pt; height: 9pt; border-radius: 2pt; margin-right: 4pt; vertical-align: -1pt; }
.blindspot { border: 2pt solid #111; padding: 6pt 8pt; margin: 6pt 0; }
.question { font-size: 13pt; font-weight: 700; }
blockquote { margin: 4pt 0; padding-left: 8pt; border-left: 3pt solid #999; }
.note { color: #333; font-size: 9pt; }
p.text { white-space: pre-wrap; }
footer { margin-top: 18pt; border-top: .5pt solid #999; padding-top: 4pt; color: #444; font-size: 8.5pt; }
@media print { body { padding: 0; } a { color: inherit; } }
`;

/**
 * The session record (docs/ARCHITECTURE.md §1, sessions): one self-contained HTML file (inline CSS and SVG,
 * no scripts) that prints on A4, holding every step as the projector shows it, the partners' estimates, the
 * sociale basis, the notes and the actions. It is built from the partner slides and the partner overview,
 * so an area under the publication threshold, respondents' data and quotes not approved are never in it.
 */
export function sessionRecordHtml(db: Database.Database, session: number, context: RecordContext): string {
  const { language } = context;
  const t = <K extends keyof RecordTexts & string>(
    key: K,
    ...params: RecordTexts[K] extends (p: infer P) => string ? [P] : []
  ): string =>
    (translate as (l: Language, table: unknown, k: string, p?: unknown) => string)(
      language,
      recordTexts,
      key,
      params[0],
    );
  const number = (value: number, digits = 1) =>
    new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: digits }).format(value);
  const rows = readSessionRows(db, session);
  const record = sessionFromRows(rows, false);
  const overview = sessionOverview(db, session, 'partner');
  const shown = overview.areas.filter((area) => !area.suppressed);
  const shownCodes = new Set(shown.map((area) => area.code));
  const areaLabel = (code: string) => {
    const area = shown.find((a) => a.code === code);
    return area?.name ? `${area.name} (${area.code})` : code;
  };
  const conditionLabel = (id: ConditionId) => conditions.find((c) => c.id === id)!.label[language];
  const swatch = (id: ConditionId) =>
    `<span class="swatch" style="background:${conditions.find((c) => c.id === id)!.color}"></span>`;
  const table = (head: string[], body: string[][], numeric: number[] = []) =>
    `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${body
      .map(
        (cells) =>
          `<tr>${cells.map((cell, i) => (numeric.includes(i) ? `<td class="number">${cell}</td>` : `<td>${cell}</td>`)).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  const value = (v: number | null, digits = 0) => (v === null ? t('noValue') : number(v, digits));

  const areaTable = (area: AreaView) =>
    indexBarsSvg(area, language) +
    `<p class="note">${esc(t('chartCaption'))}</p>` +
    table(
      [t('condition'), t('figures'), t('words'), t('partners'), t('provisions')],
      conditions.map(({ id }) => {
        const view = area.conditions[id];
        const spread = view.partners;
        return [
          `${swatch(id)}${esc(conditionLabel(id))}`,
          value(view.figures),
          value(view.words),
          spread === null
            ? t('noValue')
            : esc(
                t('spread', {
                  mean: number(spread.mean),
                  min: number(spread.min),
                  max: number(spread.max),
                  count: spread.count,
                }),
              ),
          String(view.provisions),
        ];
      }),
      [1, 2, 4],
    );
  const blindSpotBlock = (area: AreaView) => {
    const spot = area.blindSpot;
    const said = spot
      ? `<p><strong>${esc(t('blindSpot', { condition: conditionLabel(spot.condition) }))}</strong> ${swatch(spot.condition)}</p>` +
        `<p>${esc(t('reasons'))}: ${spot.reasons.map((reason) => esc(translate(language, blindSpotTexts, `reason_${reason}`))).join('; ')}</p>`
      : `<p>${esc(translate(language, blindSpotTexts, 'blindSpotNone'))}</p>`;
    return (
      `<div class="blindspot">${said}<p class="note">${esc(translate(language, blindSpotTexts, 'blindSpotRule'))}</p>` +
      `<p class="question">${esc(translate(language, blindSpotTexts, 'blindSpotQuestion'))}</p></div>`
    );
  };
  const provisionsTable = (provisions: Provision[], withArea: boolean) =>
    provisions.length === 0
      ? `<p>${esc(t('noProvisions'))}</p>`
      : table(
          [...(withArea ? [t('area')] : []), t('name'), t('organiser'), t('kindOf'), t('conditions'), t('reach')],
          provisions.map((p) => [
            ...(withArea ? [esc(areaLabel(p.area))] : []),
            esc(p.name),
            esc(p.organiser),
            esc([t(p.collective ? 'collective' : 'individual'), ...(p.preventive ? [t('preventive')] : [])].join(', ')),
            p.conditions.map((id) => `${swatch(id)}${esc(conditionLabel(id))}`).join('<br>'),
            esc(p.reach),
          ]),
        );
  const estimatesTable = (estimates: Slide['estimates'], withArea: boolean) =>
    estimates.length === 0
      ? `<p>${esc(t('noEstimates'))}</p>`
      : table(
          [t('organisation'), t('role'), ...(withArea ? [t('area')] : []), t('condition'), t('estimate'), t('why')],
          estimates.map((e) => [
            esc(e.organisationName),
            esc(e.role),
            ...(withArea ? [esc(areaLabel(e.area))] : []),
            `${swatch(e.condition)}${esc(conditionLabel(e.condition))}`,
            number(e.estimate),
            esc(e.why),
          ]),
          [withArea ? 4 : 3],
        );
  const crosstabTable = (result: CrosstabResult) => {
    const cell = (c: GridCell) =>
      c.kind === 'number'
        ? numberText(c.value, c.format, decimalMark(language))
        : c.kind === 'empty'
          ? ''
          : esc(c.text);
    return crosstabGrid(result, { project: context.project, measures: ['count', 'rowPercent'], date: context.now })
      .map(
        (sheet) =>
          `<table>${sheet.lines
            .filter((line) => line.role !== 'blank')
            .map(
              (line) =>
                `<tr>${line.cells.map((c) => (line.role === 'header' || line.role === 'title' ? `<th>${cell(c)}</th>` : `<td${c.kind === 'number' || c.kind === 'hidden' ? ' class="number"' : ''}>${cell(c)}</td>`)).join('')}</tr>`,
            )
            .join('')}</table>`,
      )
      .join('');
  };
  const notesBlock = (notes: string, actions: ActionItem[]) =>
    (notes.trim() === '' ? '' : `<h3>${esc(t('notes'))}</h3><p class="text">${esc(notes)}</p>`) +
    (actions.length === 0
      ? ''
      : `<h3>${esc(t('actions'))}</h3>` +
        table(
          [t('what'), t('who'), t('when')],
          actions.map((a) => [esc(a.what), esc(a.who), esc(a.when)]),
        ));

  const steps = record.agenda.map((step, index) => {
    const slide = buildSlide(db, { session, step: step.id, blank: false }, context.crosstab)!;
    const kindTitle = t(`kind_${step.kind}`);
    const areaName = slide.area ? ` – ${slide.area.name ?? slide.area.code}` : '';
    const heading = step.title.trim() === '' ? `${kindTitle}${areaName}` : step.title;
    const hidden = step.kind !== 'text' && step.kind !== 'crosstab' && slide.area === null;
    let body = '';
    if (hidden) body = `<p>${esc(t('areaHidden'))}</p>`;
    else if (step.kind === 'text') body = `<p class="text">${esc(slide.text)}</p>`;
    else if (step.kind === 'crosstab')
      body = slide.crosstab ? crosstabTable(slide.crosstab) : `<p>${esc(t('noCrosstab'))}</p>`;
    else {
      const area = slide.area!;
      body = areaTable(area);
      if (step.kind === 'words')
        body +=
          `<h3>${esc(t('quotes'))}</h3>` +
          (slide.quotes.length === 0
            ? `<p>${esc(t('noQuotes'))}</p>`
            : slide.quotes.map((q) => `<blockquote>${swatch(q.condition)}${esc(q.text)}</blockquote>`).join(''));
      if (step.kind === 'partners') body += estimatesTable(slide.estimates, false);
      if (step.kind === 'basis') body += provisionsTable(slide.provisions, false);
      if (step.kind === 'blindspot') body += blindSpotBlock(area);
    }
    return (
      `<section class="step"><p class="position">${esc(t('step', { index: index + 1, count: record.agenda.length }))}</p>` +
      `<h2>${esc(heading)}</h2>${body}${notesBlock(step.notes, step.actions)}</section>`
    );
  });

  const organisations = new Map(record.organisations.map((o) => [o.id, o]));
  const estimates = record.estimates
    .filter((e) => shownCodes.has(e.area))
    .map((e) => ({
      ...e,
      organisationName: organisations.get(e.organisation)?.name ?? '',
      role: organisations.get(e.organisation)?.role ?? '',
    }));
  const provisions = shown.flatMap((area) => listProvisions(db, area.code));
  const hiddenCount = overview.areas.length - shown.length;
  const made = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(
    context.now,
  );
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${record.date}T00:00:00Z`),
  );

  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('documentTitle', { title: record.title, date: record.date }))}</title>
<style>${style}</style>
</head>
<body>
<header>
<p class="position">${esc(t('record'))}</p>
<h1>${esc(record.title)}</h1>
<p class="meta">${esc(date)}</p>
${record.question.trim() === '' ? '' : `<p class="meta"><strong>${esc(t('question'))}:</strong> ${esc(record.question)}</p>`}
<p class="meta"><strong>${esc(t('areas'))}:</strong> ${esc(shown.map((a) => areaLabel(a.code)).join(', ') || t('noValue'))}</p>
${hiddenCount === 0 ? '' : `<p class="note">${esc(t('areasHidden', { count: hiddenCount }))}</p>`}
<h3>${esc(t('organisations'))}</h3>
${record.organisations.length === 0 ? `<p>${esc(t('noOrganisations'))}</p>` : `<ul>${record.organisations.map((o) => `<li>${esc(o.name)}${o.role ? ` (${esc(o.role)})` : ''}</li>`).join('')}</ul>`}
</header>
<main>
${steps.join('\n')}
<section><h2>${esc(t('estimates'))}</h2>${estimatesTable(estimates, true)}</section>
<section><h2>${esc(t('basis'))}</h2>${provisionsTable(provisions, true)}</section>
</main>
<footer>${esc(t('footer', { app: context.app, made }))}</footer>
</body>
</html>
`;
}
