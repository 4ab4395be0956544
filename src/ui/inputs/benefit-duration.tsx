import type { ServiceFile } from '../../model/model-file';
import { SERVICE_DEFAULTS } from '../../model/records/service';
import { PercentInput } from '../shared/percent-input';
import { WholeNumberInput } from '../shared/whole-number-input';
import { useServiceEdit } from './service-edit';

type Props = {
  serviceId: string;
  index: number;
  service: Pick<ServiceFile, 'benefitYears' | 'dropOffPerYear'>;
};

/** How long a helped case keeps benefiting, and how fast the benefit falls (MODEL.md, "Who is helped"). */
export function BenefitDuration({ serviceId, index, service }: Props) {
  const editService = useServiceEdit(serviceId);
  const at = `services[${index}]`;
  return (
    <fieldset className="effects benefit-duration">
      <legend>How long the benefit lasts</legend>
      <p className="field__hint">
        A case helped this year keeps benefiting for this many years, falling by the drop-off each
        year after the first.
      </p>
      <div className="form-grid">
        <WholeNumberInput
          label="Benefit years"
          path={`${at}.benefitYears`}
          suffix="years"
          hint="From 1 to 50; 1 means the benefit lasts only the year the case is helped."
          value={service.benefitYears ?? SERVICE_DEFAULTS.benefitYears}
          onChange={(v) => {
            editService('benefitYears', (s) => {
              s.benefitYears = v;
            });
          }}
        />
        <PercentInput
          label="Drop-off per year"
          path={`${at}.dropOffPerYear`}
          hint="The share of a helped case’s remaining benefit lost each year after the first."
          value={service.dropOffPerYear ?? SERVICE_DEFAULTS.dropOffPerYear}
          onChange={(v) => {
            editService('dropOffPerYear', (s) => {
              s.dropOffPerYear = v;
            });
          }}
        />
      </div>
    </fieldset>
  );
}
