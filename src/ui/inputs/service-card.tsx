import { SERVICE_DEFAULTS } from '../../model/records/service';
import { useModel } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { PercentInput } from '../shared/percent-input';
import { RangeInput } from '../shared/range-input';
import { TextInput } from '../shared/text-input';
import { WholeNumberInput } from '../shared/whole-number-input';
import { BenefitDuration } from './benefit-duration';
import { EffectList } from './effect-list';
import { useServiceEdit } from './service-edit';
import { ServiceReach } from './service-reach';

type Props = { serviceId: string; index: number; onRemove: (serviceId: string) => void };

export function ServiceCard({ serviceId, index, onRemove }: Props) {
  const service = useModel((s) => s.file.services[index]);
  const priceBaseYear = useModel((s) => s.file.priceBaseYear);
  const editService = useServiceEdit(serviceId);
  if (!service) return null;
  const at = `services[${index}]`;
  const headingId = `service-${index}-heading`;
  return (
    <section className="card service" aria-labelledby={headingId}>
      <h3 id={headingId}>{service.name || `Service ${index + 1}`}</h3>
      <TextInput
        label="Name"
        path={`${at}.name`}
        width="long"
        value={service.name}
        onChange={(v) => {
          editService('name', (s) => {
            s.name = v;
          });
        }}
      />
      <div className="form-grid">
        <div className="ranged-figure">
          <TextInput
            label="Annual cost"
            path={`${at}.annualCost`}
            kind="money"
            hint={`Running cost for a full year of operation, at ${formatFinancialYear(priceBaseYear)} prices.`}
            value={service.annualCost}
            onChange={(v) => {
              editService('annualCost', (s) => {
                s.annualCost = v;
              });
            }}
          />
          <RangeInput
            inputKey={`service:${serviceId}:annualCost`}
            name="annual cost"
            format="money"
          />
        </div>
        <TextInput
          label="Set-up cost"
          path={`${at}.setupCost`}
          kind="money"
          hint="Paid once, when the first contract starts."
          value={service.setupCost ?? SERVICE_DEFAULTS.setupCost}
          onChange={(v) => {
            editService('setupCost', (s) => {
              s.setupCost = v;
            });
          }}
        />
        <TextInput
          label="Renewal cost"
          path={`${at}.renewalCost`}
          kind="money"
          hint="Re-tendering, re-contracting and recruiting at each renewal. No published figure exists: leave it at 0 if renewals cost nothing extra."
          value={service.renewalCost ?? SERVICE_DEFAULTS.renewalCost}
          onChange={(v) => {
            editService('renewalCost', (s) => {
              s.renewalCost = v;
            });
          }}
        />
        <WholeNumberInput
          label="Ramp-up"
          path={`${at}.rampUpMonths`}
          suffix="months"
          hint="Months from starting to full strength (0 to 60)."
          value={service.rampUpMonths ?? SERVICE_DEFAULTS.rampUpMonths}
          onChange={(v) => {
            editService('rampUpMonths', (s) => {
              s.rampUpMonths = v;
            });
          }}
        />
        <PercentInput
          label="Optimism bias on costs"
          path={`${at}.costOptimismBias`}
          hint="Green Book: raises the budgeted cost to allow for the usual overrun; it is paid from the pool. From 0% to 200%."
          value={service.costOptimismBias ?? SERVICE_DEFAULTS.costOptimismBias}
          onChange={(v) => {
            editService('costOptimismBias', (s) => {
              s.costOptimismBias = v;
            });
          }}
        />
        <PercentInput
          label="Optimism bias on benefits"
          path={`${at}.optimismBias`}
          hint="Green Book adjustment for over-optimistic effects: the share of each effect taken off."
          value={service.optimismBias ?? SERVICE_DEFAULTS.optimismBias}
          onChange={(v) => {
            editService('optimismBias', (s) => {
              s.optimismBias = v;
            });
          }}
        />
      </div>
      <ServiceReach
        serviceId={serviceId}
        index={index}
        reach={service.reach}
        effects={service.effects}
      />
      <BenefitDuration serviceId={serviceId} index={index} service={service} />
      <EffectList serviceId={serviceId} index={index} effects={service.effects} />
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          onRemove(serviceId);
        }}
      >
        Remove <span className="visually-hidden">the service {service.name}</span>
      </button>
    </section>
  );
}
