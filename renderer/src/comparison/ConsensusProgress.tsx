import { useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { useAgreementFormat } from './agreement-format';
import { useComparison } from './comparison-context';

/** How far the consensus is: records it holds, and the disagreements it has not resolved yet. */
export function ConsensusProgress() {
  const t = useT(comparisonTexts);
  const format = useAgreementFormat();
  const counts = useComparison((state) => state.counts);
  if (!counts) return null;
  const { consensus, disagreements, unresolved } = counts;
  const resolved = disagreements - unresolved;
  return (
    <div className="consensus-progress">
      <p className="consensus-progress__label">
        {t('comparison.progress.resolved', { resolved: format.count(resolved), total: format.count(disagreements) })}
      </p>
      <progress
        className="progress-meter__bar"
        max={Math.max(1, disagreements)}
        value={resolved}
        aria-label={t('comparison.progress.label')}
      />
      <p className="muted consensus-progress__records">
        {t('comparison.progress.records', {
          coded: format.count(consensus.coded),
          total: format.count(consensus.total),
        })}
      </p>
    </div>
  );
}
