import { useEffect, useId } from 'react';
import type { CodingProfile, CodingProfileArea } from '../../../shared/coding/coding-types';
import { useAnalysis } from '../profile/analysis-context';
import { useScoreFormat } from '../profile/score-format';
import { EmptyState } from '../components/EmptyState';
import { SelectField } from '../components/SelectField';
import { Workbench } from '../components/Workbench';
import { useLanguage, useT } from '../i18n/hooks';
import { codingProfileTexts, type CodingProfileKey } from './coding-profile-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import { useWorkbench } from '../stores/workbench-context';
import { useCoderLabel } from './coder-label';
import { codingProfileStoreFor, useCodingProfile, type Arrangement } from './coding-profile-store';
import { FiguresRadarPanel } from './FiguresRadarPanel';
import { OverlayRadarPanel } from './OverlayRadarPanel';
import { MIN_OVERLAY_AREAS, wordsIndex } from '../../../shared/coding/words-index';
import { WordsRadarPanel } from './WordsRadarPanel';
import './coding-profile.css';

/** Analyse → Woorden en cijfers: where people's words point (codings) next to where the figures point (indicators). */
export function WordsAndFiguresView() {
  const t = useT(codingProfileTexts);
  const titleId = useId();
  const api = useWorkbench((state) => state.api);
  const project = useWorkbench((state) => state.project);
  const summaries = useWorkbench((state) => state.datasets);
  const audience = useAnalysis((state) => state.audience);
  const store = codingProfileStoreFor(api);
  useEffect(() => {
    if (project && Array.isArray(summaries)) void store.getState().open(project.path, summaries, audience);
  }, [store, project, summaries, audience]);

  const datasets = useCodingProfile((state) => state.datasets);
  const profile = useCodingProfile((state) => state.profile);
  const areaCode = useCodingProfile((state) => state.area);
  const error = useCodingProfile((state) => state.error);
  const dismissError = useCodingProfile((state) => state.dismissError);

  if (datasets === 'loading') return <p role="status">{t('codingProfile.loading')}</p>;
  if (datasets.length === 0) {
    return (
      <EmptyState title={t('codingProfile.emptyTitle')} headingLevel={3}>
        <p>{t('codingProfile.emptyBody')}</p>
      </EmptyState>
    );
  }
  const area = profile?.areas.find((candidate) => candidate.code === areaCode);
  return (
    <section className="words-figures" aria-labelledby={titleId}>
      <h3 id={titleId} className="visually-hidden">
        {t('codingProfile.view')}
      </h3>
      <ErrorAlert own={{ error, dismiss: dismissError }} />
      <Workbench
        side={{
          id: 'analysis.words',
          title: t('workbench.settings'),
          resizeLabel: t('workbench.resize'),
          content: (
            <>
              <p className="muted words-figures__intro">{t('codingProfile.intro')}</p>
              <Choices />
              {profile && <ThresholdNotice profile={profile} />}
            </>
          ),
        }}
      >
        <div data-main-content>{profile && area && <Charts profile={profile} area={area} />}</div>
      </Workbench>
    </section>
  );
}

const arrangements: { id: Arrangement; label: CodingProfileKey }[] = [
  { id: 'pair', label: 'codingProfile.arrangement.pair' },
  { id: 'overlay', label: 'codingProfile.arrangement.overlay' },
];

function Choices() {
  const t = useT(codingProfileTexts);
  const language = useLanguage();
  const arrangementId = useId();
  const format = useScoreFormat();
  const coderLabel = useCoderLabel();
  const datasets = useCodingProfile((state) => state.datasets);
  const dataset = useCodingProfile((state) => state.dataset);
  const coder = useCodingProfile((state) => state.coder);
  const coderChosenBy = useCodingProfile((state) => state.coderChosenBy);
  const profile = useCodingProfile((state) => state.profile);
  const area = useCodingProfile((state) => state.area);
  const arrangement = useCodingProfile((state) => state.arrangement);
  const selectDataset = useCodingProfile((state) => state.selectDataset);
  const selectCoder = useCodingProfile((state) => state.selectCoder);
  const selectArea = useCodingProfile((state) => state.selectArea);
  const setArrangement = useCodingProfile((state) => state.setArrangement);
  if (!Array.isArray(datasets) || !dataset) return null;
  const coders = datasets.find((candidate) => candidate.name === dataset)?.coders ?? [];
  const areaOption = (candidate: CodingProfileArea, threshold: number) => {
    const name = candidate.name ?? candidate.code;
    if (candidate.coded === null) return t('codingProfile.areaHidden', { area: name, threshold });
    return candidate.belowThreshold ? t('codingProfile.areaBelow', { area: name }) : name;
  };
  return (
    <div className="chart-panel__controls words-figures__choices">
      <SelectField
        label={t('codingProfile.dataset')}
        value={dataset}
        options={datasets.map(({ name }) => ({ value: name, label: name }))}
        onChange={(name) => void selectDataset(name)}
      />
      {coder && (
        <SelectField
          label={t('codingProfile.coder')}
          value={coder}
          options={coders.map((progress) => ({
            value: progress.coder,
            label: t('codingProfile.coderOption', {
              coder: coderLabel(progress.coder),
              coded: format.count(progress.coded),
              total: format.count(progress.total),
            }),
          }))}
          onChange={(name) => void selectCoder(name)}
          hint={
            coderChosenBy === 'consensus'
              ? t('codingProfile.coder.chosenConsensus')
              : coderChosenBy === 'most_coded'
                ? t('codingProfile.coder.chosenMostCoded', { coder: coderLabel(coder) })
                : undefined
          }
        />
      )}
      {profile && area && (
        <SelectField
          label={t('codingProfile.area')}
          value={area}
          options={[...profile.areas]
            .sort((a, b) => (a.name ?? a.code).localeCompare(b.name ?? b.code, language))
            .map((candidate) => ({ value: candidate.code, label: areaOption(candidate, profile.threshold) }))}
          onChange={selectArea}
        />
      )}
      <div className="words-figures__arrangement">
        <span id={arrangementId} className="field__label">
          {t('codingProfile.arrangement')}
        </span>
        <div className="segmented" role="group" aria-labelledby={arrangementId}>
          {arrangements.map((item) => (
            <button
              key={item.id}
              type="button"
              className="segmented__option"
              aria-pressed={arrangement === item.id}
              onClick={() => setArrangement(item.id)}
            >
              {t(item.label)}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

/** Says what the publication threshold does here: for partners always, for the researcher when an area falls under it. */
function ThresholdNotice({ profile }: { profile: CodingProfile }) {
  const t = useT(codingProfileTexts);
  const audience = useAnalysis((state) => state.audience);
  if (audience === 'partner')
    return <p className="notice notice--partner">{t('codingProfile.partner', { threshold: profile.threshold })}</p>;
  const below = profile.areas.filter((area) => area.belowThreshold).length;
  if (below === 0) return null;
  return <p className="notice">{t('codingProfile.researcherBelow', { count: below, threshold: profile.threshold })}</p>;
}

function Charts({ profile, area }: { profile: CodingProfile; area: CodingProfileArea }) {
  const t = useT(codingProfileTexts);
  const arrangement = useCodingProfile((state) => state.arrangement);
  const scores = useAnalysis((state) => state.scores);
  const name = area.name ?? area.code;
  const pair = (
    <div className="words-figures__pair">
      <FiguresRadarPanel areaCode={area.code} areaName={name} />
      <WordsRadarPanel profile={profile} area={area} />
    </div>
  );
  if (arrangement === 'pair' || !scores || scores.indicators.length === 0) return pair;
  const words = wordsIndex(
    profile,
    new Set(scores.areas.filter((candidate) => candidate.inReference).map((candidate) => candidate.code)),
  );
  if (words.reference.length < MIN_OVERLAY_AREAS) {
    return (
      <>
        <p className="notice">
          {t('codingProfile.overlay.tooFew', { min: MIN_OVERLAY_AREAS, count: words.reference.length })}
        </p>
        {pair}
      </>
    );
  }
  return <OverlayRadarPanel table={scores} profile={profile} words={words} areaCode={area.code} areaName={name} />;
}
