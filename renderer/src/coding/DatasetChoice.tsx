import type { CodingSetup } from '../../../shared/coding/coding-types';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { useCoding } from './coding-context';

/** The dataset and the text column whose records are coded. */
export function DatasetChoice({ setups }: { setups: CodingSetup[] }) {
  const t = useT(codingTexts);
  const dataset = useCoding((state) => state.dataset);
  const textColumn = useCoding((state) => state.textColumn);
  const selectDataset = useCoding((state) => state.selectDataset);
  const selectTextColumn = useCoding((state) => state.selectTextColumn);
  const setup = setups.find((candidate) => candidate.dataset === dataset);
  if (!dataset) return null;
  return (
    <div className="dataset-choice">
      <div className="dataset-choice__dataset">
        <SelectField
          label={t('coding.dataset')}
          value={dataset}
          options={setups.map((candidate) => ({
            value: candidate.dataset,
            label:
              candidate.textColumns.length > 0
                ? candidate.dataset
                : t('coding.datasetWithoutText', { dataset: candidate.dataset }),
          }))}
          onChange={selectDataset}
        />
      </div>
      {setup && textColumn && (
        <div className="dataset-choice__column">
          <SelectField
            label={t('coding.textColumn')}
            value={textColumn}
            options={setup.textColumns.map((column) => ({ value: column, label: column }))}
            onChange={selectTextColumn}
          />
        </div>
      )}
    </div>
  );
}
