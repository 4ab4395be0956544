import { COST_LINE_DEFAULTS } from '../../model/records/cost-line';
import { useModel } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { RangeInput } from '../shared/range-input';
import { SelectInput } from '../shared/select-input';
import { TextInput } from '../shared/text-input';
import { WholeNumberInput } from '../shared/whole-number-input';
import { BearerTable } from './bearer-table';
import { useCostLineEdit } from './cost-line-edit';
import { CostLineYearly } from './cost-line-yearly';
import { ValueTypeFields } from './value-type-fields';

type Props = { lineId: string; index: number; onRemove: (lineId: string) => void };

export function CostLineCard({ lineId, index, onRemove }: Props) {
  const line = useModel((s) => s.file.costLines[index]);
  const streams = useModel((s) => s.file.streams);
  const priceBaseYear = useModel((s) => s.file.priceBaseYear);
  const editLine = useCostLineEdit(lineId);
  if (!line) return null;
  const at = `costLines[${index}]`;
  const headingId = `cost-line-${index}-heading`;
  const streamOptions = streams.map((s) => ({ value: s.id, label: s.name || s.id }));
  const priceYear = line.priceYear ?? priceBaseYear;
  return (
    <section className="card cost-line" aria-labelledby={headingId}>
      <h3 id={headingId}>{line.name || `Cost line ${index + 1}`}</h3>
      <div className="form-grid cost-line__grid">
        <TextInput
          label="Name"
          path={`${at}.name`}
          className="cost-line__name"
          width="long"
          value={line.name}
          onChange={(v) => {
            editLine('name', (l) => {
              l.name = v;
            });
          }}
        />
        <SelectInput
          label="Caseload stream"
          path={`${at}.stream`}
          hint="The cases this cost follows."
          value={line.stream}
          options={
            streams.some((s) => s.id === line.stream)
              ? streamOptions
              : [{ value: line.stream, label: 'Choose a stream' }, ...streamOptions]
          }
          onChange={(v) => {
            editLine('stream', (l) => {
              l.stream = v;
            });
          }}
        />
        <div className="ranged-figure">
          <TextInput
            label="Rate"
            path={`${at}.rate`}
            kind="decimal"
            width="short"
            suffix="per case a year"
            hint="Events per case per year; may be more than 1."
            value={line.rate}
            onChange={(v) => {
              editLine('rate', (l) => {
                l.rate = v;
              });
            }}
          />
          <RangeInput inputKey={`costLine:${lineId}:rate`} name="rate" format="number" />
        </div>
        <TextInput
          label="Quantity"
          path={`${at}.quantity`}
          kind="decimal"
          width="short"
          hint="Units per event, e.g. 26 weeks."
          value={line.quantity ?? COST_LINE_DEFAULTS.quantity}
          onChange={(v) => {
            editLine('quantity', (l) => {
              l.quantity = v;
            });
          }}
        />
        <TextInput
          label="Unit"
          path={`${at}.unit`}
          hint="What one unit is, e.g. household per week."
          value={line.unit ?? ''}
          onChange={(v) => {
            editLine('unit', (l) => {
              l.unit = v;
            });
          }}
        />
        <div className="ranged-figure">
          <TextInput
            label="Unit cost"
            path={`${at}.unitCost`}
            kind="money"
            width="short"
            {...(line.unit ? { suffix: `per ${line.unit}` } : {})}
            value={line.unitCost}
            onChange={(v) => {
              editLine('unitCost', (l) => {
                l.unitCost = v;
              });
            }}
          />
          <RangeInput inputKey={`costLine:${lineId}:unitCost`} name="unit cost" format="money" />
        </div>
        <WholeNumberInput
          label="Price year"
          path={`${at}.priceYear`}
          hint={`${formatFinancialYear(priceYear)} prices, converted to ${formatFinancialYear(priceBaseYear)} prices (the price base) with the price index.`}
          value={priceYear}
          onChange={(v) => {
            editLine('priceYear', (l) => {
              l.priceYear = v;
            });
          }}
        />
      </div>
      <div className="cost-line__lower">
        <div>
          <BearerTable lineId={lineId} index={index} bearers={line.bearers} />
          <ValueTypeFields lineId={lineId} index={index} line={line} />
          <TextInput
            label="Source"
            path={`${at}.source`}
            width="long"
            hint="Where the unit cost and rate come from, so others can check them."
            value={line.source ?? ''}
            onChange={(v) => {
              editLine('source', (l) => {
                l.source = v;
              });
            }}
          />
        </div>
        <CostLineYearly lineId={lineId} name={line.name} />
      </div>
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          onRemove(lineId);
        }}
      >
        Remove <span className="visually-hidden">the cost line {line.name}</span>
      </button>
    </section>
  );
}
