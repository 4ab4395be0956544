import { useEffect, useRef, useState } from 'react';
import { createPartner } from '../../model/records/partner';
import { useModel, useAppStore } from '../../state/store-context';
import { newId } from '../shared/new-id';
import { fieldId } from '../shared/use-field-problem';
import { partnerUses, removeUnusedPartner } from './partner-removal';
import { PartnerRemovalDialog } from './partner-removal-dialog';
import { PartnerRow, removeButtonId } from './partner-row';
import { ScrollRegion } from '../shared/scroll-region';

type Focus =
  { kind: 'name'; index: number } | { kind: 'remove'; partnerId: string } | { kind: 'status' };

export function PartnersScreen() {
  const store = useAppStore();
  const file = useModel((s) => s.file);
  const [removing, setRemoving] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const pendingFocus = useRef<Focus | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const setFocus = (focus: Focus) => {
    pendingFocus.current = focus;
  };

  // Focus moves only after React has drawn the row or message it points at.
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    if (focus.kind === 'status') statusRef.current?.focus();
    else
      document
        .getElementById(
          focus.kind === 'name'
            ? fieldId(`partners[${focus.index}].name`)
            : removeButtonId(focus.partnerId),
        )
        ?.focus();
  });

  const addPartner = () => {
    const ids = file.partners.map((p) => p.id);
    const index = file.partners.length;
    store.getState().edit((d) => {
      d.partners.push(createPartner(newId('partner', ids, 'New partner'), 'New partner'));
    });
    setStatus('');
    setFocus({ kind: 'name', index });
  };

  const askToRemove = (partnerId: string) => {
    const partner = file.partners.find((p) => p.id === partnerId);
    if (!partner) return;
    if (partnerUses(file, partnerId).length > 0) {
      setRemoving(partnerId);
      return;
    }
    const next = removeUnusedPartner(file, partnerId);
    store.getState().edit((d) => {
      d.partners = next.partners;
      d.scenarios = next.scenarios;
    });
    setRemoving(null);
    setStatus(`Removed ${partner.name || partner.id}. Undo brings it back.`);
    setFocus({ kind: 'status' });
  };

  return (
    <section aria-labelledby="partners-heading" className="screen">
      <h2 id="partners-heading">Partners</h2>
      <p className="lead">
        The organisations that bear the costs of doing nothing and may pay into the pooled budget.
        Each keeps its colour in every chart. A partner of the kind “Society (victims, families, the
        economy)” bears economic and social costs and never pays.
      </p>
      <ScrollRegion>
        <table className="data-table partners-table">
          <caption>Partners in this model ({file.partners.length})</caption>
          <thead>
            <tr>
              <th scope="col">Colour in charts</th>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {file.partners.map((partner, index) => (
              <PartnerRow
                key={partner.id || index}
                partner={partner}
                index={index}
                onRemove={askToRemove}
                onNotice={setStatus}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {file.partners.length === 0 && (
        <p className="notice">There are no partners yet. Add one to start.</p>
      )}
      {removing && (
        <PartnerRemovalDialog
          file={file}
          partnerId={removing}
          onCancel={() => {
            setRemoving(null);
            setFocus({ kind: 'remove', partnerId: removing });
          }}
          onRemoved={(message) => {
            setRemoving(null);
            setStatus(`${message} Undo brings it back.`);
            setFocus({ kind: 'status' });
          }}
        />
      )}
      <p role="status" ref={statusRef} tabIndex={-1} className="partners-status">
        {status}
      </p>
      <div className="inline-form">
        <button type="button" className="button" onClick={addPartner}>
          Add partner
        </button>
      </div>
    </section>
  );
}
