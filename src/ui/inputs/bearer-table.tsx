import type { BearerFile, PartnerFile } from '../../model/model-file';
import { useModel } from '../../state/store-context';
import { PercentInput } from '../shared/percent-input';
import { SelectInput } from '../shared/select-input';
import { fieldId, useFieldProblem } from '../shared/use-field-problem';
import { shareTotal } from './bearer-share-total';
import { useCostLineEdit } from './cost-line-edit';
import { ScrollRegion } from '../shared/scroll-region';
import { percentCell } from '../shared/csv-cells';
import { parseDecimal } from '../../model/field-reader';
import { TableCsvButton } from '../shared/table-csv-button';

type Props = { lineId: string; index: number; bearers: readonly BearerFile[] };

function partnerOptions(partners: readonly PartnerFile[], current: string) {
  const options = partners.map((p) => ({ value: p.id, label: p.name || p.id }));
  return partners.some((p) => p.id === current)
    ? options
    : [{ value: current, label: 'Choose a partner' }, ...options];
}

/** Who bears a cost line, with the running total of their shares beside the table. */
export function BearerTable({ lineId, index, bearers }: Props) {
  const partners = useModel((s) => s.file.partners);
  const lineName = useModel((s) => s.file.costLines[index]?.name ?? '');
  const editLine = useCostLineEdit(lineId);
  const path = `costLines[${index}].bearers`;
  const problem = useFieldProblem(path);
  const total = shareTotal(bearers.map((b) => b.share));
  const unused = partners.find((p) => !bearers.some((b) => b.partner === p.id));
  const nameOf = (id: string) => partners.find((p) => p.id === id)?.name ?? '';
  return (
    <div className="bearers">
      {bearers.length > 0 && (
        <ScrollRegion>
          <table className="data-table bearer-table">
            <caption>Who bears this cost</caption>
            <thead>
              <tr>
                <th scope="col">Partner</th>
                <th scope="col">Share</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bearers.map((bearer, k) => (
                <tr key={k}>
                  <td>
                    <SelectInput
                      label={`Bearer ${k + 1}`}
                      className="field--in-table"
                      path={`${path}[${k}].partner`}
                      value={bearer.partner}
                      options={partnerOptions(partners, bearer.partner)}
                      onChange={(v) => {
                        editLine(`bearers.${k}.partner`, (line) => {
                          const b = line.bearers[k];
                          if (b) b.partner = v;
                        });
                      }}
                    />
                  </td>
                  <td>
                    <PercentInput
                      label={`Share borne by ${nameOf(bearer.partner) || `bearer ${k + 1}`}`}
                      className="field--in-table"
                      path={`${path}[${k}].share`}
                      value={bearer.share}
                      onChange={(v) => {
                        editLine(`bearers.${k}.share`, (line) => {
                          const b = line.bearers[k];
                          if (b) b.share = v;
                        });
                      }}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--link"
                      onClick={() => {
                        editLine(null, (line) => {
                          line.bearers.splice(k, 1);
                        });
                      }}
                    >
                      Remove <span className="visually-hidden">bearer {k + 1}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {bearers.length > 0 && (
        <TableCsvButton
          title={`Who bears ${lineName || 'this cost'}`}
          table={() => ({
            header: ['Partner', 'Share (%)'],
            rows: bearers.map((b) => {
              const share = parseDecimal(b.share);
              return [nameOf(b.partner) || b.partner, share ? percentCell(share) : b.share];
            }),
          })}
        />
      )}
      <p
        id={fieldId(path)}
        tabIndex={-1}
        className={total.isWhole ? 'share-total' : 'share-total field__error'}
        aria-live="polite"
      >
        {bearers.length === 0 ? (problem ?? 'No partner bears this cost yet.') : total.text}
      </p>
      {bearers.length > 0 && total.isWhole && problem && <p className="field__error">{problem}</p>}
      <button
        type="button"
        className="button button--secondary"
        disabled={!unused}
        onClick={() => {
          if (!unused) return;
          editLine(null, (line) => {
            line.bearers.push({ partner: unused.id, share: '0' });
          });
        }}
      >
        Add a bearer
      </button>
    </div>
  );
}
