import { useCallback, useState } from 'react';
import type { ServiceFile } from '../../model/model-file';
import { createService } from '../../model/records/service';
import { useModel, useAppStore } from '../../state/store-context';
import { parseDecimal } from '../../model/field-reader';
import { formatMoney } from '../shared/format';
import { newId } from '../shared/new-id';
import { fieldId } from '../shared/use-field-problem';
import { RowPasteForm } from './row-paste-form';
import { previewServicePaste, SERVICE_EXAMPLE_HEADINGS } from './row-paste-services';
import { initiallyOpenService, ServicesTable } from './services-table';

const PASTE_HINT =
  'Costs in pounds at the price base; ramp-up in months and benefit years as whole numbers; cost optimism bias as a percentage such as 20%. Pasted services have no effects yet: give them their effects in their editors.';

function describeService(service: ServiceFile): string {
  const annual = parseDecimal(service.annualCost);
  return `${service.name}: ${annual ? formatMoney(annual) : service.annualCost} a year, no effects yet.`;
}

export function ServicesScreen() {
  const store = useAppStore();
  const serviceCount = useModel((s) => s.file.services.length);
  const [notice, setNotice] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(() =>
    initiallyOpenService(store.getState().file.services.map((s) => s.id)),
  );
  const onOpen = useCallback((serviceId: string | null) => {
    setOpenId(serviceId);
  }, []);

  const add = () => {
    const { file, edit } = store.getState();
    const id = newId(
      'service',
      file.services.map((s) => s.id),
    );
    edit((d) => {
      d.services.push(createService(id));
    });
    setNotice(
      'Added a blank service at the end of the table; its editor is open below: name it and give it its costs and effects.',
    );
    setOpenId(id);
    window.setTimeout(
      () => document.getElementById(fieldId(`services[${file.services.length}].name`))?.focus(),
      0,
    );
  };
  const addPasted = (services: ServiceFile[]) => {
    store.getState().edit((d) => {
      d.services.push(...services);
    });
    setNotice(null);
  };
  const remove = (serviceId: string) => {
    const { file, edit } = store.getState();
    const name = file.services.find((s) => s.id === serviceId)?.name ?? serviceId;
    edit((d) => {
      d.services = d.services.filter((s) => s.id !== serviceId);
    });
    setNotice(`Removed the service “${name || serviceId}”. Undo brings it back.`);
    setOpenId(null);
    window.setTimeout(() => document.getElementById('services-table')?.focus(), 0);
  };

  return (
    <section aria-labelledby="services-heading" className="screen services">
      <h2 id="services-heading">Services</h2>
      <p className="lead">
        What the pooled budget buys. Each service has running, set-up and renewal costs and builds
        up over its ramp-up. While it runs it helps the cases it reaches, and their benefit reduces
        some costs of doing nothing for as long as it lasts. How well it runs depends on how it is
        funded: see Funding scenarios. Choose a service’s name or Edit to change it.
      </p>
      {serviceCount === 0 && <p>There are no services yet.</p>}
      <ServicesTable openId={openId} onOpen={onOpen} onRemove={remove} />
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <div className="inline-form">
        <button type="button" className="button" onClick={add}>
          Add a service
        </button>
      </div>
      <RowPasteForm<ServiceFile>
        noun="service"
        nouns="services"
        exampleHeadings={SERVICE_EXAMPLE_HEADINGS}
        hint={PASTE_HINT}
        preview={previewServicePaste}
        describe={describeService}
        onAdd={addPasted}
      />
    </section>
  );
}
