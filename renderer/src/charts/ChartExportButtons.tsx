import { useState } from 'react';
import './charts.css';
import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { downloadBlob } from '../bridge/download-blob';
import { exportFileName, pngBlob, svgBlob } from './chart-download';
import { chartTexts } from './chart-texts';
import { composeChartSvg, type ChartExportSpec } from './chart-export-svg';

interface ChartExportButtonsProps {
  /** Builds the export when asked, from the data, so it is never older than the chart. */
  makeExport: () => ChartExportSpec;
  /** When set, nothing may be exported, and this says why. */
  unavailable?: string | null;
}

type Status = { kind: 'saved'; file: string } | { kind: 'failed' } | null;

/** SVG and PNG (twice the size, for print), each with title, legend, source and date in the image. */
export function ChartExportButtons({ makeExport, unavailable = null }: ChartExportButtonsProps) {
  const t = useT(chartTexts);
  const [status, setStatus] = useState<Status>(null);

  async function save(kind: 'svg' | 'png') {
    const spec = makeExport();
    const composed = composeChartSvg(spec);
    const file = exportFileName(spec.title, new Date().toISOString().slice(0, 10), kind);
    try {
      const blob =
        kind === 'svg' ? svgBlob(composed.svg) : await pngBlob(composed.svg, composed.width, composed.height, 2);
      downloadBlob(blob, file);
      setStatus({ kind: 'saved', file });
    } catch {
      setStatus({ kind: 'failed' });
    }
  }

  return (
    <div className="chart-export">
      <div className="chart-export__buttons" role="group" aria-label={t('chart.export')}>
        <Button disabled={unavailable !== null} onClick={() => void save('svg')}>
          {t('chart.exportSvg')}
        </Button>
        <Button disabled={unavailable !== null} onClick={() => void save('png')}>
          {t('chart.exportPng')}
        </Button>
      </div>
      <p className="chart-export__status" role="status">
        {unavailable ??
          (status?.kind === 'saved'
            ? t('chart.exported', { file: status.file })
            : status?.kind === 'failed'
              ? t('chart.exportFailed')
              : '')}
      </p>
    </div>
  );
}
